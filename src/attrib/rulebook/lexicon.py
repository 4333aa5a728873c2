"""Lexicons: the word lists in rules/lexicons/*.yaml, merged across layers and indexed for lookup.

A lexicon file names itself with `lexicon: NAME`. Files of the same name merge: lists of words are
united, lists of entries (outlets, verbs) merge by their `name` / `lemma` / `phrase`, so a user adds
an alias or a cue without copying the shipped list.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any, TypeVar, cast

from attrib.record import FrozenRecord, Record
from attrib.rulebook.sets import READ, UnknownSet

T = TypeVar("T")

#: keys that identify an entry inside a list of mappings, for merging
_ENTRY_KEYS = ("name", "lemma", "phrase", "id")
#: cue kinds that make a sentence attributed when they are the cue ("believe" counts only as main verb)
REPORTING_KINDS = ("speech", "position", "distancing", "report")


def merge(base: Any, extra: Any) -> Any:
    """Merge two lexicon structures: mappings recursively, lists by entry key or as a set union."""
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for key, value in extra.items():
            out[key] = merge(out[key], value) if key in out else value
        return out
    if isinstance(base, list) and isinstance(extra, list):
        return _merge_lists(base, extra)
    return extra


def _entry_key(item: Any) -> str | None:
    if isinstance(item, dict):
        for key in _ENTRY_KEYS:
            if key in item:
                return f"{key}={str(item[key]).lower()}"
    return None


def _merge_lists(base: list[Any], extra: list[Any]) -> list[Any]:
    out = list(base)
    index = {k: i for i, item in enumerate(out) if (k := _entry_key(item))}
    seen_scalars = {str(x).lower() for x in out if not isinstance(x, dict | list)}
    for item in extra:
        key = _entry_key(item)
        if key is not None and key in index:
            out[index[key]] = merge(out[index[key]], item)
        elif key is not None:
            index[key] = len(out)
            out.append(item)
        elif isinstance(item, dict | list) or str(item).lower() not in seen_scalars:
            seen_scalars.add(str(item).lower())
            out.append(item)
    return out


def _words(values: Iterable[Any]) -> frozenset[str]:
    return frozenset(str(v).strip().lower() for v in values if str(v).strip())


@lru_cache(maxsize=128)
def union(*sets: frozenset[str]) -> frozenset[str]:
    """Word sets united once, not on every sentence (a frozenset keeps its hash, so the lookup is cheap)."""
    return frozenset().union(*sets)


def alternation(words: Iterable[str]) -> str:
    """A regex group matching any of the words, longest first."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) + ")"


# compiled once: names are normalised for every claim and every outlet lookup
_SPACES = re.compile(r"\s+")
_THE = re.compile(r"^the ")
_POSSESSIVE = re.compile(r"'s$")
_LEADING_THE = re.compile(r"^[Tt]he\s+")
_WORD_RUN = re.compile(r"\S+")
#: a run of letters and digits: a name's last one is what the outlet look-up filters on
ALNUM_RUN = re.compile(r"[^\W_]+")


def _last_runs(names: Iterable[str]) -> frozenset[str] | None:
    """The last letter-and-digit run of each name, lower-cased; None when a name has none."""
    ends: set[str] = set()
    for name in names:
        runs = ALNUM_RUN.findall(name.lower())
        if not runs:
            return None
        ends.add(runs[-1])
    return frozenset(ends)


def normalize_name(name: str) -> str:
    """Lower-case, curly apostrophes straightened, a leading "the" and a possessive dropped."""
    s = _SPACES.sub(" ", name.replace("’", "'").strip().lower())
    s = _THE.sub("", s)
    return _POSSESSIVE.sub("", s)


