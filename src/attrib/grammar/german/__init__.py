"""The phrase grammar of German: the shared grammar (attrib.grammar.common) where a capital marks
every noun, so that a title stays with its name ("der zuständige Betriebsratsvorsitzende Jens Kowalski"),
with German's own verb group and clause order (attrib.grammar.german.clauses): the finite auxiliary of
verb-second clauses may stand between the speaker and the participle that closes the clause ("Der
Minister hat am Montag erklärt", the set `split_verb_aux`), a separable verb reports only with its
particle ("teilte … mit", "gab … bekannt", the set `separable_verbs`), a speaker before its cue opens
a main clause (after a comma or a subordinator the verb goes last: "…, die den Plan ablehnen" is no
report of "die"), and a passive of a reporting verb reports impersonally when content follows it
("Ihm wird vorgeworfen, …", "Es wurde bekannt gegeben, dass …"): attributed, with nobody named."""

from __future__ import annotations

import re

from attrib.grammar.common import cues
from attrib.grammar.common.grammar import CommonGrammar
from attrib.grammar.common.phrases import Style
from attrib.grammar.common.words import Word, is_name, key, tokens
from attrib.grammar.german import according, clauses
from attrib.grammar.place import Place
from attrib.grammar.refusal import Refusal
from attrib.model import Sentence, Span
from attrib.rulebook.lexicon import Lexicons


