"""The word lists the entity table reads, gathered once per Lexicons: which words title a name, which
open a phrase but are no part of a name, which pronouns stand for whom, which nouns show a gender or
an organisation's class. Every word comes from the lexicons (rules/lexicons/entities.yaml and the
grammar and anonymity lexicons), so a language pack that brings the same sets brings its own words."""

from __future__ import annotations

from dataclasses import dataclass, replace

from attrib.rulebook.lexicon import Lexicons

#: genders and numbers as the table records them
MALE, FEMALE = "male", "female"
SINGULAR, PLURAL = "singular", "plural"


@dataclass(frozen=True, slots=True)
class EntityWords:
    """Lower-case word sets, built once from the lexicons."""

    titles: frozenset[str]  # words that title a name: "Mayor", "Superintendent", "spokesman"
    honorifics: frozenset[str]  # "Mr", "Dr": belong to the name as written
    male: frozenset[str]  # titles and nouns that show a man
    female: frozenset[str]
    suffixes: frozenset[str]  # "Jr", "QC"
    particles: frozenset[str]  # "al", "van": lower-case words inside a person's name
    joiners: frozenset[str]  # "of", "&": lower-case words inside an organisation's name
    title_objects: frozenset[str]  # "of", "to": "Secretary of State Mike Pompeo"
    affiliations: frozenset[str]  # "of", "from", "at": "Jane Roe of Acme Corp"
    not_names: frozenset[str]  # capitalised words that open a phrase but are no name: "For", "But"
    articles: frozenset[str]
    definite: frozenset[str]
    possessives: tuple[str, ...]  # "'s"
    plural_possessives: tuple[str, ...]  # "s'"
    organisation: frozenset[str]  # words that make a name an organisation's: "Ministry", "Inc"
    classes: tuple[tuple[str, frozenset[str]], ...]  # (class, its words): "the company" -> business
    governments: frozenset[str]  # countries and capitals, as whole names
    not_person: frozenset[str]  # a run ending in one is no person: "Christmas Day"
    not_person_first: frozenset[str]  # a run opening with one is no person: "New Brunswick"
    dates: frozenset[str]  # "Nov", "Dec": a date follows, not a name
    not_party: frozenset[str]  # alone, no party: "Russian" (drills), "October"; in a name, part of it
    role_nouns: frozenset[str]  # heads of unnamed speakers: "spokesman", "official"
    group_nouns: frozenset[str]  # "officials", "police": many speaking as one
    plural_endings: tuple[str, ...]  # "s": "inspectors"
    person_pronouns: frozenset[str]
    thing_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    unclassed_ok: frozenset[str]  # classes often named without their word: "the company" may be any firm
    first_person: frozenset[str]  # "we": the writer's or the speaker's own side
    relative_pronouns: frozenset[str]
    person_relatives: frozenset[str]  # "who": a relative pronoun that stands for a person
    male_pronouns: frozenset[str]
    female_pronouns: frozenset[str]
    document_nouns: frozenset[str]
    abbreviations: frozenset[str]  # words that keep their period: "Dr.", "Jr.", "U.S."
    group_keys: frozenset[str]  # group nouns and the plurals of role nouns: "officials", "inspectors"
    keep_keys: frozenset[str]  # lower-case words the table reads anywhere: "he", "officials", "the"
    near_keys: frozenset[str]  # ... and next to a name only: "of", "spokeswoman", "chipmaker", "to"
    #: words that may mention a party in narrative: "he", "officials", "the" (+ "mayor"), "his"
    narrative_keys: frozenset[str]
    #: the person, thing and plural pronouns together
    pronouns: frozenset[str]


    def gender_of(self, word: str) -> str | None:
        """The gender a title, honorific or noun shows ("Ms" -> female), or None."""
        if word in self.male:
            return MALE
        return FEMALE if word in self.female else None

    def is_group(self, key: str) -> bool:
        """"officials", "inspectors": many speaking as one (a group noun, or a role noun's plural)."""
        return key in self.group_keys

    def classes_of(self, words: frozenset[str]) -> frozenset[str]:
        """The organisation classes the words name ("airline" -> business)."""
        if words.isdisjoint(self.organisation):
            return frozenset()
        return frozenset(name for name, members in self.classes if words & members)