class SplitConfig(FrozenRecord):
    """What the splitter and the quote marking know of a language (lexicons `abbreviations` and
    `quote_marks`); words are lower-case and without the final period."""

    __slots__ = (
        "any_closer_closes",
        "apostrophes",
        "before_number",
        "brackets",
        "elisions",
        "inner_quote_pairs",
        "openers",
        "opening_punctuation",
        "ordinal_digits",
        "ordinal_nouns",
        "other",
        "quote_pairs",
        "quote_tags",
        "spaced_quotes",
        "titles",
    )

    def __init__(self, *, titles: frozenset[str] = frozenset(), before_number: frozenset[str] = frozenset(),
                 other: frozenset[str] = frozenset(), openers: frozenset[str] = frozenset(),
                 quote_tags: frozenset[str] = frozenset(), ordinal_nouns: frozenset[str] = frozenset(),
                 ordinal_digits: int = 0, quote_pairs: tuple[tuple[str, str], ...] = (),
                 inner_quote_pairs: tuple[tuple[str, str], ...] = (), spaced_quotes: frozenset[str] = frozenset(),
                 any_closer_closes: bool = False, brackets: tuple[tuple[str, str], ...] = (),
                 opening_punctuation: frozenset[str] = frozenset(), elisions: tuple[str, ...] = (),
                 apostrophes: frozenset[str] = frozenset()) -> None:
        self.titles, self.before_number, self.other, self.openers = titles, before_number, other, openers
        #: verbs of a quote's tag: a quote closed by ? or ! goes on into "… small hands?” Trump said."
        self.quote_tags = quote_tags
        #: nouns after a number and a period that make the number an ordinal ("am 3. Juni", "zum 20. Mal")
        self.ordinal_nouns = ordinal_nouns
        #: numbers of up to this many digits before a period may be ordinals ("die 31. Space-Mission"): the
        #: period ends a sentence only before a usual sentence opener (0: a number ends one like a word)
        self.ordinal_digits = ordinal_digits
        #: (opening, closing) quotation marks; a mark that opens one pair and closes another is read by context
        self.quote_pairs = quote_pairs
        #: quotes inside quotes: they end sentences like the others but are not tracked as quotations
        self.inner_quote_pairs = inner_quote_pairs
        #: marks written with a space inside them (French « … »)
        self.spaced_quotes = spaced_quotes
        #: any closing mark closes an open quotation, not only its pair's (news mixes “…" and "…”)
        self.any_closer_closes = any_closer_closes
        self.brackets = brackets
        #: punctuation that may open a sentence (Spanish ¿ ¡)
        self.opening_punctuation = opening_punctuation
        #: marks of left-out text ("[...]"): never a stop, and they may open a sentence
        self.elisions = elisions
        #: marks that may stand inside a word ("O'Neil"), so they never start one
        self.apostrophes = apostrophes


class Outlet(FrozenRecord):
    """A news outlet as the outlets lexicon lists it."""

    __slots__ = ("country", "name", "type")

    def __init__(self, name: str, type: str = "newspaper", country: str | None = None) -> None:
        self.name, self.type, self.country = name, type, country


