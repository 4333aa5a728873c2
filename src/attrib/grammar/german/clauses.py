"""German clause order as the cue checks read it: where a verb-second clause may open, and when a
passive report names nobody. Every word comes from the pack's sets (rules/lang/de/lexicons)."""

from __future__ import annotations

import re

from attrib.grammar.common.cues import particles_awaited, separable_particles
from attrib.grammar.common.words import Word, key, tokens
from attrib.grammar.german import according
from attrib.grammar.refusal import Refusal, quoted
from attrib.model import Span
from attrib.rulebook.lexicon import Lexicons, union


def subordinate_subject(text: str, start: int, cue_at: int, lex: Lexicons) -> Refusal | None:
    """A speaker's phrase before its cue must open a main clause. Right after a comma ("…, die den Plan
    ablehnen.") or a subordinator ("wenn diese ein Angebot ablehnen,") a clause whose verb closes it
    is subordinate, and its subject no speaker of the sentence (`verb_final_openers` lists the
    subordinators; "wie X sagte" has rules of its own). A verb-second clause after a comma goes on
    after its verb ("…, die Betreiber sprechen von 850 Stellen")."""
    before = text[:start].rstrip()
    if not before or not _closes_clause(text, cue_at):
        return None
    last = before.split()[-1]
    if before.endswith(","):
        return Refusal("mid-clause", f"the phrase after {quoted(before[-30:])} opens a subordinate clause")
    if key(last) in lex.set("verb_final_openers"):
        return Refusal("mid-clause", f"{quoted(last)} opens a subordinate clause: its verb is no cue")
    return None


def fronted_phrase(text: str, window: Span, found: Span, offset: int, lex: Lexicons) -> Refusal | None:
    """German puts its finite verb second: what stands before the cue is one phrase, and when it is
    no speaker's (a phrase that opens with a preposition, an adverb of `fronted_words` or one word with
    an ending of `adverb_endings`: "Relativierend fügte er hinzu", or anything
    before a subject pronoun after the cue: "Deren Haltung bezeichnete er als …") the speaker
    follows the cue, for the rules of the inverted order."""
    words = text[window.start - offset:window.end - offset].split()
    if not words:
        return None
    first = key(words[0])
    if first in lex.set("prepositions") and found.start > window.start:
        return Refusal("fronted-phrase", f"{quoted(words[0])} opens a phrase before the verb: the speaker follows it")
    if first in lex.set("fronted_words") or (len(words) == 1 and first.endswith(lex.endings("adverb_endings"))):
        return Refusal("fronted-phrase", f"{quoted(words[0])} stands before the verb: the speaker follows it")
    after = text[window.end - offset:].split()[:2]
    phrase = text[found.start - offset:found.end - offset]
    if after and cue_holds_pronoun(after[0], text[window.end - offset:].split(maxsplit=1)[1:], lex):
        return None  # "Die Polizei hält es für möglich": "es" is the cue's, not the subject
    if len(after) == 2 and after[0].isalpha() and after[1].rstrip(",").isalpha() \
            and key(after[1]) in lex.set("subject_pronouns") and key(phrase) not in lex.set("personal_pronouns"):
        return Refusal("fronted-phrase", f"the subject {quoted(after[1])} follows the verb")
    return None


def governed_phrase(text: str, start: int, cue_at: int, lex: Lexicons) -> Refusal | None:
    """A phrase right after a preposition is its object, no speaker ("Seit Jahren fordert der Staat …":
    the phrase before the verb is "Seit Jahren", and the speaker follows the cue). A subordinator
    spelt like a preposition opens a clause whose verb comes last ("Während X erklärte, …"). A phrase after
    a fronted word stands with it before a verb-second cue ("Als Grund nannte die Stadt …": the
    speaker follows the cue)."""
    before = text[:start].split()[-1:]
    if before and key(before[0]) in lex.set("fronted_words") and not _closes_clause(text, cue_at):
        return Refusal("fronted-phrase", f"{quoted(before[0])} opens the phrase before the verb: the speaker follows")
    if not before or key(before[0]) not in lex.set("prepositions"):
        return None
    if key(before[0]) not in lex.set("subordinators") or not _closes_clause(text, cue_at):
        return Refusal("fronted-phrase",
                       f"{quoted(before[0])} governs the phrase before the verb: the speaker follows it")
    return None


