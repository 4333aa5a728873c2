"""The shared grammars as one class: every function of `attrib.grammar.Grammar`, reading its words
from the pack's lexicons and steered by the language's Style. A language module makes its grammar an
instance of it (attrib.grammar.romance) or of a subclass that overrides what its language does its
own way (attrib.grammar.german)."""

from __future__ import annotations

from collections.abc import Mapping

from attrib.grammar.common import clauses, cues, phrases, sources, words
from attrib.grammar.common.phrases import Style
from attrib.grammar.place import Place
from attrib.grammar.refusal import Refusal
from attrib.model import Sentence, Span
from attrib.rulebook.lexicon import Lexicons, Outlet

#: the names of the shared grammars' refusals of a phrase, with what each refuses
REFUSALS: dict[str, str] = {
    "no-words": "the phrase slot caught no words",
    "mid-clause": "a phrase that opens the match starts in the middle of a clause",
    "no-speaker-left": "nothing is left once an opening phrase is dropped",
    "too-long": f"the phrase has more than {words.MAX_SOURCE_WORDS} words",
    "verb-inside": "an auxiliary inside the phrase makes it a clause",
    "reads-as-clause": "what stands between the phrase and its cue is no adjunct: the words are a clause",
    "pronoun-clause": "a pronoun is a whole subject, and more follows it",
    "not-a-party": "the phrase names no party: no name, determiner, pronoun, role or anonymity phrase",
    "clause-after-cue": "after the cue comes a clause, not a speaker ('a déclaré que ...')",
    "bare-noun": "a lone common noun after the cue is no source",
    "no-subject": "the sentence has no subject that can be its speaker (source_shape: subject)",
}


class CommonGrammar:
    """The Grammar protocol over a pack's word lists (see the module docstring)."""

    REFUSALS: Mapping[str, str] = REFUSALS

    def __init__(self, style: Style) -> None:
        self.style = style

    # --- clauses and sentences
    def clause_starts(self, text: str, lex: Lexicons, until: int | None = None) -> list[int]:
        return clauses.clause_starts(text, lex, until)

    def opens_with_subordinator(self, text: str, start: int, lex: Lexicons) -> bool:
        return clauses.opens_with_subordinator(text, start, lex)

    def lower_headline_cues(self, sentence: Sentence, lex: Lexicons) -> Sentence:
        return clauses.lower_headline_cues(sentence, lex)

    def sentence_subject(self, sentence: Sentence, lex: Lexicons) -> Span | Refusal:
        return clauses.sentence_subject(sentence, lex, self.style)

    # --- a speaker's phrase
    def trim_noun_phrase(self, text: str, span: Span, offset: int, lex: Lexicons, place: Place) -> Span | Refusal:
        return phrases.trim_noun_phrase(text, span, offset, lex, place, self.style)

    def is_name(self, text: str, lex: Lexicons) -> bool:
        return words.is_name(text, lex)

    def heading_label(self, label: str, after: str, sentence_n: int, lex: Lexicons) -> str | None:
        return clauses.heading_label(label, after, sentence_n, lex)

    def name_in_apposition(self, sentence: Sentence, slots: dict[str, Span], lex: Lexicons) -> Span | None:
        return sources.name_in_apposition(sentence, slots, lex)

    def is_relative_pronoun(self, word: str, lex: Lexicons) -> bool:
        return sources.is_relative_pronoun(word, lex)

    def head_noun(self, words_: list[str], lex: Lexicons) -> str:
        return words.head_noun(words_, lex)

    def follows_preposition(self, before: str, lex: Lexicons) -> bool:
        return words.follows_preposition(before, lex)

    def longer_name_after(self, rest: str, lex: Lexicons) -> str | None:
        return clauses.longer_name_after(rest, lex)

    def is_possessive(self, text: str, lex: Lexicons) -> bool:
        return words.is_possessive(text, lex)

    # --- the cue
    def cue_words(self, cue: str, lex: Lexicons) -> str:
        return cues.cue_words(cue, lex)

    def cue_kind(self, cue: str, lex: Lexicons) -> str | None:
        return cues.cue_kind(cue, lex)

    def negating_phrase(self, before: str, lex: Lexicons) -> str | None:
        return cues.negating_phrase(before, lex)

    def is_passive(self, cue: str, lex: Lexicons) -> bool:
        return cues.is_passive(cue, lex)

    def impersonal_report(self, subject: str | None, after: str, lex: Lexicons) -> bool:
        return cues.impersonal_report(subject, after, lex)

    def request_without_question(self, kind: str | None, after: str, lex: Lexicons) -> bool:
        return cues.request_without_question(kind, after, lex)

    def action_before_to(self, cue: str, after: str, lex: Lexicons) -> bool:
        return cues.action_before_to(cue, after, lex)

    def participle_before_agent(self, cue: str, after: str, lex: Lexicons) -> bool:
        return cues.participle_before_agent(cue, after, lex)

    def belief_before_to(self, cue: str, kind: str | None, after: str, lex: Lexicons) -> bool:
        return cues.belief_before_to(cue, kind, after, lex)

    def content_missing(self, cue: str, after: str, lex: Lexicons) -> bool:
        return cues.content_missing(cue, after, lex)

    def holds_verb(self, text: str, lex: Lexicons) -> bool:
        return cues.holds_verb(text, lex)

    def participle_modifier(self, cue: str, after: str, lex: Lexicons) -> bool:
        return cues.participle_modifier(cue, after, lex)

    def naming_participle(self, before: str, cue: str, after: str, lex: Lexicons) -> bool:
        return False  # (the English grammar reads "a group called X"; the other packs have no such rule yet)

    def state_not_view(self, cue: str, after: str, lex: Lexicons) -> bool:
        return False  # (the English grammar reads "found himself in trouble"; the other packs not yet)

    def later_speech_cue(self, text: str, after: int, lex: Lexicons) -> tuple[int, int] | None:
        return cues.later_speech_cue(text, after, lex)

    def cue_reads_as_noun(self, cue: str, before: str, after: str, lex: Lexicons) -> bool:
        return cues.cue_reads_as_noun(cue, before, after, lex)

    def cue_before_role(self, cue: str, after: str, lex: Lexicons) -> bool:
        # a noun before a role noun in one title ("press secretary") is English's order: German writes
        # the title as one word ("Pressesprecher"), French and Spanish put the noun after ("attaché de presse")
        return False

    # --- who stands behind a source
    def classify_source(self, source: str, lex: Lexicons) -> str | None:
        return sources.classify_source(source, lex, self.style)

    def outlet_after_description(self, text: str, lex: Lexicons) -> tuple[int, Outlet, int] | None:
        return sources.outlet_after_description(text, lex, self.style)

    def described_speaker(self, source: str, lex: Lexicons) -> str | None:
        return sources.described_speaker(source, lex, self.style)

    def described_source(self, written: str, name: str, lex: Lexicons) -> str:
        # the guide's speaker is the name alone ("le quotidien Le Monde" -> Le Monde); where nouns are
        # capitalised a description stays with its name as a title does (German: "Die Nachrichtenagentur AP")
        return written if self.style.nouns_capitalised else name

    def outlet_that_saw(self, source: str, lex: Lexicons) -> str | None:
        return sources.outlet_that_saw(source, lex)

    def document_owner(self, source: str, lex: Lexicons) -> str | None:
        return sources.document_owner(source, lex)

    def document_author(self, source: str, lex: Lexicons) -> tuple[str, tuple[int, int]] | None:
        return sources.document_author(source, lex)

    def relative_antecedent(self, before: str, lex: Lexicons) -> str | None:
        return sources.relative_antecedent(before, lex)
