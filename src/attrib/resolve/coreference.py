"""Coreference: pronouns, short forms ("the ministry") and bare surnames -> the nearest fitting source
named before them, or the person or organisation the text named just before."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from attrib.grammar import grammar_for
from attrib.model import Claim
from attrib.resolve.context import Context, note
from attrib.rulebook.lexicon import Lexicons, alternation, normalize_name, union

# "Jane ", "Gen. ": a capitalised word on one line; a stop only after a short title, never a sentence end.
# A full name is one to three of them, then the surname as a whole word.
_RUN_WORD = re.compile(r"(?:[A-Z][a-z]{0,3}\.|[A-Z][\w’'-]*) ")
_WORD_CHAR = re.compile(r"[\w’'-]")


def _looks_like_organisation(name: str, lex: Lexicons) -> bool:
    norm = name.lower().replace("’", "'")
    words = set(re.findall(r"[\w']+", norm))
    orgs = lex.set("organisation_words")
    return bool(words & orgs) or any(" " in w and w in norm for w in orgs) or norm in lex.set("place_names") \
        or _starts_with(norm, lex.set("definite_articles")) or lex.outlets.lookup(name) is not None \
        or name.isupper()


def _looks_like_person(name: str, lex: Lexicons) -> bool:
    if _looks_like_organisation(name, lex):
        return False
    words = name.replace("’", "'").split()
    titled = bool(words) and words[0].lower().strip(".") in lex.set("person_titles")
    capitalised = [w for w in words if w[:1].isupper()]
    return titled or (2 <= len(capitalised) <= 4 and len(capitalised) == len(words))


_CAPITALISED_WORDS = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)+")


def _capitalised_names(text: str, dropped: Callable[[str], bool]) -> Iterator[list[str]]:
    """Each run of capitalised words in text, without the leading words `dropped` says are no part
    of a name ("For Kevin Allton" -> Kevin Allton, "SEOUL ... Hanbit" -> Hanbit)."""
    for run in _CAPITALISED_WORDS.finditer(text):
        words = run.group().split()
        while words and dropped(words[0]):
            words = words[1:]
        yield words


def _person_just_mentioned(claims: list[Claim], ctx: Context, i: int) -> str | None:
    """The first person named in the sentence before claim i, when that sentence is narrative in the
    same paragraph: "For Kevin Allton, a USI instructor, Warhol was a legend. He said ..."."""
    if i == 0 or claims[i - 1].attributed or claims[i - 1].paragraph != claims[i].paragraph:
        return None
    lex = ctx.lexicons
    skip = union(lex.set("prepositions"), lex.set("determiners"), lex.set("conjunctions"), lex.set("leading_adverbs"))
    for words in _capitalised_names(ctx.sentences[i - 1].text, lambda w: w.lower() in skip):
        name = " ".join(words)
        if 2 <= len(words) <= 3 and _looks_like_person(name, lex) and lex.outlets.recognise(name) is None:
            return name
    return None


def _may_be_organisation(candidate: Claim, claims: list[Claim], ctx: Context) -> bool:
    """A named source that the text never treats as a person: no title, no role in an apposition
    ("Lee Min-jun, an analyst"), never "he" or "she"."""
    lex = ctx.lexicons
    name = candidate.source_resolved or candidate.source or ""
    if candidate.source_kind != "named" or not name[:1].isupper() or normalize_name(name) in lex.set(
            "personal_pronouns") or name.split()[0].lower() in lex.set("determiners"):
        return False
    if name.split()[0].lower().strip(".") in lex.set("person_titles"):
        return False
    detail = candidate.spans.get("detail")
    if detail is not None and _head_is_role(detail.slice(ctx.text), lex):
        return False
    source = candidate.spans.get("source")
    before = ctx.text[max(0, source.start - 40):source.start].split()[-1:] if source else []
    if before and before[0].lower().strip(",") in union(lex.set("role_nouns"), lex.set("person_titles")):
        return False  # "chief financial officer Park Ji-won"
    people = lex.set("person_pronouns")
    return not any(c.source_resolved == name and normalize_name(c.source or "") in people for c in claims)


def _head_is_role(phrase: str, lex: Lexicons) -> bool:
    """"an analyst at Mirae Securities", "the chief executive": a phrase headed by a role."""
    head = grammar_for(lex).head_noun([w.strip(".,;:").lower() for w in phrase.split()], lex)
    return head in lex.set("role_nouns") or head in lex.set("person_titles")


def _organisation_named_before(ctx: Context, claim: Claim) -> str | None:
    """The organisation a sentence names before "the company" when no speaker came before it:
    "Korean chipmaker Hanbit Semiconductor will delay ..., the company announced"."""
    lex = ctx.lexicons
    before = ctx.text[ctx.sentences[claim.n - 1].start:claim.spans["source"].start] if "source" in claim.spans \
        else ""
    determiners = lex.set("determiners")  # "The", and a dateline in capitals: "SEOUL"
    for words in reversed(list(_capitalised_names(before, lambda w: w.lower() in determiners or w.isupper()))):
        name = " ".join(words)
        if 2 <= len(words) <= 4 and name.split()[0].lower().strip(".") not in lex.set("person_titles") \
                and lex.outlets.recognise(name) is None:
            return name
    return None


def _compatible(pronoun: str, candidate: Claim, lex: Lexicons) -> bool:
    name = candidate.source_resolved or candidate.source or ""
    if pronoun in lex.set("thing_pronouns"):  # ("the company" said: it is one, whatever its name)
        return (not _looks_like_person(name, lex) or _looks_like_organisation(candidate.source or "", lex)) \
            and candidate.source_kind in ("named", "outlet")
    if pronoun in lex.set("person_pronouns"):
        return not _looks_like_organisation(name, lex) and candidate.source_kind in ("named", "anonymous")
    if pronoun in lex.set("plural_pronouns"):  # "they": a group or an organisation, not one person
        return candidate.source_kind in ("named", "anonymous", "outlet") and not _looks_like_person(name, lex)
    return False


def resolve_coreference(claims: list[Claim], ctx: Context) -> None:
    """Pronouns, short forms ("the ministry") and bare surnames -> the nearest fitting named source."""
    lex = ctx.lexicons
    pronouns = lex.set("personal_pronouns")
    for i, claim in enumerate(claims):
        if not claim.attributed or not claim.source or claim.rule == "quote-continuation":
            continue
        key = normalize_name(claim.source)
        earlier = [c for c in reversed(claims[:i]) if c.attributed and c.source and c.source_kind]
        antecedent: Claim | None = None
        if key in pronouns:
            antecedent = _pronoun_antecedent(claims, ctx, i, key, earlier)
        elif _starts_with(claim.source.lower(), lex.set("definite_articles")) and len(key.split()) <= 2:
            antecedent = _short_form_antecedent(claims, ctx, i, key, earlier)
        elif claim.source_kind == "named" and re.fullmatch(r"[A-Z][\w’'-]+", _without_titles(claim.source, lex)):
            # "Roe", "Professor Burrows": the fuller mention earlier in the text
            full = _full_name(_without_titles(claim.source, lex), ctx.text[: claim.start], lex)
            if full:
                claim.source_resolved = full
                note(claim, "coreference", f"{claim.source} -> {full}")
        if antecedent is not None:
            _take_antecedent(claim, antecedent, key in pronouns)
    for claim in claims:
        if claim.attributed and claim.source and claim.source_kind is None:
            claim.source_kind = "named"  # an unresolved pronoun still names a party


def _starts_with(text: str, words: frozenset[str]) -> bool:
    """True when the text's first word, followed by a space, is one of `words` ("the ministry")."""
    first, space, _ = text.partition(" ")
    return bool(space) and first in words


