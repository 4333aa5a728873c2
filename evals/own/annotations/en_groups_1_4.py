"""English articles for issue 15, groups 1-4: nouns that are not cues, withheld reporting,
by-agent passives and document verbs, outlets in more wordings."""

from __future__ import annotations

from annotations import Article, claim, narrative

JOBS_REPORT = Article(None, "en", [
    narrative("Economy adds 90,000 jobs as hiring cools", "headline; 'adds' is not a reporting verb"),
    claim("WASHINGTON — U.S. employers added 90,000 jobs in March, the fewest in more than a year, the Labor "
          "Department said Friday, as higher borrowing costs weighed on construction and retail.", True,
          "the Labor Department", "named", "said", "indirect"),
    narrative("The unemployment rate held at 4.1 percent.", "a figure of the report without a cue (guide 5)"),
    claim("Economists had forecast a gain of about 130,000.", True, "Economists", "anonymous", "had forecast",
          "indirect", note="a forecast is a stated expectation, the main verb (guide 6)"),
    narrative("Revised figures cut February's gain to 151,000 from 175,000.",
              "'figures' is a noun subject of a non-reporting verb"),
    narrative("Average hourly earnings rose 0.2 percent from February, the smallest monthly increase since 2021."),
    claim("“The labor market is not collapsing, but it is clearly losing steam,” said Priya Natarajan, chief "
          "economist at Harlow Financial.", True, "Priya Natarajan", "named", "said", "direct"),
    claim("“Companies are not firing people.", True, "Priya Natarajan", "named", None, "direct",
          note="her quote resumes after its attribution, no other speaker in between (guide 4)"),
    claim("They are just not replacing the ones who leave.”", True, "Priya Natarajan", "named", None, "direct"),
    narrative("Retailers shed 24,000 jobs, the most of any industry."),
    narrative("Several large chains will publish earnings reports for the quarter next week, and investors will be "
              "watching for signs that shoppers are pulling back.", "'earnings reports' is a noun, not a cue"),
    narrative("Brightwell Stores, the Ohio-based discount chain, lowered its profit forecast last month.",
              "'forecast' is a noun; lowering it is the company's act"),
    claim("The company said it would close 40 stores by the end of the year.", True, "The company", "named", "said",
          "indirect", resolved="Brightwell Stores"),
    narrative("Its shares have fallen by a third since January."),
    narrative("Rumors that the Federal Reserve would cut interest rates at an emergency meeting this week spread "
              "quickly on social media after the report.", "'Rumors that …' and 'the report' are nouns"),
    narrative("No credible reports support the rumor, and the Fed does not comment on its deliberations between "
              "meetings.", "negated noun 'reports' and a habitual non-statement: the writer's claim"),
    narrative("A Fed spokeswoman declined to say whether officials had discussed the jobs figures.",
              "withheld comment (guide 5)"),
    claim("Two Fed governors said last week that they saw no reason to move before June.", True, "Two Fed governors",
          "anonymous", "said", "indirect"),
    claim("The White House has credited its tariffs on imported steel with bringing factory jobs back to the "
          "Midwest.", True, "The White House", "named", "has credited", "indirect",
          note="'credited X with Y' states the White House's claim that Y is X's doing"),
    narrative("That claim falls apart in the March figures: manufacturers cut 8,000 positions, the third monthly "
              "decline in a row.", "'claim' is a noun; the judgement is the writer's"),
    claim("A White House spokesman said the tariffs needed “more time to work.”", True, "A White House spokesman",
          "anonymous", "said", "mixed"),
    narrative("Hospitals and clinics added 41,000 jobs, continuing a long run of gains in health care."),
    narrative("A video of job seekers lining up around a block in Phoenix was viewed millions of times this week."),
    narrative("Tomas Herrera, who filmed the line, posted the video after waiting four hours for an interview at a new "
              "warehouse.", "posting a video is an act, no content reported"),
    claim("He told the Arizona Republic that more than 2,000 people had applied for 300 jobs.", True, "He", "named",
          "told", "indirect", resolved="Tomas Herrera", outlet="The Arizona Republic"),
    narrative("The next jobs report is due May 2."),
], "issue 15, group 1: nouns and modifiers that are not cues, headline verbs")

