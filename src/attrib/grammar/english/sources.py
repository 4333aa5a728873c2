"""What a source phrase is and who stands behind it: its kind (named, anonymous, document, outlet),
the author of a document, the outlet that saw one or that a description names, and the phrase a
relative pronoun stands for."""

from __future__ import annotations

import re
from functools import lru_cache

from attrib.grammar.english.names import name_after_role, name_after_title
from attrib.grammar.english.words import (
    MAX_SOURCE_WORDS,
    WORD_SPAN,
    head_noun,
    is_share,
    key,
    name_word,
)
from attrib.rulebook.lexicon import Lexicons, Outlet, alternation, normalize_name

#: how many words of a phrase may come before the name an outlet descriptor introduces
_DESCRIBED_WITHIN = 8
#: the longest outlet name after its description, in words
_MAX_DESCRIBED_NAME = 4
#: the most capitalised words of a document's possessive owner ("PC World's analysis")
_MAX_OWNER_WORDS = 5


def classify_source(source: str, lex: Lexicons) -> str | None:
    """named | anonymous | document | outlet; None for a pronoun (a resolver decides)."""
    norm = normalize_name(source)
    words = norm.split()
    if not words:
        return None
    if norm in lex.set("personal_pronouns"):
        return None
    if lex.outlets.recognise(source) is not None:
        return "outlet"
    if _multiword(lex.set("anonymity_phrases")).search(norm):
        return "anonymous"
    if len(words) > 2 and words[1] in lex.set("partitives") and words[0] in lex.set("unnamed_quantities"):
        words = words[2:]  # "one of the people familiar with ..." speaks as the people do
        norm = " ".join(words)
        if _multiword(lex.set("anonymity_phrases")).search(norm):
            return "anonymous"
    head = head_noun(words, lex)
    if head in lex.set("document_nouns"):
        return "document"
    if is_share([w.strip(".,;:") for w in words], lex):
        return "anonymous"  # poll respondents: "six in 10 Republicans", "half of the farmers"
    if len(words) == 1 and (words[0] in lex.set("determiners") or words[0] in lex.set("unnamed_pronouns")):
        return "anonymous"  # "Some argued ...", "Many say ...", "others warned"
    has_name = any(w[:1].isupper() for w in source.split()[1:]) or (
        source[:1].isupper() and words[0] not in lex.set("determiners"))
    if head in lex.set("role_nouns") and not name_after_role(_head_phrase(source, lex), lex):
        return "anonymous"  # "the top aide to President Jane Roe": the name is no part of the head phrase
    if not has_name and head in lex.set("role_nouns"):
        return "anonymous"
    return "named"


def _head_phrase(source: str, lex: Lexicons) -> str:
    """The source up to its first preposition: "the aide to President Roe" -> "the aide"."""
    tokens = source.split()
    cut = next((i for i, w in enumerate(tokens) if i and w.lower() in lex.set("prepositions")), len(tokens))
    return " ".join(tokens[:cut])


@lru_cache(maxsize=8)
def _multiword(phrases: frozenset[str]) -> re.Pattern[str]:
    """Any of the phrases of more than one word, anywhere (picked and compiled once, not per source)."""
    return re.compile("|".join(re.escape(p) for p in sorted(phrases) if " " in p) or "(?!)")


def is_relative_pronoun(word: str, lex: Lexicons) -> bool:
    """"who", "which" as written in lower case: "WHO" is the World Health Organization."""
    return word.islower() and word in lex.set("relative_pronouns")


def relative_antecedent(before: str, lex: Lexicons) -> str | None:
    """The noun phrase a relative pronoun stands for, read back from it: "Mr. Trump, who" -> Mr. Trump;
    "among the 30 percent of voters who" -> the 30 percent of voters. None when no phrase fits."""
    partitives = lex.set("partitives")
    stops = (lex.set("prepositions") | lex.set("clause_boundaries") | lex.set("aux")
             | lex.set("cannot_start_phrase")) - partitives
    past = lex.endings("past_participle_endings")
    collected: list[str] = []
    for word in reversed(before.split()):
        word_key = key(word)
        if (collected and word[-1] in ",;:—()") or not word_key or word_key in lex.cue_kinds or word_key in stops \
                or (word_key.endswith(past) and word.islower()):
            break
        collected.insert(0, word)
        if len(collected) >= MAX_SOURCE_WORDS:
            return None
    starters = lex.set("determiners") | lex.set("share_words") | lex.set("approximators")
    for i, word in enumerate(collected):
        word_key = key(word)
        if word[:1].isupper() or word[:1].isdigit() or word_key in starters or word_key in lex.set("role_nouns"):
            phrase = " ".join(collected[i:]).rstrip(",;:")
            return phrase if key(collected[-1]) not in lex.set("phrase_cannot_end") | partitives else None
    return None


