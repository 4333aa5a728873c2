"""The names of the English grammar's refusals of a phrase, with what each refuses. The engine's
phrase checks (source-phrase, via-phrase, listener-phrase, no-subject) pass them on; `attrib
explain` shows them in brackets and `attrib eval` counts them like the engine's own checks."""

from __future__ import annotations

from attrib.grammar.english.words import MAX_SOURCE_WORDS

REFUSALS: dict[str, str] = {
    "no-words": "the phrase slot caught no words",
    "mid-clause": "a phrase that opens the match starts in the middle of a clause ('It was the first call')",
    "cut-phrase": "a phrase the pattern anchors at the sentence start would have to be cut "
                  "('documents that the lawyers believe')",
    "fronted-phrase": "a common noun phrase after a preposition or subordinator, before the speaker's comma "
                      "('After the match, the coach, ..., said')",
    "relative-object": "the relative pronoun is an object, nobody speaks ('the case on which the Court ruled')",
    "no-speaker-left": "nothing is left once an opening phrase is dropped ('In 2016 said')",
    "too-long": f"the phrase has more than {MAX_SOURCE_WORDS} words",
    "verb-inside": "an auxiliary inside the phrase makes it a clause ('It was the first')",
    "reads-as-clause": "subject, verb and object rather than a noun phrase ('Carson shared a syllabus')",
    "pronoun-clause": "a pronoun is a whole subject, and more follows it ('I am far from the perfect champion')",
    "participle-opener": "the phrase opens with a participle ('Making the rounds on the Sunday shows')",
    "incomplete-phrase": "the phrase cannot start or end there ('On this weekend's', 'before the 2014')",
    "not-a-party": "the phrase names no party: no name, determiner, pronoun, role, organisation or document",
    "clause-after-cue": "after the cue comes a clause, not a speaker ('said the savings were unavoidable')",
    "bare-noun": "a lone common noun after the cue is no source ('according to plan')",
    "no-subject": "the sentence has no subject that can be its speaker (source_shape: subject)",
}
