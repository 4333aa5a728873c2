"""English phrase knowledge: pure functions over the lexicons, with every word read from
rules/lexicons/*.yaml. `attrib.grammar.Grammar` lists what the engine and the resolvers use."""

from attrib.grammar.english.clauses import clause_starts, lower_headline_cues, opens_with_subordinator
from attrib.grammar.english.cues import (
    action_before_to,
    belief_before_to,
    content_missing,
    cue_before_role,
    cue_kind,
    cue_reads_as_noun,
    cue_words,
    holds_verb,
    impersonal_report,
    is_passive,
    later_speech_cue,
    naming_participle,
    negating_phrase,
    participle_before_agent,
    participle_modifier,
    request_without_question,
    state_not_view,
)
from attrib.grammar.english.names import heading_label, longer_name_after, name_in_apposition
from attrib.grammar.english.phrases import trim_noun_phrase
from attrib.grammar.english.refusals import REFUSALS
from attrib.grammar.english.sources import (
    classify_source,
    described_source,
    described_speaker,
    document_author,
    document_owner,
    is_relative_pronoun,
    outlet_after_description,
    outlet_that_saw,
    relative_antecedent,
)
from attrib.grammar.english.subject import sentence_subject
from attrib.grammar.english.words import follows_preposition, head_noun, is_name, is_possessive

__all__ = [
    "REFUSALS",
    "action_before_to", "belief_before_to", "classify_source", "clause_starts", "content_missing", "cue_before_role",
    "cue_kind", "cue_reads_as_noun", "cue_words", "described_source", "described_speaker",
    "document_author", "document_owner",
    "follows_preposition", "head_noun", "heading_label", "holds_verb", "impersonal_report", "is_name", "is_passive",
    "is_possessive", "is_relative_pronoun", "later_speech_cue", "longer_name_after", "lower_headline_cues",
    "name_in_apposition", "naming_participle", "negating_phrase", "opens_with_subordinator", "outlet_after_description",
    "outlet_that_saw", "participle_before_agent", "participle_modifier", "relative_antecedent",
    "request_without_question", "sentence_subject", "state_not_view", "trim_noun_phrase",
]
