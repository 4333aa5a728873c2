"""The word lists the entity table reads, gathered once per Lexicons: which words title a name, which
open a phrase but are no part of a name, which pronouns stand for whom, which nouns show a gender or
an organisation's class. Every word comes from the lexicons (rules/lexicons/entities.yaml and the
grammar and anonymity lexicons), so a language pack that brings the same sets brings its own words."""

from __future__ import annotations

from typing import Any

from attrib.record import Record
from attrib.rulebook.lexicon import Lexicons

#: genders and numbers as the table records them
MALE, FEMALE = "male", "female"
SINGULAR, PLURAL = "singular", "plural"


class EntityWords(Record):
    """Lower-case word sets, built once from the lexicons (and not changed after)."""

    __slots__ = ("abbreviations", "affiliations", "articles", "classes", "dates", "definite", "document_nouns",
                 "female", "female_pronouns", "first_person", "governments", "group_keys", "group_nouns", "honorifics",
                 "joiners", "keep_keys", "male", "male_pronouns", "name_kinds", "narrative_keys", "near_keys",
                 "not_names", "not_party", "not_person", "not_person_first", "organisation", "particles",
                 "person_pronouns", "person_relatives", "plural_endings", "plural_possessives", "plural_pronouns",
                 "possessives", "pronouns", "relative_pronouns", "role_nouns", "suffixes", "thing_pronouns",
                 "title_objects", "titles", "titles_and_honorifics", "unclassed_ok", "word_readings")

    def __init__(self, *, titles: frozenset[str], honorifics: frozenset[str], male: frozenset[str],
                 female: frozenset[str], suffixes: frozenset[str], particles: frozenset[str], joiners: frozenset[str],
                 title_objects: frozenset[str], affiliations: frozenset[str], not_names: frozenset[str],
                 articles: frozenset[str], definite: frozenset[str], possessives: tuple[str, ...],
                 plural_possessives: tuple[str, ...], organisation: frozenset[str],
                 classes: tuple[tuple[str, frozenset[str]], ...], governments: frozenset[str],
                 not_person: frozenset[str], not_person_first: frozenset[str], dates: frozenset[str],
                 not_party: frozenset[str], role_nouns: frozenset[str], group_nouns: frozenset[str],
                 plural_endings: tuple[str, ...], person_pronouns: frozenset[str], thing_pronouns: frozenset[str],
                 plural_pronouns: frozenset[str], unclassed_ok: frozenset[str], first_person: frozenset[str],
                 relative_pronouns: frozenset[str], person_relatives: frozenset[str], male_pronouns: frozenset[str],
                 female_pronouns: frozenset[str], document_nouns: frozenset[str], abbreviations: frozenset[str],
                 group_keys: frozenset[str], keep_keys: frozenset[str], near_keys: frozenset[str],
                 narrative_keys: frozenset[str], pronouns: frozenset[str]) -> None:
        self.titles = titles  # words that title a name: "Mayor", "Superintendent", "spokesman"
        self.honorifics = honorifics  # "Mr", "Dr": belong to the name as written
        self.male = male  # titles and nouns that show a man
        self.female = female
        self.suffixes = suffixes  # "Jr", "QC"
        self.particles = particles  # "al", "van": lower-case words inside a person's name
        self.joiners = joiners  # "of", "&": lower-case words inside an organisation's name
        self.title_objects = title_objects  # "of", "to": "Secretary of State Mike Pompeo"
        self.affiliations = affiliations  # "of", "from", "at": "Jane Roe of Acme Corp"
        self.not_names = not_names  # capitalised words that open a phrase but are no name: "For", "But"
        self.articles = articles
        self.definite = definite
        self.possessives = possessives  # "'s"
        self.plural_possessives = plural_possessives  # "s'"
        self.organisation = organisation  # words that make a name an organisation's: "Ministry", "Inc"
        self.classes = classes  # (class, its words): "the company" -> business
        self.governments = governments  # countries and capitals, as whole names
        self.not_person = not_person  # a run ending in one is no person: "Christmas Day"
        self.not_person_first = not_person_first  # a run opening with one is no person: "New Brunswick"
        self.dates = dates  # "Nov", "Dec": a date follows, not a name
        self.not_party = not_party  # alone, no party: "Russian" (drills), "October"; in a name, part of it
        self.role_nouns = role_nouns  # heads of unnamed speakers: "spokesman", "official"
        self.group_nouns = group_nouns  # "officials", "police": many speaking as one
        self.plural_endings = plural_endings  # "s": "inspectors"
        self.person_pronouns = person_pronouns
        self.thing_pronouns = thing_pronouns
        self.plural_pronouns = plural_pronouns
        self.unclassed_ok = unclassed_ok  # classes often named without their word: "the company" may be any firm
        self.first_person = first_person  # "we": the writer's or the speaker's own side
        self.relative_pronouns = relative_pronouns
        self.person_relatives = person_relatives  # "who": a relative pronoun that stands for a person
        self.male_pronouns = male_pronouns
        self.female_pronouns = female_pronouns
        self.document_nouns = document_nouns
        self.abbreviations = abbreviations  # words that keep their period: "Dr.", "Jr.", "U.S."
        self.group_keys = group_keys  # group nouns and the plurals of role nouns: "officials", "inspectors"
        self.keep_keys = keep_keys  # lower-case words the table reads anywhere: "he", "officials", "the"
        self.near_keys = near_keys  # ... and next to a name only: "of", "spokeswoman", "chipmaker", "to"
        #: words that may mention a party in narrative: "he", "officials", "the" (+ "mayor"), "his"
        self.narrative_keys = narrative_keys
        #: the person, thing and plural pronouns together
        self.pronouns = pronouns
        #: titles and honorifics together: the words a titled name starts with
        self.titles_and_honorifics = titles | honorifics
        self.word_readings: dict[str, Any] = {}  # what a word is to the table (tokens.py: a bounded cache)
        self.name_kinds: dict[tuple[str, bool, bool], str] = {}  # what a name is (mentions.py: bounded)


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
    words.keep_keys, words.near_keys, words.narrative_keys = anywhere, near, narrative
    return words


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