def adjunct_openers(lex: Lexicons) -> frozenset[str]:
    """The words that open an adjunct between a subject and its clause-final verb: a preposition, an
    adverb of the verb group, a word of time, a genitive link or a coordinator of names."""
    return lex.derived("german_adjunct_openers", lambda: union(
        lex.set("prepositions"), lex.set("cue_adverbs"), lex.set("time_openers"), lex.set("genitive_links"),
        lex.set("coordinators"), lex.set("split_verb_aux")))


def _closes_clause(text: str, cue_at: int) -> bool:
    """The cue's first word, at `cue_at`, is the last of its clause (punctuation or the end after it)."""
    rest = text[cue_at:].split(maxsplit=1)
    if not rest:
        return True
    word = rest[0]
    return word[-1] in ",.;:!?)\"“”„»«" or len(rest) == 1


def impersonal_passive(after: str, lex: Lexicons) -> bool:
    """A passive report names nobody ("Es wurde bekannt gegeben, dass …", "Ihm wird vorgeworfen, …",
    "Die Männer werden beschuldigt, …") when what is reported follows it: a comma, a colon or a
    quotation after the cue. "Die Zahl wurde nicht bestätigt." reports nothing."""
    return after[:1] in (",", ":") or after[:1] in _quote_openers(lex)


def is_passive(cue: str, lex: Lexicons) -> bool:
    """A passive auxiliary before a participle ("wurde bekannt gegeben"); a nominal cue with an
    auxiliary before it is none ("wurden nach Angaben …", "wurde laut X …": the verb is the claim's)."""
    words = [key(w) for w in cue.split()]
    nominal = lex.set("according") | lex.set("according_after")
    return len(words) >= 2 and words[-1] not in nominal and any(w in lex.set("passive_aux") for w in words[:-1])


def _quote_openers(lex: Lexicons) -> frozenset[str]:
    return lex.derived("german_quote_openers", lambda: frozenset(
        opening for opening, _ in lex.split.quote_pairs))



def particle_missing(cue: str, after: str, lex: Lexicons) -> bool:
    """The finite stem of a separable verb reports only with its particle closing its clause: "teilte
    am Montag mit, dass …", "gab … bekannt." (`separable_verbs`: "teilte mit", "gab bekannt"); a
    preposition inside the clause is no particle ("hielt vor dem Reichstag einen Zapfenstreich ab",
    "gab den Managern Mitschuld an den Zahlen"). The clause ends at punctuation (not a comma or point
    inside a number: "77,7 Prozent") or at a word that opens another clause ("stellte Schwankungen fest
    und entschied sich …"); an apposition's commas do not hide a particle that ends the sentence ("Dies
    teilte der Sprecher, Jan Roth, mit."). A cue that holds its particle ("bekannt gab") or goes on as
    a longer cue of the lexicon ("hält es für möglich") waits for none."""
    particles = particles_awaited(cue, after, lex)
    if particles is None or any(key(w) in particles for w in cue.split()[:-1]) or _longer_cue(cue, after, lex):
        return False
    return not _particle_found(particles, after, lex)


def particle_closes(cue: str, after: str, lex: Lexicons) -> bool:
    """The particle of the cue's separable verb closes its clause ("rief … zum Boykott auf")."""
    words = cue.lower().split()
    particles = separable_particles(lex).get(words[-1]) if words else None
    return bool(particles) and _particle_found(frozenset(p for p in particles or () if p), after, lex)


def _particle_found(particles: frozenset[str], after: str, lex: Lexicons) -> bool:
    """One of `particles` ends the clause that `after` opens, or the sentence."""
    clause = _PUNCTUATION.split(after, maxsplit=1)[0].split()
    closers = lex.set("clause_boundaries")
    for i, word in enumerate(clause):
        if key(word) in particles and (i + 1 == len(clause) or key(clause[i + 1]) in closers):
            return True
    last = after.rstrip().rstrip(".!?\"“”»«").split()[-1:]
    return bool(last) and key(last[0]) in particles


def cue_holds_pronoun(cue: str, rest: list[str], lex: Lexicons) -> bool:
    """The pronoun after the cue belongs to a longer cue of the lexicon ("hält es für")."""
    return bool(rest) and _longer_cue(cue, rest[0], lex)