class GermanGrammar(CommonGrammar):
    """The shared grammar with German's separable verbs, clause order and impersonal passives."""

    def trim_noun_phrase(self, text: str, span: Span, offset: int, lex: Lexicons, place: Place) -> Span | Refusal:
        if place.before_cue and clauses.before_decimal_comma(text, span.end - offset):
            return Refusal("mid-clause", "a decimal comma (2,4) ends no phrase")
        if place.before_cue and clauses.subject_after_verb(text, span.end - offset, lex):
            return Refusal("not-a-party", "a subject pronoun follows the verb: the phrase before it is its object")
        nominal = according.according_phrase(text, span, offset, lex, place)
        if nominal is not None:
            return nominal
        found = super().trim_noun_phrase(text, span, offset, lex, place)
        perfect = clauses.subject_before_perfect(text, span, offset, lex) \
            if isinstance(found, Refusal) and found.check == "reads-as-clause" and place.before_cue else None
        if perfect is not None:  # "Der Senator hat eine Initiative angekündigt": the subject before "hat"
            span = found = perfect
        if isinstance(found, Refusal):
            return self._unarticled_phrase(text, span, offset, lex, found)
        first = text[found.start - offset:found.end - offset].split(maxsplit=1)[0]
        before = text[:found.start - offset].split()[-1:]
        if not place.before_cue:
            governed = bool(before) and key(before[0]) in lex.set("prepositions")  # "aus einem Bericht"
            if not place.bare_noun_ok and not governed and key(first) in lex.set("object_articles"):
                return Refusal("not-a-party", f"{first!r} opens an object, not a subject: no speaker")
            if before and clauses.cue_holds_pronoun(before[0], [text[found.start - offset:]], lex):
                return Refusal("not-a-party", f"{first!r} belongs to the cue before it ({before[0]!r} …): no speaker")
            return self._phrase_after_cue(text, found, offset, lex)
        if before and key(before[0]) in lex.set("split_verb_aux"):
            refusal = self._object_after_subject(text, found, offset, lex)
            if refusal is not None:
                return refusal
        opens_clause = not before or before[0].endswith(",") or key(before[0]) in lex.set("coordinators")
        if opens_clause and key(first) in lex.set("object_articles") and not place.bare_noun_ok:
            return Refusal("not-a-party", f"{first!r} opens an object, not a subject: no speaker")
        if not place.open_left:
            return found
        refusal = clauses.subordinate_subject(text, found.start - offset, span.end - offset, lex) \
            or clauses.fronted_phrase(text, span, found, offset, lex) \
            or clauses.governed_phrase(text, found.start - offset, span.end - offset, lex)
        return found if refusal is None else refusal

    @staticmethod
    def _unarticled_phrase(text: str, span: Span, offset: int, lex: Lexicons, refusal: Refusal) -> Span | Refusal:
        """What the shared reading refuses as naming no party but German writes without an article: a
        demonstrative standing alone ("Dieser bestätigte, …", the set `demonstrative_pronouns`), a plural
        noun after its adjectives ("Nun vermelden chinesische Medien, …"), a web site's name in lower
        case ("Wie t-online.de berichtet") and a name in quotation marks ("Wie „heise online“ berichtet")."""
        if refusal.check != "not-a-party":
            return refusal
        words = tokens(text, lex, span.start - offset, span.end - offset)
        words = [w for w in words if key(w[2]) not in lex.set("cue_adverbs")]
        if len(words) == 1 and key(words[0][2]) in lex.set("demonstrative_pronouns"):
            return Span(words[0][0] + offset, words[0][0] + offset + len(words[0][2].rstrip(",;:")))
        phrase = text[words[0][0]:words[-1][1]].rstrip(",;:") if words else ""
        if _WEB_NAME.fullmatch(phrase) or _QUOTED_NAME.fullmatch(phrase):
            return Span(words[0][0] + offset, words[0][0] + offset + len(phrase))
        kept = according.noun_phrase(words, 0, lex)
        if len(kept) < 2 or len(kept) != len(words) or not according.adjective(kept[0][2], lex):
            return refusal
        return Span(kept[0][0] + offset, _phrase_end(text, kept) + offset)

    @staticmethod
    def _object_after_subject(text: str, found: Span, offset: int, lex: Lexicons) -> Refusal | None:
        """Between a verb-second auxiliary and its participle the subject is one noun phrase, then
        adjuncts of time or place ("Am Montag hat der Minister in Berlin erklärt"); a second phrase or
        a negation after it makes the words a clause, whose participle reports no speaker of that
        phrase ("hatte Thaksin seinen Rücktritt bekannt gegeben": the object; "hat Südkorea nicht
        geantwortet")."""
        words = tokens(text, lex, found.start - offset, found.end - offset)
        kept = according.noun_phrase(words, 0, lex)
        if not kept or len(kept) >= len(words):
            return None
        following = key(words[len(kept)][2])
        if following in clauses.adjunct_openers(lex):
            return None
        return Refusal("reads-as-clause", f"{text[found.start - offset:found.end - offset]!r} holds a second "
                       "phrase after its subject: a clause, not a speaker")

    @staticmethod
    def _phrase_after_cue(text: str, found: Span, offset: int, lex: Lexicons) -> Span:
        """After an inverted cue the speaker's phrase ends with its noun or name and their genitives:
        "fordert Zapatero finanzielle Entschädigungen" -> Zapatero, "sagte der Sprecher des Ministeriums
        am Montag" -> der Sprecher des Ministeriums, "warnte der Verband kommunaler Unternehmen" (a
        genitive plural with no article); a pronoun keeps the shared reading."""
        words = tokens(text, lex, found.start - offset, found.end - offset)
        kept = according.noun_phrase(words, 0, lex)
        if kept:
            kept = kept + according.bare_genitive(words, len(kept), lex)  # "der Verband kommunaler Unternehmen"
        if not kept or kept[-1][1] >= found.end - offset:
            return found
        return Span(found.start, _phrase_end(text, kept) + offset)

    def sentence_subject(self, sentence: Sentence, lex: Lexicons) -> Span | Refusal:
        """The shared reading, cut at the verb: a German noun phrase ends at the first lower-case word
        that is no article or adjective ("Die Firma empfindet …" -> Die Firma). After a fronted phrase
        the subject follows the verb ("Im Kongress warb Obama für …: „…“" -> Obama); a name in apposition
        after an unnamed subject is the speaker ("Der Sprecher der Feuerwehr, Jan Kühn, dankte …")."""
        found = super().sentence_subject(sentence, lex)
        opening = sentence.text.split(maxsplit=1)
        fronted = bool(opening) and (key(opening[0]) in lex.set("fronted_words")
                                     or key(opening[0]) in lex.set("prepositions"))
        if fronted:
            after = _subject_after_verb(sentence.text, lex)
            if after is not None:
                return Span(sentence.start + after[0], sentence.start + after[1])
        if isinstance(found, Refusal):
            return found
        if opening and key(opening[0]) in lex.set("fronted_words"):
            return Refusal("no-subject", f"{opening[0]!r} stands before the verb: the subject follows it")
        words = tokens(sentence.text, lex, found.start - sentence.start)  # its adjectives in lower case too
        if words:  # "Die hohen Kosten": an article, no name
            words[0] = clauses.article_lowered(words[0], lex)
        kept = according.noun_phrase(words, 0, lex)
        if not kept:
            return found
        kept = _coordinated(words, kept, lex)
        end = _phrase_end(sentence.text, kept)
        if key(kept[0][2]) in lex.set("object_articles") and not kept[-1][2].endswith(","):
            after = _subject_after_verb(sentence.text, lex, _after_attachments(words, len(kept), lex)
                                        + len(tokens(sentence.text, lex, 0, kept[0][0])))
            if after is not None:  # "Den Unmut der CDU brachte die Sprecherin zum Ausdruck: …"
                return Span(sentence.start + after[0], sentence.start + after[1])
        pronoun = clauses.pronoun_subject_later(words, len(kept), lex)
        if pronoun is not None:  # "Die Arbeit der Koalition in den ersten Wochen lobte er: …" -> er
            start = sentence.start + pronoun[0]
            return Span(start, start + len(pronoun[2].rstrip(",;:")))
        named = _APPOSED_NAME.match(sentence.text, end)  # "Der Sprecher der Feuerwehr, Jan Kühn, dankte …"
        if named and is_name(named.group(1), lex) and key(kept[0][2]) in lex.set("determiners"):
            return Span(sentence.start + named.start(1), sentence.start + named.end(1))
        return Span(sentence.start + kept[0][0], sentence.start + end)

    def classify_source(self, source: str, lex: Lexicons) -> str | None:
        """The shared reading, but a lone noun of the unnamed is no name for its capital ("Experten",
        "Regierungskreisen": anonymous)."""
        kind = super().classify_source(source, lex)
        words = source.split()
        if kind == "named" and len(words) == 1 and (
                key(words[0]) in lex.set("group_nouns") or key(words[0]) in lex.set("anonymity_phrases")):
            return "anonymous"
        return kind

    def content_missing(self, cue: str, after: str, lex: Lexicons) -> bool:
        # a separable verb's particle closing its clause makes the call its content ("rief zum Boykott auf")
        return (cues.content_missing(cue, after, lex) and not clauses.particle_closes(cue, after, lex)) \
            or clauses.particle_missing(cue, after, lex)

    def is_passive(self, cue: str, lex: Lexicons) -> bool:
        return clauses.is_passive(cue, lex)

    def impersonal_report(self, subject: str | None, after: str, lex: Lexicons) -> bool:
        return clauses.impersonal_passive(after, lex)


