"""Names inside a speaker's phrase: the name after a title or role ("US President Barack Obama"),
before an affiliation ("Matthew Ingram of The Globe and Mail"), in an apposition, or as the run of
capitalised words after a cue."""

from __future__ import annotations

import re
from functools import lru_cache

from attrib.grammar.english.words import (
    Word,
    head_noun,
    is_initial,
    is_name,
    is_possessive,
    key,
    name_links,
    name_word,
    text_of,
)
from attrib.model import Sentence, Span
from attrib.rulebook.lexicon import Lexicons, union

#: a name after a title's object keeps its last two words, three with an initial ("James B. Comey")
_NAME_AFTER_OBJECT = 2


@lru_cache(maxsize=8)
def _titles(person_titles: frozenset[str], role_nouns: frozenset[str], honorifics: frozenset[str]) -> frozenset[str]:
    """Words that title a name but are not part of it (built once, not per phrase)."""
    return (person_titles | role_nouns) - honorifics


def name_after_title(words: list[Word], lex: Lexicons) -> list[Word]:
    """Keep just the name: drop titles and roles before it ("US President Barack Obama" -> Barack Obama)
    and an affiliation after it ("Matthew Ingram of The Globe and Mail" -> Matthew Ingram)."""
    titles = _titles(lex.set("person_titles"), lex.set("role_nouns"), lex.set("honorifics"))
    for i in range(len(words) - 2, -1, -1):
        title = key(words[i][2]).rstrip(".")
        if title in titles:
            if i > 1 and key(words[i - 1][2]) in lex.set("prepositions"):
                break  # "the former top aide to President Jane Roe": the name is the object of "to"
            tail = words[i + 1:]
            person_title = title in lex.set("person_titles")
            if person_title and key(words[0][2]) not in lex.set("articles"):
                tail = _after_title_object(tail, lex)  # not "A spokesperson for the Parents Forum"
            # a role before one capitalised word names an organisation: "the Riverside Parents Forum"
            if tail and all(name_word(w, lex) for _, _, w in tail) and not any(
                    key(w).rstrip(".") in titles for _, _, w in tail) and (len(tail) > 1 or person_title):
                words = tail
            break
    else:
        words = described_name(words, lex) or _described_name_after_modifier(words, lex) or words
    return _name_before_affiliation(words, lex)


def _described_name_after_modifier(words: list[Word], lex: Lexicons) -> list[Word] | None:
    """A capitalised modifier, a description, then the name: "Brandt constituent Dan Roe" -> Dan Roe."""
    low = next((i for i, (_, _, w) in enumerate(words) if w[:1].islower()), None)
    if low is None or not 0 < low <= _DESCRIBED_NAME_WORDS:
        return None
    return described_name(words[low:], lex)


#: a name after a description has at least this many words ("coauthor Colette Heald")
_DESCRIBED_NAME_WORDS = 2
#: and at most this many lower-case words describe it ("oil and gas worker Mike Wipf")
_MAX_DESCRIPTION_WORDS = 5


def described_name(words: list[Word], lex: Lexicons) -> list[Word] | None:
    """The full name after a description the lexicons do not list as a role: "coauthor Colette
    Heald", "the tenants advocate Josh Matlow" -> the name. None when the words are no lower-case
    description (a preposition inside makes the name an object: "supporters of Hillary Clinton")."""
    split = next((i for i, (_, _, w) in enumerate(words) if name_word(w, lex) and not w.startswith("(")), None)
    if split is None or split == 0 or split > _MAX_DESCRIPTION_WORDS or len(words) - split < _DESCRIBED_NAME_WORDS:
        return None
    name, description = words[split:], [key(w) for _, _, w in words[:split]]
    if not all(name_word(w, lex) for _, _, w in name) or any(w in lex.set("name_particles") for _, _, w in name[:1]):
        return None
    stops = union(lex.set("prepositions"), lex.set("personal_pronouns"), lex.set("aux"), lex.set("name_joiners"))
    if any(not w or w in stops or (not w.isalpha() and "-" not in w) for w in description) \
            or any(w in lex.set("determiners") for w in description[1:]) \
            or all(w in lex.set("determiners") for w in description) \
            or description[-1] in lex.set("coordinators"):  # "supporters and Donald Trump": two parties
        return None
    return name


def _after_title_object(tail: list[Word], lex: Lexicons) -> list[Word]:
    """After "Ambassador to the United States" or "Secretary of State", the name is the last two
    capitalised words (three with an initial): "... Hamdullah Mohib", "... James B. Comey"."""
    opens = lex.set("title_object_joins")
    joins_at = [j for j, (_, _, w) in enumerate(tail) if key(w) in opens or key(w) in lex.set("definite_articles")]
    if not joins_at or not tail[:1] or key(tail[0][2]) not in opens:
        return tail
    rest = tail[joins_at[-1] + 1:]
    if len(rest) < _NAME_AFTER_OBJECT + 1 or not all(name_word(w, lex) for _, _, w in rest):
        return tail
    keep = _NAME_AFTER_OBJECT + 1 if is_initial(rest[-2][2]) else _NAME_AFTER_OBJECT
    return rest[-keep:]


def _name_before_affiliation(words: list[Word], lex: Lexicons) -> list[Word]:
    affiliations = lex.set("affiliation_words")
    for i, (_, _, w) in enumerate(words):
        if key(w) not in affiliations:
            continue
        name, rest = [x for _, _, x in words[:i]], words[i + 1:]
        is_person = len(name) >= 2 and all(name_word(x, lex) for x in name) and not any(
            key(x) in lex.set("organisation_words") for x in name)
        names_an_organisation = bool(rest) and (rest[0][2][:1].isupper()
                                                or key(rest[0][2]) in lex.set("definite_articles"))
        return words[:i] if is_person and names_an_organisation else words
    return words