class OutletIndex(Record):
    """Outlet names and aliases -> canonical outlet; short forms ("the Times") need an antecedent.
    Built empty, filled as the lexicons are read."""

    __slots__ = ("_ends", "_ends_of", "articles", "by_acronym", "by_alias", "by_exact_name", "elided_articles",
                 "generic", "name_endings", "short_forms")

    def __init__(self) -> None:
        self.by_alias: dict[str, Outlet] = {}
        #: all-capital aliases ("AP", "RT", "SPA") match only as written, so "spa" or "Rt" never do
        self.by_acronym: dict[str, Outlet] = {}
        #: outlets whose name is also an ordinary word or demonym ("The Australian", "Time", "Mint"):
        #: they match only as written, capital "The" included, never "the Australian National ..."
        self.by_exact_name: dict[str, Outlet] = {}
        self.short_forms: dict[str, list[Outlet]] = {}
        self.generic: dict[str, frozenset[str]] = {}  # "the paper" -> outlet types
        self.name_endings: frozenset[str] = frozenset()  # "... News", "... Weekly": unlisted outlets
        #: articles a language elides onto a name ("l'" of "l'AFP"): the name is looked up without it
        self.elided_articles: tuple[str, ...] = ()
        #: a language's definite articles as they open a reference ("le ", "l'"), English's "the" apart
        self.articles: tuple[str, ...] = ()
        #: the last letter-and-digit run of every listed name (None: some name has none), and the sizes of
        #: the three tables it was read from (it is read again when they change)
        self._ends: frozenset[str] | None = None
        self._ends_of = (-1, -1, -1)

    def lookup(self, text: str) -> Outlet | None:
        if not self._may_name(text):
            return None
        found = self._lookup(text)
        if found is None and self.articles:
            return self._without_article(text) or self._with_article(text)
        return found

    def _may_name(self, text: str) -> bool:
        """False when no listed name can be what `text` names: most capitalised words of an article
        are no outlet, and a look-up with and without every article costs a dozen normalisations. A
        listed name ends with the last run of letters of `text`, or the one before it ("Reuters's");
        an article or "The" before it or a possessive after it changes neither."""
        sizes = (len(self.by_alias), len(self.by_acronym), len(self.by_exact_name))
        if sizes != self._ends_of:
            self._ends, self._ends_of = _last_runs([*self.by_alias, *self.by_acronym, *self.by_exact_name]), sizes
        runs = ALNUM_RUN.findall(text.lower())  # an apostrophe, curly or straight, only separates runs
        if self._ends is None or not runs or any(a[-1:].isalnum() for a in self.articles):
            return True
        return any(run in self._ends for run in runs[-2:])

    def _without_article(self, text: str) -> Outlet | None:
        """The name after the language's article: "l'AFP", "dem Spiegel" -> AFP, Der Spiegel."""
        bare = text.strip().replace("’", "'")
        article = next((a for a in self.articles if bare.lower().startswith(a)), None)
        return self._lookup(bare[len(article):]) if article is not None and len(bare) > len(article) else None

    def _with_article(self, text: str) -> Outlet | None:
        """The name whose article a preposition took in: "au Parisien", "del País" -> Le Parisien, El País."""
        for article in (*self.articles, "The "):  # "du Times": the article may be the name's own English one
            found = self._lookup(article + text.strip()) if not article.endswith("'") else None
            if found is not None:
                return found
        return None

    def _lookup(self, text: str) -> Outlet | None:
        written = " ".join(text.strip().replace("’", "'").removesuffix("'s").split())
        bare = _LEADING_THE.sub("", written)
        if bare in self.by_acronym:
            return self.by_acronym[bare]
        if written in self.by_exact_name:
            return self.by_exact_name[written]
        return self.by_alias.get(normalize_name(text))

    def key(self, text: str) -> str:
        """A reference as the short forms and generic references are keyed: normalize_name, and
        without the language's own article ("le quotidien" -> "quotidien")."""
        key = normalize_name(text)
        return next((key[len(a):] for a in self.articles if key.startswith(a) and len(key) > len(a)), key)

    def reference(self, text: str) -> Outlet | None:
        """A short form ("the Times") or generic reference ("the paper") that needs an earlier outlet."""
        key = self.key(text)
        if key in self.short_forms or key in self.generic:
            return Outlet(name=text.strip(), type="reference")
        return None

    def by_shape(self, text: str) -> Outlet | None:
        """An unlisted outlet named like one: capitalised words ending in "News", "Weekly" ..."""
        words = _LEADING_THE.sub("", text.strip()).split()
        if len(words) >= 2 and all(w[:1].isupper() or w[:1].isdigit() for w in words) \
                and words[-1] in self.name_endings:
            return Outlet(name=" ".join(words), type="unknown")
        return None

    def recognise(self, text: str) -> Outlet | None:
        """A listed outlet, else one named like an outlet (for slots where an outlet is expected)."""
        return self.lookup(text) or self.by_shape(text)

    def longest_prefix(self, text: str) -> tuple[Outlet, int] | None:
        """The outlet named by the longest run of leading words of text, and that run's length in chars."""
        words = list(_WORD_RUN.finditer(text))
        for count in range(len(words), 0, -1):
            end = words[count - 1].end()
            candidate = text[:end].rstrip(".,;:")
            found = self.recognise(candidate) or self.reference(candidate)
            if found:
                return found, len(candidate)
        return None


