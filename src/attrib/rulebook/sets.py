"""The word sets attrib's code reads by name, declared in one place.

Lexicons.set() knows exactly these (every one exists, empty when no lexicon lists a word) and the
sets a lexicon file fills under `sets:` for its rules; any other name is an error, never an empty set.
A lexicon file may fill a declared set, a set one of the loaded rules uses (`<name>`, `{slot:name}`,
`{cue:name}`), or nothing else: a misspelt set name is reported with its file:line:column.
docs/rules.md says what each set is for.
"""

from __future__ import annotations

#: the sets made from the structured lexicons (cues, outlets, anonymity, documents, channels); the cue
#: lexicon also makes one set per cue kind (speech, position, belief, ...), whose names are its data
PROVIDED = frozenset({
    "reporting", "told", "nominal", "ing_forms", "outlets", "anonymity_phrases", "role_nouns", "document_nouns",
    "channel_nouns", "platforms", "subject_inverted",
})

#: the sets the code reads, by reader
READ = frozenset({
    # the pattern compiler (rulebook.compiler) and the sentence splitter's quote tags
    "aux", "cue_adverbs", "participles", "ing_forms", "present_participle_endings", "phrase_cannot_end",
    "phrase_cannot_end_in_lower_case", "cannot_start_phrase", "outlet_descriptors", "definite_articles",
    "possessive_endings", "channel_openers", "platform_prepositions", "platform_owners", "platform_places",
    "channel_nouns", "platforms", "name_particles", "name_joiners", "name_connectors", "outlet_name_joiners",
    "inverted", "quoted_name_marks", "ly_non_adverbs",
    # the English grammar (attrib.grammar.english) and the engine's checks
    "according", "actions_before_to", "adverb_endings", "affiliation_words", "after_cue_joins", "agent_markers",
    "anonymity_phrases", "approximators", "articles", "author_markers", "auxiliary_clitics", "blocked_before",
    "clause_boundaries", "complementizers", "conjunctions", "coordinators", "correlatives", "dashes",
    "definite_determiners", "determiners", "document_nouns", "expletive_pronouns", "honorifics",
    "infinitive_markers", "is_clitics", "leading_adverbs", "mass_document_nouns", "not_speaker_labels",
    "number_words", "object_determiners", "organisation_words", "partitives", "passive_aux", "passive_breakers",
    "past_participle_endings", "person_titles", "personal_pronouns", "plural_endings", "plural_possessive_endings",
    "prepositions", "pronoun_companions", "question_words", "ratio_words", "relative_pronouns", "role_nouns",
    "seen_by_verbs", "share_words", "subject_pronouns", "subordinators", "time_openers", "title_object_joins",
    "topic_prepositions", "unnamed_pronouns", "generic_outlet_descriptors", "news_words", "heading_words",
    "function_words", "cues_needing_content", "speech_act_nouns", "belief_adjectives", "noun_like_cues",
    "noun_determiners", "noun_prepositions", "yielding_cues", "speech_participles", "speech_and_cues",
    "negating_determiners", "adjective_markers", "superlatives", "phrasal_cues", "participle_modifiers",
    "time_phrases", "year_prepositions", "unnamed_quantities", "phrase_prepositions", "share_scopes",
    "participles_alone", "noun_compound_modifiers", "other_sense_phrasals",
    "naming_participles", "state_verbs", "feeling_verbs", "reflexive_pronouns", "ing_nouns",
    # the shared grammar of the German and Romance packs (attrib.grammar.common)
    "elided_words", "genitive_links", "split_verb_aux", "separable_verbs", "indefinite_determiners",
    # German clause order (attrib.grammar.german)
    "verb_final_openers", "fronted_words", "object_articles", "according_heads", "according_nach",
    "according_words", "according_after", "not_adjectives", "adjective_endings", "demonstrative_pronouns",
    "according_origins", "genitive_only_links", "nominative_pronouns",
    # who speaks when no phrase names the speaker (attrib.resolve.speakers)
    "backward_frames", "reported_speech_forms", "running_report_forms", "hearsay_modals", "perfect_infinitives",
    "pronominal_cues",
    # the resolvers (attrib.resolve) and their entity table
    "credit_phrases", "organisation_name_joins", "person_pronouns", "place_names", "plural_pronouns",
    "first_person_pronouns", "thing_pronouns", "male_pronouns", "female_pronouns", "male_titles", "female_titles",
    "male_nouns",
    "female_nouns", "entity_titles", "name_suffixes", "governments", "group_nouns", "not_party_words",
    "not_person_first_words", "not_person_words", "organisation_classes", "government_classes",
    "classes_named_without_their_word", "person_relative_pronouns",
    # saved web pages (attrib.inputs.html)
    "embed_classes", "read_more_labels",
})

#: sets whose words are names of other sets, read too (the entity table's organisation classes)
NAME_LISTS = frozenset({"organisation_classes", "government_classes", "classes_named_without_their_word"})

DECLARED = READ | PROVIDED


class UnknownSet(LookupError):
    """Code asked for a word set nobody declared (a typo in attrib itself: see rulebook.sets)."""

    def __init__(self, name: str) -> None:
        super().__init__(f"no word set {name!r}: the sets attrib reads are declared in attrib.rulebook.sets")
        self.name = name
