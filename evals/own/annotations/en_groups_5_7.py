"""English articles for issue 15, groups 5-7: datelines and page furniture, speaker labels and
quotes over paragraphs, source spans."""

from __future__ import annotations

from annotations import Article, claim, narrative

FURNITURE = "page furniture, its own unattributed record (guide: Sentences)"
ROW = "market row 'X: value', page furniture"

GULF_BRIEFING = Article(None, "en", [
    narrative("Business briefing: Gulf stocks slip, Oman port strike ends", "headline; a colon does not end it"),
    narrative("DUBAI: Despite a late rally in oil prices, most Gulf stock markets closed lower on Sunday as investors "
              "waited for first-quarter earnings from the region's largest banks.",
              "'DUBAI:' is a dateline, part of the first sentence, not a speaker"),
    narrative("Dubai's main index fell 0.4 percent, dragged down by property developers, while the Abu Dhabi index "
              "slipped 0.2 percent."),
    narrative("Saudi Arabia's benchmark rose 0.3 percent, helped by petrochemical shares."),
    claim("\"People are sitting on their hands until the banks report,\" said Hana Al-Mansoori, head of research at "
          "Corniche Capital in Abu Dhabi.", True, "Hana Al-Mansoori", "named", "said", "direct"),
    claim("She said lenders were expected to show higher profits but weaker loan growth.", True, "She", "named",
          "said", "indirect", resolved="Hana Al-Mansoori"),
    claim("Analysts at Gulfstar Securities wrote in a note to clients that a rate cut by the U.S. Federal Reserve in "
          "June would lift regional banks.", True, "Analysts at Gulfstar Securities", "anonymous", "wrote",
          "indirect", channel="a note to clients"),
    narrative("Sara Haddad reported from Dubai.", "reporter credit line: says where the writer was, reports no claim"),
    narrative("Read more on Gulf markets: Why bank earnings matter this quarter", FURNITURE),
    claim("Tehran, IRNA – Iran's oil ministry said on Saturday that crude exports averaged 1.6 million barrels a day "
          "in April, the highest monthly level in five years.", True, "Iran's oil ministry", "named", "said",
          "indirect", outlet="Islamic Republic News Agency",
          note="'Tehran, IRNA –' is the dateline of this item of the briefing: the agency carries the item and is "
               "named in this sentence; the page as a whole names no publisher"),
    narrative("The figures could not be independently verified.", "withheld verification (guide 5)"),
    claim("Tanker-tracking firms estimate that the real number is closer to 1.3 million barrels a day.", True,
          "Tanker-tracking firms", "anonymous", "estimate", "indirect"),
    claim("SALALAH: Dockworkers at Oman's Salalah port returned to work on Sunday after a four-day strike over "
          "overtime pay, the port operator said.", True, "the port operator", "named", "said", "indirect",
          note="'SALALAH:' is the item's dateline; the operator is an institution (like 'the ministry')"),
    narrative("Shipping lines had diverted at least 12 vessels to other ports during the strike."),
    claim("A union official said the agreement raised overtime pay by a quarter.", True, "A union official",
          "anonymous", "said", "indirect"),
    claim("\"We got what we asked for,\" one of the strikers told reporters at the port gate.", True,
          "one of the strikers", "anonymous", "told", "direct"),
    narrative("Contributing: Omar Khalil in Muscat.", "reporter credit line"),
    narrative("Read more on the strike: How Oman's ports became a Gulf trade hub", FURNITURE),
    narrative("MARKETS TODAY:", FURNITURE),
    narrative("Dubai: 4,212.51, down 0.4%", ROW),
    narrative("Abu Dhabi: 9,105.30, down 0.2%", ROW),
    narrative("Saudi Arabia: 12,044.87, up 0.3%", ROW),
    narrative("Brent crude: $83.40 a barrel, up 1.1%", ROW),
    narrative("Gold: $2,318.20 an ounce, up 0.5%", ROW),
], "issue 15, group 5: datelines ('CITY:', 'Tehran, IRNA –'), reporter credit lines, 'Read more on', market rows")

LABEL = "speaker label 'NAME:' (transcript style): cue ':', the words after it are the speaker's verbatim"
TURN = "second sentence of the same transcript turn"