def _subject_after_verb(text: str, lex: Lexicons, verb: int | None = None) -> tuple[int, int] | None:
    """The subject right after the finite verb of a sentence that opens with a fronted word or a phrase
    of a preposition ("Hier sparte der Bundespräsident …", "Im Kongress warb Obama …", "Dabei griff sie
    …"), or with its object (`verb`: the verb's index among the words; "Den Plan lobte der Minister"):
    (start, end) in `text`, or None when no verb and phrase follow as expected."""
    words = tokens(text, lex)
    if len(words) < 3:
        return None
    if verb is None:
        verb = 1
        if key(words[0][2]) in lex.set("prepositions"):
            verb = 1 + len(according.noun_phrase(words, 1, lex))
    if not _verb_at(words, verb, lex):
        return None
    if key(words[verb + 1][2]) in lex.set("reflexive_pronouns") and verb + 2 < len(words):
        verb += 1  # "Im ersten Satz beruft sich die Bank darauf": the subject after the reflexive
    first = key(words[verb + 1][2])
    if first in lex.set("subject_pronouns") or first in lex.set("demonstrative_pronouns"):
        return words[verb + 1][0], words[verb + 1][0] + len(words[verb + 1][2].rstrip(",;:"))
    kept = according.noun_phrase(words, verb + 1, lex)
    if not kept or key(kept[0][2]) in lex.set("object_articles") or key(kept[0][2]) in lex.set("prepositions"):
        return None
    return kept[0][0], _phrase_end(text, kept)


def _coordinated(words: list[Word], kept: list[Word], lex: Lexicons) -> list[Word]:
    """A subject of two phrases joined by a coordinator before the verb ("CDU und FDP setzten …",
    "Die Bank und der Fonds geben … bekannt"): both; the first alone when no verb follows the second."""
    at = len(kept)
    if at + 1 >= len(words) or kept[-1][2][-1:] in ",;:" or key(words[at][2]) not in lex.set("coordinators"):
        return kept
    rest = words[at + 1:]
    if rest:
        rest[0] = clauses.article_lowered(rest[0], lex)
    second = according.noun_phrase(rest, 0, lex)
    if not second or len(second) >= len(rest) or not _verb_at(rest, len(second), lex):
        return kept
    return words[:at + 1 + len(second)]


def _after_attachments(words: list[Word], at: int, lex: Lexicons) -> int:
    """The index after the phrases of prepositions that follow words[:at] ("Den Unmut der CDU über
    Stoibers Äußerungen brachte …" -> the index of "brachte")."""
    while at + 1 < len(words) and key(words[at][2]) in lex.set("prepositions"):
        attached = according.noun_phrase(words, at + 1, lex)
        if not attached:
            break
        at += 1 + len(attached)
    return at


def _verb_at(words: list[Word], verb: int, lex: Lexicons) -> bool:
    """words[verb] may be a finite verb: a word in lower case, no article, preposition or conjunction,
    with a word after it."""
    if verb + 1 >= len(words):
        return False
    word = words[verb][2]
    k = key(word)
    return word[:1].islower() and word.isalpha() and k not in lex.set("determiners") \
        and k not in lex.set("prepositions") and k not in lex.set("conjunctions")


#: a name in apposition after a phrase, between commas: ", Jan Kühn,"
_APPOSED_NAME = re.compile(r",\s+([^\s,;:]+(?:\s+[^\s,;:]+){0,3}),")
#: a web site's name as written, in lower case: "t-online.de", "bildblog.de"
_WEB_NAME = re.compile(r"[a-z0-9][\w-]*(?:\.[\w-]+)*\.[a-z]{2,4}")
#: a name written wholly in quotation marks: "„heise online“"
_QUOTED_NAME = re.compile(r"[„»«\"“][^„“”»«\"]{1,40}[“”«»\"]")


def _phrase_end(text: str, kept: list[Word]) -> int:
    """Where a noun phrase of according.noun_phrase ends in `text`, its trailing , ; or : left out."""
    end = kept[-1][1]
    while end > kept[0][0] and text[end - 1] in ",;:":
        end -= 1
    return end


GRAMMAR = GermanGrammar(Style(nouns_capitalised=True))