AIRLINE_OUTAGE = Article(None, "en", [
    narrative("Skyline Regional grounds flights after computer failure"),
    narrative("DENVER — Skyline Regional Airlines grounded all of its flights for nearly six hours on Monday after a "
              "failure in the system it uses to schedule crews, stranding thousands of passengers across the Mountain "
              "West."),
    claim("The airline said in a statement shortly after noon that the problem had been fixed and that flights were "
          "resuming.", True, "The airline", "named", "said", "indirect", resolved="Skyline Regional Airlines",
          channel="a statement"),
    narrative("It did not say what caused the failure.", "negated reporting (guide 5, seed 'It did not mention')"),
    claim("More than 300 flights were canceled, according to the tracking site FlightWatch.", True, "FlightWatch",
          "named", "according to", "indirect", alt=["the tracking site FlightWatch"],
          note="a flight-tracking service, not a news outlet"),
    narrative("A spokesman for Skyline, Ray Dominguez, declined to say whether the failure was linked to a software "
              "update the airline installed last week.", "withheld: 'declined to say whether'"),
    narrative("He also would not say how many passengers had been affected.", "withheld"),
    claim("Asked whether the outage was the result of a cyberattack, he said there was “no indication of that at "
          "this time.”", True, "he", "named", "said", "mixed", resolved="Ray Dominguez"),
    claim("The Federal Aviation Administration said it was in contact with the airline.", True,
          "The Federal Aviation Administration", "named", "said", "indirect"),
    narrative("A spokeswoman for the agency did not immediately return an email seeking comment on whether it would "
              "open an investigation.", "withheld (guide 5)"),
    narrative("At Denver International Airport, lines at Skyline's counters stretched past the security checkpoints "
              "by midmorning."),
    claim("“Nobody has told us anything,” said Angela Whitfield, who was trying to reach her daughter's wedding in "
          "Boise.", True, "Angela Whitfield", "named", "said", "direct"),
    claim("“We've been standing here since seven.”", True, "Angela Whitfield", "named", None, "direct"),
    claim("Within hours, posts on social media claimed that the airline's chief executive, Linda Carver, had resigned "
          "over the outage.", True, "posts on social media", "document", "claimed", "indirect",
          channel="social media"),
    narrative("No news outlet has reported such a resignation.", "negated: no outlet reports anything"),
    claim("The airline denied the claim on Monday evening, saying Carver was “focused on getting our customers "
          "home.”", True, "The airline", "named", "denied", "mixed", resolved="Skyline Regional Airlines"),
    narrative("Carver has not commented publicly.", "negated"),
    narrative("The outage was the second at Skyline this year."),
    narrative("In January, a power cut at its operations center in Salt Lake City grounded flights for three hours."),
    claim("The pilots' union has said that the airline underinvested in its technology for years.", True,
          "The pilots' union", "named", "has said", "indirect"),
    narrative("The union's president, Greg Olsen, did not respond to a request for comment on Monday.",
              "withheld (guide 5)"),
    narrative("Skyline's shares fell 6 percent in after-hours trading."),
    claim("Sen. Maria Lopez of Colorado wrote on X that the outage was “unacceptable” and that travelers deserved an "
          "explanation.", True, "Maria Lopez", "named", "wrote", "mixed",
          alt=["Sen. Maria Lopez of Colorado", "Sen. Maria Lopez"], channel="X"),
    narrative("The airline would neither confirm nor deny that it had been contacted by her office.",
              "withheld: 'would neither confirm nor deny'"),
], "issue 15, group 2: negated and withheld reporting")