class Lexicons(Record):
    """Everything the engine knows from the lexicon files."""

    __slots__ = ("_derived", "cue_kinds", "drops_subjects", "grammar_name", "language", "outlets", "sets", "split")

    def __init__(self, sets: dict[str, frozenset[str]] | None = None, outlets: OutletIndex | None = None,
                 cue_kinds: dict[str, str] | None = None, split: SplitConfig | None = None, language: str = "en",
                 grammar_name: str = "en", drops_subjects: bool = False) -> None:
        self.sets = sets if sets is not None else {}
        self.outlets = outlets if outlets is not None else OutletIndex()
        self.cue_kinds = cue_kinds if cue_kinds is not None else {}  # verb form / nominal phrase -> kind
        self.split = split if split is not None else SplitConfig()
        #: the language of the word lists (its pack's code)
        self.language = language
        #: the phrase grammar that reads them (grammar.LANGUAGES): the pack's `grammar:`, else its code
        self.grammar_name = grammar_name
        #: the language leaves a known subject unsaid ("…», añadió."): a cue with no speaker is the running one's
        self.drops_subjects = drops_subjects
        #: what is built from the sets once (regexes, tuples of endings), by key
        self._derived: dict[object, Any] = {}

    def set(self, name: str) -> frozenset[str]:
        """A word set by name; a name nobody declared (attrib.rulebook.sets) or filled is an error."""
        try:
            return self.sets[name]
        except KeyError:
            raise UnknownSet(name) from None

    def derived(self, key: object, build: Callable[[], T]) -> T:
        """`build()`, made once per lexicons and `key` (a regex or tuple built from the sets)."""
        try:
            return cast(T, self._derived[key])
        except KeyError:
            value = self._derived[key] = build()
            return value

    def endings(self, name: str) -> tuple[str, ...]:
        """The word endings of a set, as a tuple for str.endswith ("ing", "'s")."""
        return self.derived(("endings", name), lambda: tuple(sorted(self.set(name))))


def build_lexicons(data: dict[str, dict[str, Any]], language: str = "en") -> Lexicons:
    """Build the indexed Lexicons of a language from merged lexicon data keyed by lexicon name."""
    about = data.get("language", {})
    lex = Lexicons(language=language, grammar_name=str(about.get("grammar") or language),
                   drops_subjects=bool(about.get("drops_subjects", False)))
    sets: dict[str, frozenset[str]] = {}
    for body in data.values():
        for name, values in (body.get("sets") or {}).items():
            sets[name] = sets.get(name, frozenset()) | _words(values or [])
    for name in READ:  # every set the code reads exists, empty when no lexicon lists a word
        sets.setdefault(name, frozenset())
    _add_cues(data.get("cues", {}), sets, lex)
    _articles(sets.get("definite_articles", frozenset()) - {"the"}, lex.outlets)
    _add_outlets(data.get("outlets", {}), sets, lex)
    anonymity = data.get("anonymity", {})
    sets["anonymity_phrases"] = _words(anonymity.get("phrases") or [])
    sets["role_nouns"] = _words(anonymity.get("role_nouns") or [])
    documents = data.get("documents", {})
    sets["document_nouns"] = _words(documents.get("nouns") or [])
    channels = data.get("channels", {})
    sets["channel_nouns"] = _words(channels.get("nouns") or [])
    sets["platforms"] = _words(channels.get("platforms") or [])
    lex.split = _split_config(data.get("abbreviations", {}), data.get("quote_marks", {}),
                              sets.get("inverted", frozenset()))

    if data.get("language", {}).get("apostrophes_alike"):
        _both_apostrophes(sets, lex)
    lex.sets = sets
    return lex


_APOSTROPHES = ("'", "’")