def entity_words(lex: Lexicons) -> EntityWords:
    """The entity table's word lists for these lexicons (built once per Lexicons)."""
    return lex.derived("entity_words", lambda: _with_kept(_build(lex), lex))


def _with_kept(words: EntityWords, lex: Lexicons) -> EntityWords:
    anywhere, near = _kept(words, lex)
    narrative = lex.set("subject_pronouns") | words.group_keys | words.definite | words.male_pronouns \
        | words.female_pronouns
    return replace(words, keep_keys=anywhere, near_keys=near, narrative_keys=narrative)


def _kept(words: EntityWords, lex: Lexicons) -> tuple[frozenset[str], frozenset[str]]:
    s = lex.set
    anywhere = frozenset().union(words.definite, words.group_keys, words.pronouns, words.relative_pronouns,
                                 words.male_pronouns, words.female_pronouns, s("subject_pronouns"))
    near = frozenset().union(
        words.titles, words.honorifics, words.male, words.female, words.particles, words.joiners,
        words.title_objects, words.affiliations, words.articles, words.organisation, s("prepositions"),
        s("coordinators")) - anywhere
    return anywhere, near


def _build(lex: Lexicons) -> EntityWords:
    s = lex.set
    honorifics = s("honorifics")
    titles = (s("person_titles") | s("role_nouns") | s("entity_titles")) - honorifics
    closed = (s("articles") | s("prepositions") | s("conjunctions") | s("subordinators")
              | s("leading_adverbs") | s("clause_boundaries") | s("time_openers") | s("personal_pronouns")
              | s("relative_pronouns") | s("question_words") | s("cannot_start_phrase") | lex.split.openers
              | lex.split.before_number)
    roles = s("role_nouns") | s("entity_titles") | s("person_titles")
    class_names = sorted(s("organisation_classes"))
    classes = tuple((name, s(name)) for name in class_names)
    organisation = s("organisation_words").union(*(members for _, members in classes))
    return EntityWords(
        titles=frozenset(t for t in titles if " " not in t),
        honorifics=honorifics,
        male=s("male_titles") | s("male_nouns"),
        female=s("female_titles") | s("female_nouns"),
        suffixes=s("name_suffixes"),
        particles=s("name_particles"),
        joiners=(s("name_joiners") | s("name_connectors") | s("organisation_name_joins")) - s("name_particles"),
        title_objects=s("title_object_joins"),
        affiliations=s("affiliation_words"),
        not_names=frozenset(w for w in closed if w not in honorifics and w not in titles),
        articles=s("articles"),
        definite=s("definite_articles"),
        possessives=tuple(sorted(s("possessive_endings"))),
        plural_possessives=tuple(sorted(s("plural_possessive_endings"))),
        organisation=frozenset(w for w in organisation if " " not in w),
        classes=classes,
        governments=s("governments") | s("place_names"),
        not_person=s("not_person_words"),
        not_person_first=s("not_person_first_words"),
        dates=lex.split.before_number,
        not_party=s("not_party_words"),
        role_nouns=roles,
        group_nouns=s("group_nouns"),
        plural_endings=tuple(sorted(s("plural_endings"))),
        person_pronouns=s("person_pronouns"),
        thing_pronouns=s("thing_pronouns"),
        plural_pronouns=s("plural_pronouns"),
        pronouns=s("person_pronouns") | s("thing_pronouns") | s("plural_pronouns"),
        unclassed_ok=s("classes_named_without_their_word"),
        first_person=s("first_person_pronouns"),
        relative_pronouns=s("relative_pronouns"),
        person_relatives=s("person_relative_pronouns"),
        male_pronouns=s("male_pronouns"),
        female_pronouns=s("female_pronouns"),
        document_nouns=s("document_nouns"),
        abbreviations=lex.split.titles | lex.split.other,
        group_keys=s("group_nouns") | {role + e for role in roles for e in s("plural_endings")},
        keep_keys=frozenset(),
        near_keys=frozenset(),
        narrative_keys=frozenset(),
    )
