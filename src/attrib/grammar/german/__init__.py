"""The phrase grammar of German: the shared grammar (attrib.grammar.common) where a capital marks
every noun, so that a title stays with its name ("der zuständige Gewerkschaftsvorstand Uwe Foullong"),
with German's own verb group: the finite auxiliary of verb-second clauses may stand between the
speaker and the participle that closes the clause ("Der Minister hat am Montag erklärt", the set
`split_verb_aux`), a separable verb reports only with its particle ("teilte … mit", "gab … bekannt",
the set `separable_verbs`), and a passive of a reporting verb reports impersonally ("Ihm wird
vorgeworfen, …", "Es wurde bekannt gegeben, dass …"): attributed, with nobody named."""

from __future__ import annotations

from attrib.grammar.common import cues
from attrib.grammar.common.grammar import CommonGrammar
from attrib.grammar.common.phrases import Style
from attrib.rulebook.lexicon import Lexicons


class GermanGrammar(CommonGrammar):
    """The shared grammar with German's separable verbs and impersonal passives."""

    def content_missing(self, cue: str, after: str, lex: Lexicons) -> bool:
        return cues.content_missing(cue, after, lex) or cues.separable_particle_missing(cue, after, lex)

    def impersonal_report(self, subject: str | None, after: str, lex: Lexicons) -> bool:
        return True  # "wird vorgeworfen", "wurde bekannt gegeben": a passive report names nobody


GRAMMAR = GermanGrammar(Style(nouns_capitalised=True))