STADIUM_HEARING = Article("Associated Press", "en", [
    narrative("Riverton council delays stadium vote after heated hearing"),
    narrative("RIVERTON, Ohio (AP) — The Riverton City Council on Tuesday put off a vote on a $410 million riverfront "
              "stadium for the city's minor league baseball team, after a five-hour hearing in which residents, the "
              "team's owners and the mayor sparred over who would pay for it.", "'sparred over' gives no content"),
    claim("Mayor Denise Holland, who negotiated the deal, told the council that the city's share would be covered by a "
          "new hotel tax \"and not one dollar from the general fund.\"", True, "Denise Holland", "named", "told",
          "mixed", alt=["Mayor Denise Holland"]),
    claim("\"This is the best deal this city has been offered in 30 years,\" she said.", True, "she", "named", "said",
          "direct", resolved="Denise Holland"),
    claim("\"If we walk away, the team walks away.", True, "Denise Holland", "named", None, "direct",
          note="her quote resumes after its attribution; the paragraph ends without a closing mark"),
    claim("\"They have offers from two other cities.\"", True, "Denise Holland", "named", None, "direct",
          note="the paragraph reopens with a quote mark: her quote continues over paragraphs (guide 4)"),
    narrative("The city would borrow $150 million for its share, to be repaid from the hotel tax."),
    narrative("The Riverton Rapids have played in a 1950s ballpark on the city's south side since 1987, and their "
              "lease there runs out in 2027."),
    claim("Council member Victor Ruiz, who has led opposition to the deal, said the hotel tax projections were "
          "\"wishful thinking.\"", True, "Victor Ruiz", "named", "said", "mixed", alt=["Council member Victor Ruiz"]),
    claim("\"The team does not need a palace,\" Ruiz said, \"and neither does this city.", True, "Ruiz", "named",
          "said", "direct", resolved="Victor Ruiz", note="a direct quote split by its attribution"),
    claim("It needs roads that do not swallow cars.\"", True, "Victor Ruiz", "named", None, "direct",
          note="closing sentence of the split direct quote: direct"),
    narrative("The hearing grew tense when Ruiz questioned the team's lawyer, Paul Keane, about cost overruns.",
              "'questioned X about Y' reports no content"),
    narrative("From the council's transcript:", "introduces a transcript; no speaker, no content"),
    claim("RUIZ: Who pays if construction runs over budget?", True, "RUIZ", "named", ":", "direct",
          resolved="Victor Ruiz", note=LABEL + "; a question he asks, as '“…?” she asked'"),
    claim("MR. KEANE: The team does, under section 14 of the agreement.", True, "MR. KEANE", "named", ":", "direct",
          resolved="Paul Keane", note=LABEL),
    claim("RUIZ: Section 14 caps the team's share at $20 million.", True, "RUIZ", "named", ":", "direct",
          resolved="Victor Ruiz", note=LABEL),
    claim("MR. KEANE: That is correct.", True, "MR. KEANE", "named", ":", "direct", resolved="Paul Keane", note=LABEL),
    claim("We think that is a generous cap.", True, "Paul Keane", "named", None, "direct", note=TURN),
    narrative("Several residents in the audience laughed."),
    narrative("Council President Janet Moore called a recess."),
    narrative("At a news conference after the hearing, Holland was asked about the team's lobbying.",
              "a question put to her, no content of hers"),
    claim("Lena Ortiz, WRVN News: \"Did anyone on your staff meet with the team before the vote was scheduled?\"",
          True, "Lena Ortiz", "named", ":", "direct",
          note="speaker label inside a paragraph; the reporter's station is her affiliation, not an outlet vouching "
               "for a claim (guide 8)"),
    claim("Holland: \"Not that I know of.", True, "Holland", "named", ":", "direct", resolved="Denise Holland",
          note="speaker label inside a paragraph"),
    claim("\"And if they did, they did it without my knowledge.", True, "Denise Holland", "named", None, "direct",
          note="the label's quote continues over the paragraph break (guide 4)"),
    claim("\"We are not going to be rushed ...", True, "Denise Holland", "named", None, "direct",
          note="ellipsis before a capital ends the sentence; the quotation is attributed at its end (guide 4)"),
    claim("We are also not going to lose this team,\" she said.", True, "she", "named", "said", "direct",
          resolved="Denise Holland"),
    narrative("The stadium would seat 7,500 and include a public plaza along the river."),
    narrative("Construction could begin next spring if the council approves the plan."),
], "issue 15, group 6: speaker labels inside paragraphs, transcript labels, quotes over paragraphs and after an "
   "ellipsis, the closing sentence of a split direct quote")

