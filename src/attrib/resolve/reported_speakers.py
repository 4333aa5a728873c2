"""Whose words a sentence in the reported-speech mood gives when no rule matched it (the resolver
`reported speech` in attrib.resolve.speakers): its own main clause's subject, when the mood starts
only in the clause after it ("Der Minister geht davon aus, dass die Preise steigen würden": the
minister), or the subject of the narrative sentence right before it, when no report runs ("Der
Minister nannte am Montag das Ziel. Es gehe darum, …"). Every word is the pack's (the sets
`reported_speech_forms`, `hearsay_modals`, `complementizers`, `coordinators`, `subject_pronouns`,
`expletive_pronouns`); a pack without reported-speech forms never gets here."""

from __future__ import annotations

import re
from itertools import pairwise

from attrib.grammar.refusal import Refusal
from attrib.model import Claim, Sentence, Span
from attrib.resolve.context import Context
from attrib.rulebook.lexicon import union

#: the clause after the main clause: its first words, up to the verb of reported speech
_CLAUSE_WORDS = 4
#: a word of letters, with apostrophes or hyphens inside it, as the reported-speech resolvers read words
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def own_subject(claim: Claim, ctx: Context) -> str | None:
    """The subject that opens the claim's sentence, when its main clause reads as a report of its own:
    no verb of the reported-speech mood in it, and the clause after its first comma or colon opens with
    a complementizer or puts such a verb within its first words ("Sie erklärte indessen, es sei nicht
    …", "…, Iran werde sich nicht …", "…, dass … solle"). A clause joined by a coordinator ("…, und er
    wolle …") or a relative clause ("…, die … seien") says nothing of the main clause's subject."""
    lex = ctx.lexicons
    cut = re.search(r"[,:]", claim.text)
    if cut is None:
        return None
    mood = lex.derived("reported_mood_words", lambda: union(lex.set("reported_speech_forms"),
                                                             lex.set("hearsay_modals")))
    if any(w.lower() in mood for w in WORD.findall(claim.text[:cut.start()])):
        return None
    after = WORD.findall(claim.text[cut.end():])[:_CLAUSE_WORDS + 1]
    if not after or not _reported_clause(after, lex.set("reported_speech_forms"), ctx):
        return None
    sentence = ctx.sentences[claim.n - 1]
    subject = _opening_subject(sentence, ctx)
    if subject is None:
        return None
    between = ctx.text[subject.end:claim.start + cut.start()]
    # its verb stands before the comma: "Die Getöteten, vor allem Zivilisten, seien …" has none there
    return ctx.text[subject.start:subject.end] if any(w[:1].islower() for w in WORD.findall(between)) else None


def _reported_clause(words: list[str], forms: frozenset[str], ctx: Context) -> bool:
    """The clause's first words: a complementizer, or a subject (a pronoun, or a phrase whose first
    noun is written with a capital) before a verb of the reported-speech mood."""
    lex = ctx.lexicons
    first = words[0].lower()
    if first in lex.set("complementizers"):
        return True
    if first in lex.set("coordinators") or first in lex.set("conjunctions"):
        return False
    at = next((i for i, w in enumerate(words) if w.lower() in forms), None)
    if at is None or at == 0:
        return False
    if first in lex.set("subject_pronouns"):
        return at == 1
    return any(w[:1].isupper() for w in words[:at])


def _opening_subject(sentence: Sentence, ctx: Context) -> Span | None:
    """The subject the grammar reads in the sentence's main clause: at its start, or right after its verb
    when a phrase is fronted ("Außerdem ließ der Pressedienst verlauten, …"), unless it is an expletive
    pronoun ("Es", "Man"), which names nobody."""
    found = ctx.grammar.sentence_subject(sentence, ctx.lexicons)
    if isinstance(found, Refusal):
        return None
    subject = ctx.text[found.start:found.end]
    if not subject.strip() or subject.strip().lower() in ctx.lexicons.set("expletive_pronouns"):
        return None
    return found


def previous_subject(claims: list[Claim], claim: Claim, ctx: Context) -> str | None:
    """The subject that opens the sentence before the claim's, in its paragraph, when that sentence is
    narrative: the party the report that follows goes on about ("Der Minister nannte das Ziel. Es gehe
    …"). A pronoun names nobody yet at this stage."""
    if claim.n < 2:
        return None
    before = claims[claim.n - 2]
    if before.attributed or before.paragraph != claim.paragraph:
        return None
    found = _opening_subject(ctx.sentences[before.n - 1], ctx)
    subject = ctx.text[found.start:found.end] if found is not None else None
    return subject if subject is not None and _names_a_party(subject, ctx) else None


def _names_a_party(phrase: str, ctx: Context) -> bool:
    """A phrase that names a person or a body, not a thing: a name of two capitalised words ("Usman
    Ngom", "Human Rights Watch"), or a noun that ends with a title, a role or a body's noun
    ("Innenminister", "Menschenrechtsorganisation"; the sets `entity_titles`, `role_nouns`,
    `organisation_words`, `group_nouns`)."""
    lex = ctx.lexicons
    nouns = lex.derived("party_nouns", lambda: tuple(sorted(
        lex.set("entity_titles") | lex.set("role_nouns") | lex.set("organisation_words") | lex.set("group_nouns"))))
    words = [w.strip("„“”\"()") for w in phrase.split()]
    capitals = [bool(w[:1].isupper()) and w.lower() not in lex.set("determiners") for w in words]
    if any(a and b for a, b in pairwise(capitals)):
        return True
    return any(w.lower().endswith(nouns) for w in words if len(w) > 2)