def _both_apostrophes(sets: dict[str, frozenset[str]], lex: Lexicons) -> None:
    """A language that writes ' and ’ alike ("d'après", "d’après") finds each listed phrase written
    either way: every phrase with one gets its twin with the other."""
    def twins(phrase: str) -> list[str]:
        return [phrase.replace(a, b) for a, b in (_APOSTROPHES, _APOSTROPHES[::-1]) if a in phrase]

    for name, phrases in sets.items():
        if any(a in p for p in phrases for a in _APOSTROPHES):
            sets[name] = phrases | {t for p in phrases for t in twins(p)}
    for phrase, kind in list(lex.cue_kinds.items()):
        for twin in twins(phrase):
            lex.cue_kinds.setdefault(twin, kind)


def _pairs(values: Iterable[Any]) -> tuple[tuple[str, str], ...]:
    return tuple((str(p[0]), str(p[1])) for p in values if isinstance(p, list | tuple) and len(p) == 2)


def _split_config(abbreviations: dict[str, Any], marks: dict[str, Any], quote_tags: frozenset[str]) -> SplitConfig:
    """The splitter's configuration from the `abbreviations` and `quote_marks` lexicons."""
    return SplitConfig(
        titles=_words(abbreviations.get("titles") or []),
        before_number=_words(abbreviations.get("before_number") or []) | _words(abbreviations.get("months") or []),
        other=_words(abbreviations.get("other") or []),
        openers=_words(abbreviations.get("sentence_openers") or []),
        quote_tags=quote_tags,
        ordinal_nouns=_words(abbreviations.get("ordinal_nouns") or []),
        ordinal_digits=int(abbreviations.get("ordinal_digits") or 0),
        quote_pairs=_pairs(marks.get("pairs") or []),
        inner_quote_pairs=_pairs(marks.get("inner_pairs") or []),
        spaced_quotes=frozenset(str(m) for m in marks.get("spaced") or []),
        any_closer_closes=bool(marks.get("any_closer_closes", False)),
        brackets=_pairs(marks.get("brackets") or []),
        opening_punctuation=frozenset(str(m) for m in marks.get("opening_punctuation") or []),
        elisions=tuple(str(m) for m in marks.get("elisions") or []),
        apostrophes=frozenset(str(m) for m in marks.get("apostrophes") or []),
    )


def inverted_forms(form: str, inversion: dict[str, Any]) -> list[str]:
    """The form with each subject pronoun written onto its first word, as French inverts a cue:
    "explique" -> "explique-t-il", "a déclaré" -> "a-t-elle déclaré", "dit" -> "dit-on"."""
    first, _, rest = form.partition(" ")
    joiner = str(inversion.get("after_vowel", "-") if first[-1:] in _VOWELS else inversion.get("after_consonant", "-"))
    return [" ".join(filter(None, (f"{first}{joiner}{pronoun}", rest))) for pronoun in inversion.get("pronouns") or []]


_VOWELS = frozenset("aeiouyàâäéèêëîïôöùûü")


def _with_auxiliaries(verb: dict[str, Any], inversion: dict[str, Any]) -> set[str]:
    """The verb's first participle after each auxiliary that inverts ("a déclaré", "avait déclaré"),
    to be inverted in turn ("a-t-il déclaré")."""
    participles = [str(p).strip().lower() for p in verb.get("after_aux") or []]
    return {f"{aux} {participles[0]}" for aux in inversion.get("auxiliaries") or []} if participles else set()