def document_owner(source: str, lex: Lexicons) -> str | None:
    """The named author of a document source written with a possessive ("PC World's analysis of
    its traffic" -> PC World), else None."""
    owner = lex.derived("document_owner", lambda: re.compile(
        rf"^((?:[A-Z][\w&.-]*\s+){{0,{_MAX_OWNER_WORDS - 1}}}[A-Z][\w&.-]*)"
        rf"{_apostrophe_forms(lex.set('possessive_endings'))}\s+(.+)$"))
    match = owner.match(source)
    if match is None:
        return None
    head = head_noun(match.group(2).lower().split(), lex)
    return match.group(1) if head in lex.set("document_nouns") else None


def _apostrophe_forms(endings: frozenset[str]) -> str:
    """Endings written with either apostrophe: "'s" -> ['’]s."""
    return "(?:" + "|".join(re.escape(e).replace("'", "['’]") for e in sorted(endings)) + ")"


def outlet_that_saw(source: str, lex: Lexicons) -> str | None:
    """The outlet that vouches for a document it has seen: "records reviewed by Reuters" -> Reuters."""
    seen_by = lex.derived("seen_by", lambda: re.compile(
        rf"\b{alternation(lex.set('seen_by_verbs'))}\s+{alternation(lex.set('agent_markers'))}\s+(\S.*)$"))
    match = seen_by.search(source)
    found = lex.outlets.lookup(match.group(1).rstrip(".,")) if match else None
    return found.name if found else None


def document_author(source: str, lex: Lexicons) -> tuple[str, tuple[int, int]] | None:
    """A document with its author named: "a statement from the ministry", "calculations by Amy Roe of
    MIT" -> (the document, the author's offsets in `source`). An unnamed author ("a post by an unknown
    author") leaves the document as the source."""
    authored = lex.derived("authored", lambda: re.compile(
        rf"^(.+?)\s+{alternation(lex.set('author_markers'))}\s+(\S.*)$"))
    match = authored.match(source)
    if match is None:
        return None
    document, author = match.group(1), match.group(2)
    if head_noun(document.lower().split(), lex) not in lex.set("document_nouns"):
        return None
    first = author.split()[0]
    first_key = key(first)
    if not (first[:1].isupper() or first_key in lex.set("definite_determiners")) \
            or first_key in lex.set("time_openers") or first_key in lex.split.before_number:
        return None  # "posts from Friday", "a report from Nov. 3": a date, not an author
    words = [(m.start() + match.start(2), m.end() + match.start(2), m.group()) for m in WORD_SPAN.finditer(author)]
    kept = name_after_title(words, lex)
    return document, (kept[0][0], kept[-1][1])


def described_outlets(text: str, lex: Lexicons, within: int = _DESCRIBED_WITHIN,
                      unlisted: bool = False) -> list[tuple[int, str]]:
    """Where each name starts that follows an outlet's description in the first `within` words, and
    the text from there: "Egypt's state news agency MENA", "the German weekly Der Spiegel". For an
    `unlisted` name the description must name news: "the tech news site Pando", not "the tracking
    site FlightWatch" (a site or a service is no news outlet by itself)."""
    words = list(WORD_SPAN.finditer(text))
    found = []
    for i in range(1, min(len(words), within)):
        described = key(words[i - 1].group())
        if described not in lex.set("outlet_descriptors") or not name_word(words[i].group(), lex):
            continue
        if unlisted and described in lex.set("generic_outlet_descriptors") \
                and (i < 2 or key(words[i - 2].group()) not in lex.set("news_words")):
            continue
        found.append((words[i].start(), text[words[i].start():]))
    return found


def unlisted_outlet_name(name: str, lex: Lexicons) -> bool:
    """A name the lexicons may not list but that reads as one: one to four words of a name."""
    return all(name_word(w, lex) for w in name.split()) and len(name.split()) <= _MAX_DESCRIBED_NAME


def outlet_after_description(text: str, lex: Lexicons) -> tuple[int, Outlet, int] | None:
    """The outlet named after its description in an {outlet} slot: (where its name starts, the
    outlet, the name's length). A listed name gives its outlet; an unlisted one ("the website
    GunBroker.com") an outlet of unknown type."""
    news_named = {start for start, _ in described_outlets(text, lex, unlisted=True)}
    for start, rest in described_outlets(text, lex):
        name = rest.rstrip(".,;:")
        if name.isupper() and " " not in name and len(name) > 4:
            continue  # "THE WEEKLY STANDARD" is one name in capitals, not "Standard" described
        found = lex.outlets.recognise(name)
        if found is None and start in news_named and unlisted_outlet_name(name, lex):
            found = Outlet(name=name, type="unknown")
        if found is not None:
            return start, found, len(name)
    return None


def described_speaker(source: str, lex: Lexicons) -> str | None:
    """An outlet that speaks, named after its description: "the secularist magazine MicroMega" ->
    MicroMega (a source that opens with an article)."""
    if not source.split() or source.split()[0].lower() not in lex.set("articles"):
        return None
    for _, name in described_outlets(source, lex, within=_MAX_DESCRIBED_NAME + 2, unlisted=True):
        if 1 <= len(name.split()) <= _MAX_DESCRIBED_NAME and unlisted_outlet_name(name, lex):
            return " ".join(name.split())
    return None


def described_source(written: str, name: str, lex: Lexicons) -> str:
    """The source of an outlet that speaks named after its description: its name alone."""
    return name