LANDFILL_LAWSUIT = Article(None, "en", [
    narrative("Residents sue county over landfill expansion", "headline; suing is an act"),
    claim("ASHBY, Iowa — A group of residents has sued Marlow County to stop the expansion of a landfill they say has "
          "fouled their wells, the latest turn in a fight that has divided this farming town of 4,000.", True,
          "they", "anonymous", "say", "indirect", resolved="A group of residents",
          note="the cue is in a relative clause (guide 6); the pronoun's antecedent is unnamed people"),
    narrative("The lawsuit, filed Tuesday in state district court, asks a judge to void the county's permit for the "
              "expansion.", "a request for an action (guide 9)"),
    narrative("The permit was approved in a 3-2 vote by the county board last fall.",
              "by-agent passive of an action verb"),
    claim("The county's own testing found nitrate levels above federal limits in six private wells near the site, "
          "the filing states.", True, "the filing", "document", "states", "indirect", alt=["The lawsuit"],
          note="nested 'testing found' inside 'the filing states': the outer source (guide 2)"),
    claim("The suit was first reported by the Ashby Courier, a weekly newspaper.", True, "the Ashby Courier",
          "outlet", "was reported", "indirect", outlet="Ashby Courier",
          note="by-agent passive; an outlet reporting the suit, like 'announced the plant' (chip-plant)"),
    narrative("The landfill opened in 1987 and takes in about 300 tons of trash a day from four counties."),
    narrative("Trucks line up on the gravel road outside its gate before dawn."),
    claim("“We have been drinking bottled water for two years,” said Karen Lindqvist, one of 14 plaintiffs, whose "
          "farm sits a half-mile from the landfill.", True, "Karen Lindqvist", "named", "said", "direct"),
    claim("“My grandchildren can't take a bath at our house.”", True, "Karen Lindqvist", "named", None, "direct"),
    narrative("Lindqvist and her husband have farmed corn and soybeans on the land since 1994."),
    narrative("Nitrates, which come mostly from fertilizer and animal waste, can be dangerous for infants."),
    narrative("The county began testing private wells in 2021 after several families noticed a sour smell in their "
              "tap water.", "'noticed' is perception, not a report"),
    narrative("Most homes outside town limits rely on private wells."),
    claim("In a motion filed last month in a related case, lawyers for the county argued that fertilizer from nearby "
          "fields was a more likely cause.", True, "lawyers for the county", "anonymous", "argued", "indirect",
          channel="a motion"),
    claim("“The nitrate profile is consistent with agricultural runoff,” the motion says.", True, "the motion",
          "document", "says", "direct", alt=["a motion filed last month in a related case", "lawyers for the county"]),
    claim("A 2022 study led by hydrologist Dana Whitcomb of Prairie State University found that nitrate levels in "
          "wells near unlined landfills were, on average, twice those in wells near farms alone.", True,
          "Dana Whitcomb", "named", "found", "indirect", channel="A 2022 study",
          alt=["A 2022 study led by hydrologist Dana Whitcomb of Prairie State University", "A 2022 study"],
          note="a document with its author named: the author is the source (guide 3)"),
    narrative("Whitcomb is not involved in the lawsuit."),
    claim("The landfill's operator, Hollis Waste Services, said in a post on its website that the site “meets or "
          "exceeds every state standard.”", True, "Hollis Waste Services", "named", "said", "mixed",
          alt=["The landfill's operator"], channel="a post on its website"),
    claim("“Our liner system is monitored around the clock,” the post reads.", True, "the post", "document", "reads",
          "direct", alt=["a post on its website", "Hollis Waste Services"]),
    narrative("Hollis has run the landfill under a contract with the county since 2009."),
    claim("Another reason cited by county officials for the expansion was the closing of a regional landfill in 2023, "
          "which left Marlow County with nowhere else to send its trash.", True, "county officials", "anonymous",
          "cited", "indirect", note="by-agent passive: the agent is the source"),
    claim("Supervisor Tom Rausch, who voted for the permit, told the Des Moines Register last week that the county had "
          "“followed every rule in the book.”", True, "Tom Rausch", "named", "told", "mixed",
          alt=["Supervisor Tom Rausch"], outlet="The Des Moines Register"),
    claim("The expansion would add 40 acres to the landfill and extend its life by about 25 years, as reported by the "
          "Courier in March.", True, "the Courier", "outlet", "reported", "indirect", resolved="Ashby Courier",
          outlet="Ashby Courier", note="'as reported by' an outlet: the outlet is source and outlet"),
    narrative("A hearing is scheduled for June 12."),
    claim("Lindqvist said she did not expect a quick ruling.", True, "Lindqvist", "named", "said", "indirect",
          resolved="Karen Lindqvist"),
    claim("“But we are not going anywhere,” she said.", True, "she", "named", "said", "direct",
          resolved="Karen Lindqvist"),
], "issue 15, group 3: by-agent passives and document verbs")

