"""The phrase grammar of the Romance packs (French, Spanish; any pack whose `language` lexicon says
`grammar: romance`): the shared grammar (attrib.grammar.common) with names written apart from their
nouns, so that a title or description before a name is dropped ("le président Obama" -> Obama,
"La guía de turismo chilena Rosa Quispe" -> Rosa Quispe), and articles and pronouns
elided onto the next word read as words of their own ("l'ancien porte-parole", "d'après", the pack's
`elided_words`). What the two languages do apart is their words: French writes the subject pronoun
onto an inverted cue ("explique-t-il", the cue lexicon's `inverted_subjects`), Spanish drops it
("…», añadió.", the language lexicon's `drops_subjects`); the resolvers give both their speaker."""

from __future__ import annotations

from attrib.grammar.common.grammar import CommonGrammar
from attrib.grammar.common.phrases import Style

GRAMMAR = CommonGrammar(Style(nouns_capitalised=False))