FLOOD_LAWSUIT = Article(None, "en", [
    narrative("Flood victims' families press lawsuit against Caddo Falls"),
    claim("(CADDO FALLS, Ark.) — Lawyers in the lawsuit against the city over last spring's deadly flood told the "
          "court on Monday that city engineers had warned as early as 2019 that a drainage canal on the east side "
          "could fail in heavy rain.", True, "Lawyers in the lawsuit against the city over last spring's deadly flood",
          "anonymous", "told", "indirect",
          alt=["Lawyers in the lawsuit against the city", "Lawyers"],
          note="the dateline is not a speaker; the source is the lawyers, not the city nor the engineers (nested, "
               "guide 2); 'told the court' gives no outlet"),
    narrative("Three people died when the canal overflowed on April 14, sending water through more than 200 homes in "
              "the Lakeside neighborhood."),
    narrative("The canal, built in 1962, runs for about two miles behind the neighborhood."),
    narrative("Their families, along with 41 homeowners, are seeking damages from the city."),
    claim("The city has asked Circuit Judge Ellen Marsh to dismiss the case, arguing that it is immune from such "
          "claims under state law.", True, "The city", "named", "arguing", "indirect", resolved="Caddo Falls",
          note="the request is an act (guide 9); 'arguing that' states the city's position"),
    claim("“The city did not cause this storm,” the city’s attorney, Mark Delaney, said outside the courthouse.", True,
          "Mark Delaney", "named", "said", "direct", alt=["the city’s attorney"]),
    claim("“Nobody could have built a canal for 11 inches of rain in six hours.”", True, "Mark Delaney", "named", None,
          "direct"),
    claim("Mayor Ron Castillo in recent days has said the city would not settle.", True, "Ron Castillo", "named",
          "has said", "indirect", alt=["Mayor Ron Castillo"], note="the time adverb is not part of the source"),
    claim("A spokesman for Castillo urged that the case be decided “on the facts, not on emotion.”", True,
          "A spokesman for Castillo", "anonymous", "urged", "mixed",
          note="'urged that …' states a position (guide 9); the subject of the reporting verb is the source"),
    claim("Police said at the time that two of the victims, a couple in their 70s, were found in their car on "
          "Lakeview Drive.", True, "Police", "named", "said", "indirect"),
    narrative("The third, 9-year-old Maya Brooks, was swept away while her family waited on the roof of their house "
              "for rescue."),
    claim("Her father, Darnell Brooks, testified on Monday that the water rose “faster than I could carry my kids up "
          "the stairs.”", True, "Darnell Brooks", "named", "testified", "mixed", alt=["Her father"]),
    claim("One of the people who helped rescue the family, a neighbor who asked not to be named because she feared "
          "retaliation, said rescue boats did not arrive for more than two hours.", True,
          "One of the people who helped rescue the family", "anonymous", "said", "indirect",
          alt=["One of the people", "a neighbor who asked not to be named because she feared retaliation",
               "a neighbor"]),
    claim("The National Weather Service has said the storm dropped more rain in six hours than the area usually gets "
          "in two months.", True, "The National Weather Service", "named", "has said", "indirect"),
    narrative("The engineering memo cited by the plaintiffs, which was entered as evidence on Monday, recommended "
              "widening the canal at a cost of $3.2 million.",
              "'cited by the plaintiffs' names the memo, no content; recommending an action is a request (guide 9)"),
    narrative("The city council never approved the money."),
    claim("Lawyers for the Brooks family said the memo showed the city “knew exactly what could happen.”", True,
          "Lawyers for the Brooks family", "anonymous", "said", "mixed",
          note="not the family; nested 'the memo showed' (guide 2)"),
    narrative("Marsh did not say when she would rule.", "negated"),
    narrative("A trial date has not been set."),
    claim("People familiar with the city’s insurance policy said it covers up to $10 million in liability claims.",
          True, "People familiar with the city’s insurance policy", "anonymous", "said", "indirect"),
    narrative("Castillo, who took office in January, was not mayor when the memo was written."),
    narrative("He has declined interview requests since the lawsuit was filed in July.", "withheld"),
    narrative("Several homes in Lakeside are still empty."),
    claim("“We just want someone to say they were wrong,” Brooks said.", True, "Brooks", "named", "said", "direct",
          resolved="Darnell Brooks"),
], "issue 15, group 7: source spans (the subject of the main reporting verb, 'Lawyers in the lawsuit against the "
   "city', time adverbs, 'Police', 'one of the people'); dateline '(CITY, St.) —'")

ARTICLES: dict[str, Article] = {
    "gulf-briefing": GULF_BRIEFING,
    "stadium-hearing": STADIUM_HEARING,
    "flood-lawsuit": FLOOD_LAWSUIT,
}