def _pronoun_antecedent(claims: list[Claim], ctx: Context, i: int, key: str, earlier: list[Claim]) -> Claim | None:
    """The nearest earlier source the pronoun fits, unless the sentence before names the person it
    stands for ("Harry Kane won the award. He said, ..."), which resolves it at once."""
    lex = ctx.lexicons
    claim = claims[i]
    antecedent = next((c for c in earlier if _compatible(key, c, lex)), None)
    mentioned = _person_just_mentioned(claims, ctx, i) if key in lex.set("person_pronouns") else None
    if mentioned is not None and (antecedent is None or antecedent.n < i):
        claim.source_resolved, claim.source_kind = mentioned, "named"
        note(claim, "coreference", f"{claim.source} -> {mentioned} (named in sentence {i})")
        return None
    return antecedent


def _short_form_antecedent(claims: list[Claim], ctx: Context, i: int, key: str,
                           earlier: list[Claim]) -> Claim | None:
    """"the ministry", "the Church": an earlier named source with that head word; for "the company",
    an earlier "the firm" already resolved, else the nearest named party not known as a person, else
    the organisation named before it in the sentence; for "the Church", a fuller name earlier in the
    text ("Church of Scientology"), named there but not as a speaker."""
    lex = ctx.lexicons
    claim = claims[i]
    assert claim.source is not None
    head = key.split()[-1]
    antecedent = next((c for c in earlier if c.source_kind == "named"
                       and head in normalize_name(c.source_resolved or c.source or "").split()
                       and normalize_name(c.source or "") != key), None)
    organisations = lex.set("organisation_words")
    if antecedent is None and head in organisations and claim.source.split()[-1].islower():
        antecedent = next((c for c in earlier if c.source_resolved and c.source_kind == "named" and c.source
                           and normalize_name(c.source).split()[-1] in organisations),
                          None) or next((c for c in earlier if _may_be_organisation(c, claims, ctx)), None)
        named = _organisation_named_before(ctx, claim) if antecedent is None else None
        if named is not None:
            claim.source_resolved = named
            note(claim, "coreference", f"{claim.source} -> {named} (named before it)")
            return None
    written = claim.source.split()[-1]
    if antecedent is None and written[:1].isupper():
        full = _full_form(written, ctx.text[: claim.start], lex)
        if full:
            claim.source_resolved = full
            note(claim, "coreference", f"{claim.source} -> {full}")
    return antecedent