def _add_cues(cues: dict[str, Any], sets: dict[str, frozenset[str]], lex: Lexicons) -> None:
    by_kind: dict[str, set[str]] = {}
    told: set[str] = set()
    after_aux: set[str] = set()
    inverted: set[str] = set()
    excluded: frozenset[str] = _words(cues.get("excluded_forms") or [])
    inversion = cues.get("inverted_subjects") or {}
    for verb in cues.get("verbs") or []:
        kind = str(verb.get("kind", "speech"))
        forms = set(_words(verb.get("forms") or [verb.get("lemma", "")]) - excluded)
        # "déclaré" reports only after "a"; "dit" is a finite form too ("il dit"), and reports alone
        participles = set(_words(verb.get("after_aux") or []) - excluded - forms)
        made = {f for form in forms | _with_auxiliaries(verb, inversion)
                for f in inverted_forms(form, inversion)} if inversion else set()
        inverted |= made
        forms |= participles | made
        after_aux |= participles
        by_kind.setdefault(kind, set()).update(forms)
        if verb.get("takes_object"):
            told |= forms
        for form in forms:
            lex.cue_kinds.setdefault(form, kind)
    nominal: set[str] = set()
    for entry in cues.get("nominal") or []:
        phrase = str(entry.get("phrase", "")).strip().lower() if isinstance(entry, dict) else str(entry)
        if phrase:
            nominal.add(phrase)
            lex.cue_kinds.setdefault(phrase, str(entry.get("kind", "speech")) if isinstance(entry, dict)
                                     else "speech")
    for kind, forms in by_kind.items():
        sets[kind] = frozenset(forms)
    # "-ing" forms of verbs are cues only after an auxiliary ("is saying"), never alone ("began
    # speaking", "the publishing world"); the compiler reads this set
    ing = tuple(sets.get("present_participle_endings", ()))
    sets["ing_forms"] = frozenset(f for forms in by_kind.values() for f in forms
                                  if ing and f.split()[0].endswith(ing)) | after_aux
    sets["subject_inverted"] = frozenset(inverted)
    sets["told"] = frozenset(told)
    sets["nominal"] = frozenset(nominal)
    reporting: set[str] = set()
    for kind in REPORTING_KINDS:
        reporting |= by_kind.get(kind, set())
    sets["reporting"] = frozenset(reporting)


def _articles(articles: frozenset[str], index: OutletIndex) -> None:
    """The language's articles before an outlet's name or reference: "l'AFP", "le quotidien"."""
    straight = sorted({a.replace("’", "'") for a in articles})
    index.elided_articles = tuple(a for a in straight if a.endswith("'"))
    index.articles = tuple(a if a.endswith("'") else a + " " for a in straight)


def _add_outlets(outlets: dict[str, Any], sets: dict[str, frozenset[str]], lex: Lexicons) -> None:
    index = lex.outlets
    names: set[str] = set()
    for entry in outlets.get("entries") or []:
        outlet = Outlet(name=str(entry["name"]), type=str(entry.get("type", "newspaper")),
                        country=entry.get("country"))
        label_free = re.sub(r"\s*\([^)]*\)$", "", str(entry["name"]))
        for alias in [label_free, *(entry.get("aliases") or [])]:
            alias = str(alias)
            if entry.get("ambiguous") and alias == label_free:
                index.by_exact_name.setdefault(alias, outlet)
            elif alias.isupper() and len(alias.replace(".", "")) <= 6:
                index.by_acronym.setdefault(alias, outlet)
            else:
                index.by_alias.setdefault(normalize_name(alias), outlet)
            names.add(alias.lower())
        for short in entry.get("short_forms") or []:
            index.short_forms.setdefault(index.key(str(short)), []).append(outlet)
    for ref in outlets.get("generic_references") or []:
        index.generic[index.key(str(ref["phrase"]))] = _words(ref.get("types") or [])
    index.name_endings = frozenset(str(e) for e in outlets.get("name_endings") or [])
    sets["outlets"] = frozenset(names | _as_written_after_a_preposition(names, index))


#: the letters a language elides its article before ("l'AFP", "l'Express")
_ELIDING_LETTERS = tuple("aeiouyhàâäéèêëîïôöûü")


def _as_written_after_a_preposition(names: set[str], index: OutletIndex) -> set[str]:
    """The names as a pack's prepositions leave them: the article taken into the preposition ("au
    Parisien", "del País": parisien, país) or elided onto the name ("à l'AFP": l'afp). English has no
    such articles here: its set stays the names."""
    forms: set[str] = set()
    for name in names:
        forms.update(name[len(a):] for a in index.articles if name.startswith(a) and len(name) > len(a))
        if name.startswith(_ELIDING_LETTERS):
            forms.update(a + name for a in index.elided_articles)
    return forms