STRANDED_WORKERS = Article(None, "en", [
    narrative("Thousands of workers stranded as Gulf builder collapses"),
    narrative("DOHA: Despite promises of a rescue, thousands of migrant workers employed by Al Noor Contracting have "
              "gone unpaid for three months, and some have been locked out of their company housing, after the "
              "construction firm collapsed under more than $2 billion in debt.",
              "'DOHA:' is a dateline, not a speaker label"),
    claim("The Wall Street Journal and the Financial Times reported last week that the company's lenders had rejected "
          "a final rescue plan.", True, "The Wall Street Journal and the Financial Times", "outlet", "reported",
          "indirect", outlet="The Wall Street Journal", outlets=["The Wall Street Journal", "Financial Times"],
          alt=["The Wall Street Journal", "the Financial Times"],
          note="coordinated outlets: 'outlet' holds the first (the referee scores one), 'outlets' both"),
    narrative("Al Noor did not respond to requests for comment.", "withheld (guide 5)"),
    narrative("Al Noor, founded in 1998, built parts of two stadiums for the 2022 World Cup and employed about 9,000 "
              "people at its peak."),
    narrative("Most of its workers come from South Asia and East Africa."),
    narrative("Inside the packed hall of a labour camp on the city's industrial edge, about 400 men waited on Sunday "
              "to file complaints with the labour ministry.", "'the packed hall' is not 'the PA'"),
    claim("“We send everything home,” said Ramesh Kumar, a 34-year-old steel fixer from Kerala, India.", True,
          "Ramesh Kumar", "named", "said", "direct"),
    claim("“Now my family is borrowing money to feed me.”", True, "Ramesh Kumar", "named", None, "direct"),
    claim("Qatar's labour ministry confirmed in an email to the fact-checking site Verify Desk that it had opened an "
          "investigation into the company.", True, "Qatar's labour ministry", "named", "confirmed", "indirect",
          outlet="Verify Desk", channel="an email"),
    claim("The New Arab website quoted Qatari government sources as saying that a state fund would pay the workers' "
          "back wages by the end of the month.", True, "Qatari government sources", "anonymous", "quoted",
          "indirect", outlet="The New Arab", alt=["The New Arab"],
          note="an outlet quoting a source as saying: source the quoted party, outlet the outlet (guide 1)"),
    narrative("The ministry did not confirm that report.", "negated"),
    claim("India's embassy in Doha said it was in touch with Qatari authorities and had set up a helpline, according "
          "to the Press Trust of India.", True, "India's embassy in Doha", "named", "said", "indirect",
          outlet="Press Trust of India", alt=["the Press Trust of India"]),
    claim("PTI also reported that about 1,800 of the stranded workers were Indian citizens.", True, "PTI", "outlet",
          "reported", "indirect", outlet="Press Trust of India", alt=["Press Trust of India"]),
    claim("In Pakistan, home to about 1,200 of the workers, the opposition People's Alliance (PA) accused the "
          "government of abandoning its citizens abroad.", True, "People's Alliance", "named", "accused", "indirect",
          alt=["the opposition People's Alliance (PA)", "the opposition People's Alliance"],
          note="PA here is a political party, not PA Media"),
    claim("“These men built the stadiums the whole world watched,” a PA spokesman, Faisal Qureshi, told reporters in "
          "Lahore.", True, "Faisal Qureshi", "named", "told", "direct", alt=["a PA spokesman"],
          note="the party's spokesman; 'told reporters' gives no outlet"),
    narrative("The drama has also reached London, where Al Noor's parent company, Meridian Holdings, is listed.",
              "'The drama' is not 'the DR'"),
    claim("Meridian told PA Media in a statement that it was “working with all stakeholders” to find a solution.",
          True, "Meridian", "named", "told", "mixed", resolved="Meridian Holdings", outlet="PA Media",
          channel="a statement"),
    narrative("Its shares have been suspended since March."),
    narrative("Some of the men have been sleeping in a mosque near the camp since they were locked out."),
    claim("The Gulf Labour Monitor, a Beirut-based advocacy group, said in a report last year that wage theft "
          "remained common on large building sites in the region.", True, "The Gulf Labour Monitor", "named", "said",
          "indirect", channel="a report"),
    claim("Kumar said he had not been paid since January.", True, "Kumar", "named", "said", "indirect",
          resolved="Ramesh Kumar"),
    narrative("His next hearing at the ministry is on Thursday."),
], "issue 15, group 4: outlets in more wordings, coordinated outlets, an acronym that is a party and an agency")

ARTICLES: dict[str, Article] = {
    "jobs-report": JOBS_REPORT,
    "airline-outage": AIRLINE_OUTAGE,
    "landfill-lawsuit": LANDFILL_LAWSUIT,
    "stranded-workers": STRANDED_WORKERS,
}