def _take_antecedent(claim: Claim, antecedent: Claim, is_pronoun: bool) -> None:
    claim.source_resolved = antecedent.source_resolved or antecedent.source
    if claim.source_kind is None or is_pronoun:
        claim.source_kind = antecedent.source_kind
    if claim.source_kind == "outlet" and claim.outlet is None:
        claim.outlet = antecedent.outlet  # "it added", it being the agency: the agency vouches
    note(claim, "coreference", f"{claim.source} -> {claim.source_resolved} (sentence {antecedent.n})")


def _without_titles(name: str, lex: Lexicons) -> str:
    words = name.split()
    titles = lex.set("person_titles")
    while len(words) > 1 and words[0].lower().strip(".") in titles:
        words = words[1:]
    return " ".join(words)


def _full_form(head: str, before: str, lex: Lexicons) -> str | None:
    """The latest longer name built on a capitalised head word: "Church" -> "Church of Scientology",
    "Commission" -> "European Commission"."""
    name = r"[A-Z][\w’'-]*"
    joins = alternation(lex.set("organisation_name_joins"))
    the = alternation(lex.set("definite_articles"))
    pattern = rf"(?:{name}\s+){{0,3}}{re.escape(head)}(?:\s+{joins}\s+(?:{the}\s+)?{name}(?:\s+{name}){{0,3}})?"
    best = None
    for m in re.finditer(rf"(?<![\w’'-]){pattern}(?![\w’'-])", before):
        words = m.group().split()
        if words[0].lower() in lex.set("definite_articles") and words[0] == words[0].capitalize():
            words = words[1:]  # "The European Commission"
        if len(words) >= 2:
            best = " ".join(words)
    return best


def _full_name(surname: str, before: str, lex: Lexicons) -> str | None:
    """The latest fuller mention of a bare surname earlier in the text ("Roe" -> "Jane Roe")."""
    titles = lex.set("person_titles")
    best = None
    for start, end in _runs_before(surname, before):
        words = before[start:end].split()
        while words and words[0].lower().strip(".") in titles:
            words = words[1:]
        if len(words) >= 2:
            best = " ".join(words)
    return best


def _runs_before(surname: str, text: str) -> Iterator[tuple[int, int]]:
    """Each run of one to three _RUN_WORDs and the surname in text, left to right, as a regex's
    finditer finds them, but tried only where one can start.

    The run's words hold no space and each is followed by one, so a run starts inside one of the
    three space-separated chunks before a " surname": only those are scanned, not the whole text.
    """
    needle = " " + surname
    tried = 0  # every offset before this one was tried, or lies inside a run found
    at = text.find(needle)
    while at >= 0:
        lo = at + 1  # where the surname starts; then back over three chunks
        for _ in range(3):
            lo = text.rfind(" ", 0, lo - 1) + 1 if lo > 0 else 0
        for start in range(max(lo, tried), at):
            end = _run_end(text, start, surname) if "A" <= text[start] <= "Z" else -1
            if end >= 0:
                yield start, end
                tried = end
                break
        else:
            tried = max(tried, at)
        at = text.find(needle, at + 1)


def _run_end(text: str, start: int, surname: str) -> int:
    r"""Where the run at `start` ends, or -1: as the regex `(?:_RUN_WORD){1,3}surname(?![\w’'-])`
    would match, without compiling one per surname. A run word can end in one place only, so the
    regex's greedy {1,3} comes down to trying the surname after three, two, then one word."""
    ends: list[int] = []
    at = start
    while len(ends) < 3 and (word := _RUN_WORD.match(text, at)) is not None:
        at = word.end()
        ends.append(at)
    for end in reversed(ends):
        stop = end + len(surname)
        if text.startswith(surname, end) and _WORD_CHAR.match(text, stop) is None:
            return stop
    return -1
