"""Resolvers: claims -> claims, filling what one sentence cannot say alone.

Each resolver is a component with one contract: it takes the document's claims (with their
sentences) and improves them in place, leaving a note on every claim it changes. They run in the
fixed order of RESOLVERS: publisher, coreference, colon introduction, quote follow-up,
quote continuation, paragraph continuation, outlet references.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import pairwise

from attrib.engine.match import head_noun
from attrib.model import Claim, Sentence
from attrib.rulebook.lexicon import Lexicons, normalize_name, union

# "WASHINGTON (Reuters) -", "LONDON, Nov 27 (AFP) –", "(AP) —": a place, an optional date, the outlet
_DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Za-z.'’ -]{1,40}(?:,\s*[A-Za-z0-9., ]{1,30})?\s*)?\((?P<outlet>[^()]{1,40})\)\s*[-–—:]"
)
#: a sentence that opens with a quote mark after a speaker's quote continues it when at least this
#: share of its letters is quoted ("They agree with him" to support him.)
FOLLOW_UP_QUOTED_SHARE = 0.6
#: words a colon introduction may have between its cue and the colon ("tweeted using his account:")
COLON_INTRO_MAX_WORDS = 8
#: the dateline opens the story's first paragraph of text, after a headline and a byline or date line
DATELINE_WITHIN_SENTENCES = 4
# "Jane ", "Gen. ": a capitalised word on one line; a stop only after a short title, never a sentence end.
# A full name is one to three of them, then the surname as a whole word.
_RUN_WORD = re.compile(r"(?:[A-Z][a-z]{0,3}\.|[A-Z][\w’'-]*) ")
_WORD_CHAR = re.compile(r"[\w’'-]")


@dataclass(slots=True)
class Context:
    text: str
    sentences: list[Sentence]
    lexicons: Lexicons
    #: ids of the rules whose speaker holds the rest of the paragraph (`continues: paragraph`)
    paragraph_rules: frozenset[str] = frozenset()
    #: the publisher known from outside the text (a web page's site name), used when the text shows none
    publisher: str | None = None


Resolver = Callable[[list[Claim], Context], None]


def _note(claim: Claim, resolver: str, what: str) -> None:
    claim.notes.append(f"{resolver}: {what}")


# --- publisher -------------------------------------------------------------------------------------

def resolve_publisher(claims: list[Claim], ctx: Context) -> None:
    """A dateline's outlet ("WASHINGTON (Reuters) -"), or a closing credit line, publishes every claim.

    The text's own credit wins over ctx.publisher (a page's site name): a wire story on a portal
    is vouched for by the wire.
    """
    if not claims:
        return
    publisher = None
    for claim in claims[:DATELINE_WITHIN_SENTENCES]:
        m = _DATELINE.match(claim.text)
        found = ctx.lexicons.outlets.lookup(m.group("outlet")) if m else None
        if found is not None:
            publisher = found.name
            break
    if publisher is None:
        publisher = _credit_line(claims[-1].text, ctx.lexicons)
    how = "article published by"
    if publisher is None and ctx.publisher:
        publisher, how = ctx.publisher, "page metadata names the publisher"
    if publisher is None:
        return
    for claim in claims:
        claim.publisher = publisher
    _note(claims[0], "publisher", f"{how} {publisher}")


def _credit_line(text: str, lex: Lexicons) -> str | None:
    line = text.strip().strip(".")
    found = lex.outlets.lookup(line)
    if found is not None:
        return found.name
    lowered = line.lower()
    for phrase in sorted(lex.set("credit_phrases"), key=len, reverse=True):
        if lowered.startswith(phrase + " "):
            rest = line[len(phrase) + 1 :].split(",")[0].strip()
            hit = lex.outlets.longest_prefix(rest)
            if hit:
                return hit[0].name
    return None


# --- quotations over several sentences --------------------------------------------------------------

def resolve_quote_continuation(claims: list[Claim], ctx: Context) -> None:
    """Sentences inside a quotation that runs over several sentences inherit its speaker.

    A run is a chain of sentences where each one ends inside a quote and the next opens inside it
    (paragraphs that reopen with a quote mark continue it). The speaker is the run's first sentence
    attributed (by its own cue, or as the quote following its speaker's); a run with none is not
    guessed at.
    """
    i = 0
    sentences = ctx.sentences
    while i < len(claims):
        run = [i]
        while run[-1] + 1 < len(claims) and sentences[run[-1]].ends_inside_quote \
                and sentences[run[-1] + 1].opens_inside_quote:
            run.append(run[-1] + 1)
        if len(run) > 1:
            speaker = next((claims[k] for k in run if claims[k].attributed), None)
            if speaker is not None:
                for k in run:
                    claim = claims[k]
                    if claim.attributed:
                        continue
                    _copy_attribution(speaker, claim)
                    claim.cue, claim.channel, claim.cue_kind = None, None, None
                    claim.quote, claim.rule = "direct", "quote-continuation"
                    _note(claim, "quote continuation", f"inside the quotation of sentence {speaker.n}")
        i = run[-1] + 1


# --- a colon that hands the claim to the next sentence -------------------------------------------

def resolve_colon_introduction(claims: list[Claim], ctx: Context) -> None:
    """ "Cruz continued:" says nothing itself; the sentence after it carries what he said."""
    for i, claim in enumerate(claims[:-1]):
        cue = claim.spans.get("cue")
        if not claim.attributed or cue is None or claim.text.rstrip()[-1:] not in (":", ","):
            continue
        tail = ctx.text[cue.end : claim.end].strip()
        channel = claim.spans.get("channel")
        if channel is not None:
            tail = ctx.text[channel.end : claim.end].strip()
        target = claims[i + 1]
        # "Rathbun stated," before a quoted paragraph; "Obama tweeted using his account:" before a
        # quote (a short phrase of manner before the colon)
        described = tail.endswith(":") and len(tail.split()) <= COLON_INTRO_MAX_WORDS \
            and ctx.text[target.start] in "\"“«„'"
        if target.attributed or not (tail in (":", ",") or described):
            continue
        _copy_attribution(claim, target)
        target.cue, target.channel, target.rule = claim.cue, claim.channel, claim.rule
        target.quote = "direct" if ctx.sentences[i + 1].quoted else "indirect"
        _note(target, "colon introduction", f"introduced by sentence {claim.n}")
        if tail == ":":  # "Cruz continued:" says nothing itself; "Rathbun stated," stays a report
            _clear(claim)
            _note(claim, "colon introduction", f"hands its claim to sentence {target.n}")


def _copy_attribution(speaker: Claim, claim: Claim) -> None:
    claim.attributed = True
    claim.source, claim.source_resolved = speaker.source, speaker.source_resolved
    claim.source_kind, claim.outlet, claim.via = speaker.source_kind, speaker.outlet, speaker.via
    claim.cue_kind = speaker.cue_kind


def _clear(claim: Claim) -> None:
    claim.attributed = False
    claim.source = claim.source_resolved = claim.source_kind = claim.outlet = claim.via = None
    claim.cue = claim.channel = claim.quote = claim.rule = claim.cue_kind = None
    claim.spans = {}


# --- a quote right after its speaker's quote, in the same paragraph --------------------------------

def resolve_quote_follow_up(claims: list[Claim], ctx: Context) -> None:
    """“Like Oakland. Or Ferguson,” Trump said. “The crime numbers are worse.” — a sentence that opens
    with a quote mark and is mostly quoted, following a direct quote with no other speaker between,
    goes on with that speaker:
    in the same paragraph, or opening the next one (a paragraph that reopens with a quote mark
    continues the last speaker). A quote after narrative is not guessed at."""
    for previous, claim in pairwise(claims):
        if claim.attributed or not previous.attributed or previous.quote not in ("direct", "mixed"):
            continue  # after an indirect report a new quote is not guessed at (annotation guide, case 4)
        sentence = ctx.sentences[claim.n - 1]
        if claim.paragraph != previous.paragraph and not (
                claim.paragraph == previous.paragraph + 1 and previous.quote == "direct"):
            continue
        if not sentence.quoted or sentence.opens_inside_quote:
            continue
        if ctx.text[sentence.start] not in "\"“«„'":
            continue  # the follow-up opens with its quote mark
        if _tagged_later(claims, ctx, claim.n - 1):
            continue  # '"Compare that. Compare him to Hillary," Gorka urged.': its own speaker
        letters = [i for i in range(claim.start, claim.end) if ctx.text[i].isalnum()]
        inside_quotes = sum(1 for i in letters if any(q.start <= i < q.end for q in sentence.quoted))
        if not letters or (inside_quotes / len(letters) < FOLLOW_UP_QUOTED_SHARE and not sentence.ends_inside_quote):
            continue
        _copy_attribution(previous, claim)
        claim.cue, claim.channel, claim.quote, claim.rule = None, None, "direct", "quote-continuation"
        claim.cue_kind = None
        _note(claim, "quote continuation", f"follows the quote of sentence {previous.n} in its paragraph")


def _tagged_later(claims: list[Claim], ctx: Context, i: int) -> bool:
    """True when the quotation that opens in sentence i closes in a later sentence of its paragraph
    that names its own speaker with a cue."""
    j = i
    while ctx.sentences[j].ends_inside_quote and j + 1 < len(claims) \
            and claims[j + 1].paragraph == claims[i].paragraph:
        j += 1
        if claims[j].attributed and claims[j].cue:
            return True
    return False


# --- a speaker label holds the rest of its paragraph ---------------------------------------------

def resolve_paragraph_continuation(claims: list[Claim], ctx: Context) -> None:
    """After a rule marked `continues: paragraph` ("WALLACE: ..."), the paragraph's later sentences
    without their own attribution are the same speaker's."""
    speaker: Claim | None = None
    for claim in claims:
        if speaker is not None and claim.paragraph != speaker.paragraph:
            speaker = None
        if claim.attributed:
            speaker = claim if claim.rule in ctx.paragraph_rules else None
            continue
        if speaker is not None:
            _copy_attribution(speaker, claim)
            claim.cue, claim.channel, claim.rule, claim.cue_kind = None, None, "paragraph-continuation", None
            claim.quote = speaker.quote
            _note(claim, "paragraph continuation", f"speaker of sentence {speaker.n}")


# --- coreference -----------------------------------------------------------------------------------

def _looks_like_organisation(name: str, lex: Lexicons) -> bool:
    norm = name.lower().replace("’", "'")
    words = set(re.findall(r"[\w']+", norm))
    orgs = lex.set("organisation_words")
    return bool(words & orgs) or any(" " in w and w in norm for w in orgs) or norm in lex.set("place_names") \
        or norm.startswith("the ") or lex.outlets.lookup(name) is not None or name.isupper()


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
    head = head_noun([w.strip(".,;:").lower() for w in phrase.split()], lex)
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
            antecedent = next((c for c in earlier if _compatible(key, c, lex)), None)
            mentioned = _person_just_mentioned(claims, ctx, i) if key in lex.set("person_pronouns") else None
            if mentioned is not None and (antecedent is None or antecedent.n < i):
                # "Harry Kane won the award. He said, ..." : the person the sentence before is about
                claim.source_resolved, claim.source_kind = mentioned, "named"
                _note(claim, "coreference", f"{claim.source} -> {mentioned} (named in sentence {i})")
                continue
        elif claim.source.lower().startswith("the ") and len(key.split()) <= 2:
            head = key.split()[-1]
            antecedent = next((c for c in earlier if c.source_kind == "named"
                               and head in normalize_name(c.source_resolved or c.source or "").split()
                               and normalize_name(c.source or "") != key), None)
            if antecedent is None and head in lex.set("organisation_words") and claim.source.split()[-1].islower():
                # "the company" after "Granite Ridge said": an earlier "the firm" already resolved, else
                # the nearest named party not known as a person, else the organisation named before it
                antecedent = next((c for c in earlier if c.source_resolved and c.source_kind == "named" and c.source
                                   and normalize_name(c.source).split()[-1] in lex.set("organisation_words")),
                                  None) or next((c for c in earlier if _may_be_organisation(c, claims, ctx)), None)
                named = _organisation_named_before(ctx, claim) if antecedent is None else None
                if named is not None:
                    claim.source_resolved = named
                    _note(claim, "coreference", f"{claim.source} -> {named} (named before it)")
                    continue
            written = claim.source.split()[-1]
            if antecedent is None and written[:1].isupper():
                # "the Church" -> "Church of Scientology", named earlier in the text, not as a speaker
                full = _full_form(written, ctx.text[: claim.start])
                if full:
                    claim.source_resolved = full
                    _note(claim, "coreference", f"{claim.source} -> {full}")
                continue
        elif claim.source_kind == "named" and re.fullmatch(r"[A-Z][\w’'-]+", _without_titles(claim.source, lex)):
            # "Roe", "Professor Burrows": the fuller mention earlier in the text
            full = _full_name(_without_titles(claim.source, lex), ctx.text[: claim.start], lex)
            if full:
                claim.source_resolved = full
                _note(claim, "coreference", f"{claim.source} -> {full}")
            continue
        if antecedent is None:
            continue
        claim.source_resolved = antecedent.source_resolved or antecedent.source
        if claim.source_kind is None or key in pronouns:
            claim.source_kind = antecedent.source_kind
        if claim.source_kind == "outlet" and claim.outlet is None:
            claim.outlet = antecedent.outlet  # "it added", it being the agency: the agency vouches
        _note(claim, "coreference", f"{claim.source} -> {claim.source_resolved} (sentence {antecedent.n})")
    for claim in claims:
        if claim.attributed and claim.source and claim.source_kind is None:
            claim.source_kind = "named"  # an unresolved pronoun still names a party


def _without_titles(name: str, lex: Lexicons) -> str:
    words = name.split()
    titles = lex.set("person_titles")
    while len(words) > 1 and words[0].lower().strip(".") in titles:
        words = words[1:]
    return " ".join(words)


def _full_form(head: str, before: str) -> str | None:
    """The latest longer name built on a capitalised head word: "Church" -> "Church of Scientology",
    "Commission" -> "European Commission"."""
    name = r"[A-Z][\w’'-]*"
    pattern = rf"(?:{name}\s+){{0,3}}{re.escape(head)}(?:\s+(?:of|for|on)\s+(?:the\s+)?{name}(?:\s+{name}){{0,3}})?"
    best = None
    for m in re.finditer(rf"(?<![\w’'-]){pattern}(?![\w’'-])", before):
        words = m.group().split()
        if words[0] == "The":
            words = words[1:]
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


# --- outlet references -----------------------------------------------------------------------------

def resolve_outlet_references(claims: list[Claim], ctx: Context) -> None:
    """"the paper", "the agency", "the Times" -> the outlet of that kind named earlier in the article."""
    index = ctx.lexicons.outlets
    named: list[str] = []
    for claim in claims:
        if claim.outlet is not None and index.recognise(claim.outlet) is not None:
            named.append(claim.outlet)
            continue
        if claim.outlet is None:
            continue
        key = normalize_name(claim.outlet)
        candidates = index.short_forms.get(key)
        target = None
        if candidates:
            target = next((n for n in reversed(named) if any(c.name == n for c in candidates)),
                          candidates[0].name)
        elif key in index.generic:
            types = index.generic[key]
            # an outlet the lexicon does not list ("the Northfield Gazette") is of any type
            target = next((n for n in reversed(named)
                           if (o := index.recognise(n)) is not None and (o.type in types or o.type == "unknown")),
                          None)
        if target is None:
            continue
        written = claim.outlet
        claim.outlet = target
        if claim.source_kind == "outlet" and claim.source and normalize_name(claim.source) == key:
            claim.source_resolved = target
        _note(claim, "outlet reference", f"{written} -> {target}")
        named.append(target)


RESOLVERS: tuple[tuple[str, Resolver], ...] = (
    ("publisher", resolve_publisher),
    ("coreference", resolve_coreference),
    ("colon introduction", resolve_colon_introduction),
    ("quote follow-up", resolve_quote_follow_up),
    ("quote continuation", resolve_quote_continuation),
    ("paragraph continuation", resolve_paragraph_continuation),
    ("outlet references", resolve_outlet_references),
)


def resolve(claims: list[Claim], ctx: Context) -> list[Claim]:
    """Run every resolver in order and return the improved claims."""
    for _, resolver in RESOLVERS:
        resolver(claims, ctx)
    return claims