def _longer_cue(cue: str, after: str, lex: Lexicons) -> bool:
    """The cue and the words after it make a longer cue of the lexicon ("hält" + "es für")."""
    said = " ".join([*cue.lower().split(), *after.lower().split()[:3]])
    return any(said.startswith(form + " ") or said == form for form in _longer_forms(lex).get(cue.lower(), ()))


def _longer_forms(lex: Lexicons) -> dict[str, tuple[str, ...]]:
    def build() -> dict[str, tuple[str, ...]]:
        found: dict[str, list[str]] = {}
        for form in lex.cue_kinds:
            words = form.split()
            if len(words) > 1:
                found.setdefault(words[0], []).append(form)
        return {word: tuple(forms) for word, forms in found.items()}
    return lex.derived("german_longer_cue_forms", build)


_PUNCTUATION = re.compile(r"[;:!?„“»«\"–—]|(?<!\d)[,.]|[,.](?!\d)")


def before_decimal_comma(text: str, end: int) -> bool:
    """A window that ends inside a number written with a decimal comma ("für 2|,4 Millionen"): the
    comma a pattern matched there ends no phrase."""
    return 0 < end < len(text) - 1 and text[end - 1].isdigit() and text[end] == "," and text[end + 1].isdigit()


def article_lowered(word: Word, lex: Lexicons) -> Word:
    """The word with an article written in lower case ("Die" -> "die"), so that a phrase reader takes
    it for an article, not for the start of a name; any other word as it is."""
    return (word[0], word[1], word[2].lower()) if key(word[2]) in lex.set("determiners") else word


def subject_before_perfect(text: str, span: Span, offset: int, lex: Lexicons) -> Span | None:
    """The subject of a verb-second perfect whose object stands between its auxiliary and the cue's
    participle ("Der Senator hat eine Gesetzesinitiative angekündigt", "Die Organisation hatte im Juli
    von Säuberungen berichtet"): the noun phrase that opens the window, up to the auxiliary (the set
    `split_verb_aux`), or None when other words stand before it or a negation follows it ("hat den
    Bericht nicht bestätigt" confirms nothing)."""
    words = tokens(text, lex, span.start - offset, span.end - offset)
    at = next((i for i, w in enumerate(words) if key(w[2]) in lex.set("split_verb_aux")), 0)
    if at == 0 or any(key(w[2]) in lex.set("blocked_before") for w in words[at + 1:]):
        return None
    subject = [article_lowered(w, lex) for w in words[:at]]
    end = len(according.noun_phrase(subject, 0, lex))
    while 0 < end < at and key(subject[end][2]) in lex.set("prepositions"):  # "Ein Gericht in Virginia"
        attached = len(according.noun_phrase(subject, end + 1, lex))
        end = end + 1 + attached if attached else -1
    if end != at or subject[-1][2][-1:] in ",;:":
        return None
    return Span(subject[0][0] + offset, subject[-1][1] + offset)


def subject_after_verb(text: str, end: int, lex: Lexicons) -> bool:
    """A pronoun only a subject takes right after the verb that follows text[:end] ("Die Arbeit der
    Koalition lobte er …", the set `nominative_pronouns`): the phrase before the verb is its object."""
    after = text[end:].split(maxsplit=2)
    return len(after) >= 2 and after[0][-1:].isalpha() and key(after[1]) in lex.set("nominative_pronouns")


def pronoun_subject_later(words: list[Word], at: int, lex: Lexicons) -> Word | None:
    """A pronoun only a subject takes right after a verb in the main clause that words[at:] go on with,
    before its colon or quotation ("Die Arbeit der Koalition in den ersten Wochen lobte er: …"): the
    phrase that opens the sentence is then its object. Not after a word that opens a clause of its own
    ("…, die er lobte"), nor past a comma."""
    openers = lex.derived("german_clause_openers", lambda: union(
        lex.set("determiners"), lex.set("relative_pronouns"), lex.set("conjunctions"), lex.set("subordinators"),
        lex.set("complementizers")))
    for i in range(at, len(words)):
        previous, word = words[i - 1][2], words[i][2]
        if key(word) in lex.set("nominative_pronouns") and previous.isalpha() and previous.islower() \
                and key(previous) not in openers:
            return words[i]
        if word[-1:] in ",;:" or word[:1] in "„“\"»«":
            return None
    return None