def capitalised_run(words: list[Word], lex: Lexicons) -> list[Word]:
    """A name after the cue ends where its capitalised words do: "According to Rathbun the ..." -> Rathbun."""
    titles = union(lex.set("person_titles"), lex.set("role_nouns"))
    joiners = name_links(lex)
    the = lex.set("definite_articles")
    run: list[Word] = []
    for i, word in enumerate(words):
        w = word[2]
        nxt = words[i + 1][2] if i + 1 < len(words) else ""
        capitalised = w[:1].isupper() or w[:1].isdigit() or w.startswith("(") or (
            bool(run) and key(w) in titles)  # "Los Angeles-based attorney Edgar Martirosyan"
        after_next = words[i + 2][2] if i + 2 < len(words) else ""
        connects = (key(w) in joiners and (nxt[:1].isupper() or (
            key(nxt) in the and after_next[:1].isupper()))) or (
            key(w) in the and bool(run) and key(run[-1][2]) in joiners)
        # ("Ambassador to the United States Hamdullah Mohib": "to the" joins the title)
        if not (capitalised or connects):
            break
        run.append(word)
    while run and (key(run[-1][2]) in joiners or key(run[-1][2]) in the):
        run.pop()
    if run and len(run) < len(words) and is_possessive(run[-1][2], lex):
        return words  # "North Korea's main news agency KCNA": the name owns what follows
    return run or words


def name_after_role(source: str, lex: Lexicons) -> bool:
    """'White House spokesman Josh Earnest': a capitalised name follows the role noun."""
    tokens = source.replace("’", "'").split()
    roles = union(lex.set("role_nouns"), lex.set("person_titles"))
    return any(w.lower() in roles and tokens[i + 1][:1].isupper() for i, w in enumerate(tokens[:-1]))


def _role_of_organisation(source: str, lex: Lexicons) -> bool:
    """"The secretary general of CEI", "the Crown prosecutor": a role (its head) of a named organisation,
    no name itself."""
    words = [key(w) for w in source.split()]
    roles = union(lex.set("role_nouns"), lex.set("person_titles"))
    return len(words) > 2 and words[0] in lex.set("determiners") and head_noun(words, lex) in roles


def name_in_apposition(sentence: Sentence, slots: dict[str, Span], lex: Lexicons) -> Span | None:
    """The apposition's span when an unnamed speaker is followed by its name: "His mother, Elena Mireles,"."""
    source, detail = slots.get("source"), slots.get("detail")
    if source is None or detail is None or detail.start < source.end:
        return None
    between = sentence.text[source.end - sentence.start:detail.start - sentence.start]
    source_text, detail_text = text_of(sentence, source), text_of(sentence, detail)
    if between.strip() != "," or (any(w[:1].isupper() for w in source_text.split()[1:])
                                  and not _role_of_organisation(source_text, lex)) \
            or not is_name(detail_text.rstrip(","), lex):
        return None
    return Span(detail.start, detail.start + len(detail_text.rstrip(",")))


def longer_name_after(rest: str, lex: Lexicons) -> str | None:
    """The capitalised word that goes on a name right after it ("The National | Weather Service"), or
    None: nothing follows, or a time word ("told CNN | Tuesday") or a lower-case word does."""
    words = rest.split()
    if not words or not rest[:1].isspace():
        return None
    first = words[0].strip(".,;:’'\"“”()")
    if not first[:1].isupper() or key(first) in lex.set("time_openers") \
            or key(first).rstrip(".") in {m.lower() for m in lex.split.before_number}:
        return None
    return first


#: an all-capital label this early in an article is its dateline ("DOHA: Despite ...")
_DATELINE_SENTENCES = 3
#: a table's header is followed by a row: another label within this many words
_ROW_LABEL_WORDS = 4
_FIGURE_START = re.compile(r"\s*[-+$€£¥]?\d")


def heading_label(label: str, after: str, sentence_n: int, lex: Lexicons) -> str | None:
    """Why a label before a colon is page furniture and no speaker, or None: a section heading
    ("ENERGY", "ASIA'S DAY", "KEEPING SCORE"), a dateline ("DOHA" opening the story), a row of
    figures ("Gold: $2,318.20") or a table's header ("MARKETS TODAY:" and its rows)."""
    words = label.replace("’", "'").split()
    keys = [key(w) for w in words]
    if any(is_possessive(w, lex) for w in words) or any(k in lex.set("heading_words") for k in keys):
        return "a section heading"
    capitals = label.isupper()
    if capitals and len(words) > 1 and any(k in lex.set("function_words") for k in keys):
        return "a section heading in capitals"  # "THE DAY IN ASIA", not "JAKE TAPPER"
    titled = bool(keys) and keys[0].rstrip(".") in union(lex.set("person_titles"), lex.set("honorifics"))
    opening = 1 < sentence_n <= _DATELINE_SENTENCES  # (the first sentence is the headline)
    # a place in capitals that the item itself names again ("SALALAH: Dockworkers at Salalah port")
    named_again = re.search(rf"\b{re.escape(label.title())}\b", after) is not None
    if capitals and len(words) == 1 and not titled and lex.outlets.lookup(label) is None \
            and (opening or named_again or keys[0] in lex.set("place_names")):
        return "a dateline"
    if _FIGURE_START.match(after):
        return "the label of a row of figures"
    row = after.split()[:_ROW_LABEL_WORDS]
    if not row or any(w.endswith(":") for w in row):
        return "the header of a table"
    return None
