"""The first four English articles (harbor-water, quarry-report, river-dam, chip-plant)."""

from __future__ import annotations

from annotations import Article, claim

ARTICLES: dict[str, Article] = {
    "harbor-water": Article(None, "en", [
        claim("Harbor City water rates to rise 12 percent, council says", True, "council", "named", "says", "indirect"),
        claim("HARBOR CITY — Water bills in Harbor City will rise by 12 percent next year, the city council said on "
              "Tuesday, the first increase since 2019.", True, "the city council", "named", "said", "indirect"),
        claim("The council voted 7-2 to approve the new rates after a three-hour meeting.", False),
        claim("“We have put this off for as long as we could,” said Council President Maria Okonkwo, who chairs the "
              "finance committee.", True, "Maria Okonkwo", "named", "said", "direct",
              alt=["Council President Maria Okonkwo"]),
        claim("“The pipes under Main Street are older than anyone in this room.”", True, "Maria Okonkwo", "named",
              None, "direct"),
        claim("Okonkwo said the extra money would pay for replacing about 40 miles of lead pipe.", True, "Okonkwo",
              "named", "said", "indirect", resolved="Maria Okonkwo"),
        claim("Residents who spoke at the meeting were less convinced.", False),
        claim("Daniel Reyes, a retired teacher who has lived on Elm Street for 30 years, told the council that many "
              "of his neighbours already struggle to pay their bills.", True, "Daniel Reyes", "named", "told",
              "indirect"),
        claim("“You are asking people on fixed incomes to pay for decades of neglect,” he said.", True, "he", "named",
              "said", "direct", resolved="Daniel Reyes"),
        claim("According to a report by the state utilities board, Harbor City loses nearly a fifth of its treated "
              "water to leaks.", True, "the state utilities board", "named", "according to", "indirect",
              alt=["a report by the state utilities board"], channel="a report"),
        claim("The report also found that the city spent less on maintenance than any comparable town in the "
              "region.", True, "The report", "document", "found", "indirect"),
        claim("A spokesperson for the mayor, who was not at the meeting, said the mayor supported the increase but "
              "would ask the council to exempt low-income households.", True, "A spokesperson for the mayor",
              "anonymous", "said", "indirect"),
        claim("The mayor has not commented publicly on the plan.", False),
        claim("Two council members who voted against the rates argued that the city should first seek federal "
              "grants.", True, "Two council members who voted against the rates", "anonymous", "argued",
              "indirect", alt=["Two council members"]),
        claim("Councilman Tom Brandt called the decision “a tax by another name.”", True, "Tom Brandt", "named",
              "called", "mixed", alt=["Councilman Tom Brandt"]),
        claim("The new rates take effect on January 1.", False),
        claim("Nearly six in 10 residents said in a recent survey that they trust the city to manage its water "
              "system.", True, "Nearly six in 10 residents", "anonymous", "said", "indirect",
              channel="a recent survey"),
        claim("Officials familiar with the budget said the increase could be revised in the spring if grants come "
              "through, speaking on condition of anonymity because the talks are not public.", True,
              "Officials familiar with the budget", "anonymous", "said", "indirect"),
    ]),
    "quarry-report": Article("Reuters", "en", [
        claim("Inspectors find safety lapses at Northfield quarry", True, "Inspectors", "anonymous", "find",
              "indirect"),
        claim("NORTHFIELD, May 3 (Reuters) - Federal inspectors found 14 safety violations at a limestone quarry in "
              "Northfield where a worker died in March, according to records reviewed by Reuters.", True,
              "records reviewed by Reuters", "document", "according to", "indirect", outlet="Reuters",
              alt=["records"]),
        claim("The Mine Safety Administration cited the operator, Granite Ridge Materials, for missing guard rails "
              "and for failing to train new staff, the records show.", True, "the records", "document", "show",
              "indirect"),
        claim("Granite Ridge said in a statement that it had already fixed most of the problems.", True,
              "Granite Ridge", "named", "said", "indirect", channel="a statement"),
        claim("“Safety is our first priority and we are cooperating fully with the inspectors,” the company said.",
              True, "the company", "named", "said", "direct", resolved="Granite Ridge",
              alt=["Granite Ridge Materials"]),
        claim("It added that it would appeal two of the citations.", True, "It", "named", "added", "indirect",
              resolved="Granite Ridge"),
        claim("The worker, 24-year-old Sam Mireles, was crushed by a loader while clearing a blocked chute.", False),
        claim("His mother, Elena Mireles, told the Northfield Gazette that no one had shown her son how to lock out "
              "the machine.", True, "Elena Mireles", "named", "told", "indirect", outlet="Northfield Gazette",
              alt=["His mother"]),
        claim("“He had been there three weeks,” she said.", True, "she", "named", "said", "direct",
              resolved="Elena Mireles"),
        claim("“Three weeks, and they put him on the night shift alone.”", True, "Elena Mireles", "named", None,
              "direct"),
        claim("The paper reported last month that two other workers had been injured at the site since 2022.", True,
              "The paper", "outlet", "reported", "indirect", outlet="Northfield Gazette",
              alt=["Northfield Gazette"]),
        claim("Union officials have called for the quarry to be closed until an independent audit is completed.",
              True, "Union officials", "anonymous", "have called for", "indirect"),
        claim("An agency spokesman declined to comment on the investigation.", False),
        claim("Citing two people familiar with the matter, the Associated Press reported that prosecutors were "
              "reviewing the case.", True, "two people familiar with the matter", "anonymous", "reported",
              "indirect", outlet="Associated Press"),
        claim("The quarry employs about 80 people and supplies gravel to road projects across the county.", False),
        claim("State Senator Ruth Adeyemi said she would hold a hearing on quarry safety in June.", True,
              "Ruth Adeyemi", "named", "said", "indirect", alt=["State Senator Ruth Adeyemi"]),
        claim("“Families deserve answers,” Adeyemi said, “not press releases.”", True, "Adeyemi", "named", "said",
              "direct", resolved="Ruth Adeyemi"),
    ]),
    "river-dam": Article("Associated Press", "en", [
        claim("Talks on river dam stall as both sides trade blame", False),
        claim("GENEVA (AP) — Talks between Ethiopia and Egypt over a giant dam on the Blue Nile ended without "
              "agreement on Friday, with each side accusing the other of bad faith.", True, "each side", "named",
              "accusing", "indirect"),
        claim("Egypt's foreign minister, Sameh Shoukry, said his country had \"shown every flexibility\" and blamed "
              "Addis Ababa for the deadlock.", True, "Sameh Shoukry", "named", "said", "mixed",
              alt=["Egypt's foreign minister"]),
        claim("Ethiopian officials rejected that account.", True, "Ethiopian officials", "anonymous", "rejected",
              "indirect"),
        claim("\"We came here ready to sign,\" Ethiopia's water minister, Habtamu Itefa, said at a news conference.",
              True, "Habtamu Itefa", "named", "said", "direct", channel="a news conference"),
        claim("\"Egypt came here to delay.\"", True, "Habtamu Itefa", "named", None, "direct"),
        claim("He added that filling of the reservoir would continue as planned.", True, "He", "named", "added",
              "indirect", resolved="Habtamu Itefa"),
        claim("The dam, which cost about $4.8 billion, is the largest hydroelectric project in Africa.", False),
        claim("Sudan, which lies between the two countries, has also raised concerns about the safety of its own "
              "dams downstream.", True, "Sudan", "named", "has raised concerns", "indirect"),
        claim("A senior Sudanese official, who asked not to be named because he was not authorised to speak to the "
              "media, told The Associated Press that Khartoum wanted a binding agreement on how much water would "
              "be released during droughts.", True, "A senior Sudanese official", "anonymous", "told", "indirect",
              outlet="Associated Press"),
        claim("The agency could not independently confirm the figures he cited.", False),
        claim("Citing a diplomatic source, Egypt's state news agency MENA reported that Cairo would take the dispute "
              "to the United Nations Security Council.", True, "a diplomatic source", "anonymous", "reported",
              "indirect", outlet="Middle East News Agency"),
        claim("It was reported last year that the United States had offered to mediate.", True, None, None,
              "was reported", "indirect"),
        claim("In an interview with the BBC, the African Union's envoy said the three countries were \"closer than "
              "the headlines suggest.\"", True, "the African Union's envoy", "anonymous", "said", "mixed",
              outlet="BBC", channel="an interview"),
        claim("The envoy, Olusegun Obasanjo, said: \"Nobody wants a war over water.", True, "Olusegun Obasanjo",
              "named", "said", "direct", alt=["The envoy"]),
        claim("\"But nobody wants to be the one who blinks first.\"", True, "Olusegun Obasanjo", "named", None,
              "direct"),
        claim("Farmers in the Nile Delta say the river has already grown saltier in recent years.", True,
              "Farmers in the Nile Delta", "anonymous", "say", "indirect"),
        claim("Ethiopia claims the dam will not reduce the flow of water to its neighbours.", True, "Ethiopia",
              "named", "claims", "indirect"),
    ]),
    "chip-plant": Article("Yonhap", "en", [
        claim("Chipmaker delays new plant, citing weak demand", False),
        claim("SEOUL, March 4 (Yonhap) -- Korean chipmaker Hanbit Semiconductor will delay construction of a new "
              "factory by at least a year, the company announced on Tuesday.", True, "the company", "named",
              "announced", "indirect", resolved="Hanbit Semiconductor"),
        claim("The firm said demand for memory chips had fallen faster than expected.", True, "The firm", "named",
              "said", "indirect", resolved="Hanbit Semiconductor"),
        claim("\"We do not see a recovery before the second half,\" chief financial officer Park Ji-won told analysts "
              "on a conference call.", True, "Park Ji-won", "named", "told", "direct",
              alt=["chief financial officer Park Ji-won"]),
        claim("\"Building now would be a mistake.\"", True, "Park Ji-won", "named", None, "direct"),
        claim("Shares in the company fell 4 percent in Seoul.", False),
        claim("According to two people briefed on the plan, the delay could cost the local government thousands of "
              "jobs.", True, "two people briefed on the plan", "anonymous", "according to", "indirect"),
        claim("Local officials, who had offered tax breaks for the project, declined to comment.", False),
        claim("The mayor of Pyeongtaek, Kim Soo-ah, wrote on Facebook that she was \"deeply disappointed.\"", True,
              "Kim Soo-ah", "named", "wrote", "mixed", alt=["The mayor of Pyeongtaek"]),
        claim("Analysts were divided.", False),
        claim("Some argued the delay was prudent, while others warned that rivals would gain ground.", True, "Some",
              "anonymous", "argued", "indirect", alt=["others"]),
        claim("\"They are giving up market share they will never get back,\" said Lee Min-jun, an analyst at Mirae "
              "Securities.", True, "Lee Min-jun", "named", "said", "direct"),
        # "announced" with a noun object reports, as Wikinews's gold has it ("the government announced the
        # start of a public process"): first annotated False here, corrected after the first run
        claim("The company had announced the plant in 2022 with great fanfare.", True, "The company", "named",
              "had announced", "indirect", resolved="Hanbit Semiconductor"),
        claim("Reuters reported last month that Hanbit was also reviewing its investments in Texas.", True,
              "Reuters", "outlet", "reported", "indirect", outlet="Reuters"),
        claim("A Hanbit spokeswoman said the Texas plans were unchanged.", True, "A Hanbit spokeswoman", "anonymous",
              "said", "indirect"),
    ]),
}
