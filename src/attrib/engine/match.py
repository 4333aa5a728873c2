"""Sentences x compiled rules -> one Match per sentence (or none), then the Claim it implies.

Rules are tried in priority order; a sentence is only tried against a rule when it contains one word
of each of the rule's keyword sets (the cheap literal prefilter). The first match that survives the
checks (cue outside quotes, not negated, a plausible source, a known outlet) wins.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache

from attrib.engine.workbound import BoundHit, OverBudget, report_bound, work_budget
from attrib.model import Claim, Match, Sentence, Span
from attrib.rulebook.lexicon import Lexicons, Outlet, normalize_name, union
from attrib.rulebook.ruleset import Rule, RuleSet
from attrib.text.quotes import inside, letters, quoted_share

_WORD = re.compile(r"[\w’'-]+")
_WORD_SPAN = re.compile(r"\S+")
MAX_SOURCE_WORDS = 20
MAX_TRIES_PER_RULE = 12
#: CPU-time budget of the rules on one sentence; the rule running when it runs out is skipped there
#: and reported, and the next rule gets a fresh budget
RULE_TIME_BUDGET = 0.25
#: longer "sentences" are runs of text without stops (lists, tables, dumps): not given to patterns
MAX_SENTENCE_CHARS = 5_000


def sentence_words(text: str) -> frozenset[str]:
    """The lower-cased words of a sentence, for the keyword prefilter."""
    return frozenset(_WORD.findall(text.lower()))


_MARK = re.compile(r"[,?!]")


class CueReach:
    """Where each cue set's words last occur in a sentence. A rule's match holds one of its
    `cue_words` at or after where the match starts, so it is not tried from any later offset; nor
    from where fewer of the marks , ? ! than it needs (`marks_before_cue`) lie before that word;
    and the cue word must come before the last `word_after_cue`, when the rule needs one. A rule
    whose `required_marks` the sentence lacks is not tried at all."""

    __slots__ = ("_by_rule", "_chars", "_last_at", "_last_cue", "_marks", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._last_at = {m.group().lower(): m.start() for m in _WORD.finditer(text)}
        self._last_cue: dict[frozenset[str], int] = {}  # rules share cue sets
        self._by_rule: dict[int, int] = {}  # id(rule) -> its limit: a rule is asked more than once
        self._chars: frozenset[str] | None = None
        self._marks: list[int] | None = None

    def limit(self, rule: Rule) -> int:
        """The last offset a match of `rule` can start at (-1: none)."""
        found = self._by_rule.get(id(rule))
        if found is None:
            found = self._by_rule[id(rule)] = self._limit(rule)
        return found

    def _limit(self, rule: Rule) -> int:
        if rule.required_marks:
            if self._chars is None:
                self._chars = frozenset(self._text)
            if any(self._chars.isdisjoint(chars) for chars in rule.required_marks):
                return -1
        words = rule.cue_words
        if words is None:
            return len(self._text)
        at = self._last_cue.get(words)
        if at is None:
            at = self._last_cue[words] = max((p for w, p in self._last_at.items() if w in words), default=-1)
        if at >= 0 and rule.word_after_cue is not None:
            end = self._last_at.get(rule.word_after_cue, -1)
            if at >= end:  # tokens starting before `end` end before it: it starts a word
                at = max((m.start() for m in _WORD.finditer(self._text, 0, max(end, 0))
                          if m.group().lower() in words), default=-1)
        if at >= 0 and rule.marks_before_cue:
            if self._marks is None:
                self._marks = [m.start() for m in _MARK.finditer(self._text)]
            before = bisect_left(self._marks, at)  # the marks before the cue word
            at = self._marks[before - rule.marks_before_cue] if before >= rule.marks_before_cue else -1
        return at


def candidate_rules(ruleset: RuleSet, words: frozenset[str]) -> list[Rule]:
    """Rules whose every keyword set meets the sentence's words, in the order they are tried."""
    return ruleset.candidates(words)


@dataclass(slots=True)
class Attempt:
    """One rule tried on one sentence, for `attrib explain`: what matched and why it was refused."""

    rule: str
    match: Match | None
    refused: str | None = None


def match_sentence(sentence: Sentence, ruleset: RuleSet, attempts: list[Attempt] | None = None) -> Match | None:
    """The first rule match that survives the checks, or None."""
    if len(sentence.text) > MAX_SENTENCE_CHARS:
        report_bound(BoundHit(sentence.n, None, f"{len(sentence.text):,} characters long; patterns are "
                              f"tried on sentences of up to {MAX_SENTENCE_CHARS:,}: {_excerpt(sentence)}"))
        return None
    sentence = _headline_cues_lowered(sentence, ruleset.lexicons)
    candidates = candidate_rules(ruleset, sentence_words(sentence.text))
    if not candidates:
        return None
    starts: list[int] | None = None
    reach = CueReach(sentence.text)
    # one timer per sentence, not per rule: arming it costs more than most rules take
    try:
        with work_budget(RULE_TIME_BUDGET) as rearm:
            for rule in candidates:
                if rule.claim_quoted and not sentence.quoted and attempts is None:
                    continue  # its claim must be quoted and nothing here is
                try:
                    if rule.opens_with_phrase and starts is None and reach.limit(rule) >= 0:
                        # no phrase-first rule is tried from beyond its limit
                        until = max(reach.limit(r) for r in candidates if r.opens_with_phrase)
                        starts = clause_starts(sentence.text, ruleset.lexicons, until)
                    found = try_rule(rule, sentence, ruleset.lexicons, attempts, starts, reach)
                except OverBudget:
                    report_bound(BoundHit(sentence.n, rule.id, f"rule {rule.id} ({rule.origin}) stopped after "
                                          f"{RULE_TIME_BUDGET}s and was skipped for {_excerpt(sentence)}"))
                    rearm()
                    continue
                if found is not None:
                    return found
    except OverBudget:  # the time ran out between two rules: nothing was running to blame
        report_bound(BoundHit(sentence.n, None, f"ran out of time between rules for {_excerpt(sentence)}"))
    return None


def _excerpt(sentence: Sentence) -> str:
    text = " ".join(sentence.text[:80].split())
    return repr(text + ("…" if len(sentence.text) > 80 else ""))


def _headline_cues_lowered(sentence: Sentence, lex: Lexicons) -> Sentence:
    """In a Title Case headline ("Obama Says Museum Will Open"), cue verbs are capitalised too: lower
    their first letter (same length, so every offset stays true) so that the rules see them."""
    tokens = sentence.text.split()  # the words _WORD_SPAN finds (\s is str.isspace), but cheaper
    if len(tokens) < 4 or sum(t[0].isupper() for t in tokens) < 0.7 * len(tokens):
        return sentence
    words = list(_WORD_SPAN.finditer(sentence.text))
    chars = list(sentence.text)
    changed = False
    for w in words[1:]:
        token = w.group().rstrip(".,:;!?”\"'’")
        if token[:1].isupper() and token.lower() in lex.cue_kinds and token[1:].islower():
            chars[w.start()] = token[0].lower()
            changed = True
    return replace(sentence, text="".join(chars)) if changed else sentence


#: a clause opens after a word ending in one of these (or in '', a double quote of some archives)
_OPENING_PUNCTUATION = frozenset(",;:(“”\"—–―‘’")
#: how far back (in characters, from the next word) that punctuation may stand
_OPENING_REACH = 12


def clause_starts(text: str, lex: Lexicons, until: int | None = None) -> list[int]:
    """Offsets where a clause can start: the sentence start, after opening punctuation, after a
    clause boundary word or a sentence adverb. A speaker that opens a pattern starts at one.
    With `until`, the offsets up to there only."""
    boundaries = union(lex.set("clause_boundaries"), lex.set("leading_adverbs"))
    starts: list[int] = []
    previous = ""
    previous_end = end = 0
    for token in text.split():  # the words _WORD_SPAN finds; only spaces lie between them
        start = text.find(token, end)
        if until is not None and start > until:
            break
        end = start + len(token)
        # a word may open with a quote mark or bracket: the phrase starts after it
        lead = end - len(token.lstrip("“\"‘'(["))
        # only spaces lie between the previous word and this one, so opening punctuation must end it
        reach = max(0, start - _OPENING_REACH)
        opens = not previous or (previous_end - 1 >= reach and text[previous_end - 1] in _OPENING_PUNCTUATION) \
            or (previous_end - 2 >= reach and previous.endswith("''")) \
            or previous.lower().strip(",;:.“”\"'’") in boundaries
        # offsets ascend, so a repeat can only be the last one
        if (opens or lead != start) and (not starts or starts[-1] != lead):
            starts.append(lead)
        previous, previous_end = token, end
    return starts


def try_rule(rule: Rule, sentence: Sentence, lex: Lexicons, attempts: list[Attempt] | None = None,
             starts: list[int] | None = None, reach: CueReach | None = None) -> Match | None:
    """The first acceptable match of one rule in one sentence.

    A pattern that opens with a speaker is only tried where a clause starts (a handful of anchored
    matches instead of a search from every character); any other pattern is searched.
    """
    regex = rule.regex
    assert regex is not None
    text = sentence.text
    limit = (reach or CueReach(text)).limit(rule)
    if rule.opens_with_phrase:
        subordinate: Match | None = None
        subordinate_end = 0
        if starts is None:
            starts = clause_starts(text, lex) if limit >= 0 else []
        for start in starts:
            if start > limit:
                break  # starts ascend: no cue follows this one or any later one
            if subordinate is not None and start < subordinate_end:
                continue
            m = regex.match(text, start)
            if m is None:
                continue
            found, why = _validate(rule, m, sentence, lex)
            if attempts is not None:
                attempts.append(Attempt(rule.id, found, why))
            if found is None:
                continue
            if subordinate is None and _opens_with_subordinator(text, start, lex):
                # "When the moderator pointed out ..., the candidate said ...": look for the main
                # clause's speaker after the subordinate clause's comma; keep this one as fallback
                comma = text.find(",", m.end("cue") if "cue" in m.re.groupindex else start)
                if comma > 0:
                    subordinate, subordinate_end = found, comma
                    continue
            return found
        if subordinate is not None:
            return subordinate
        if attempts is not None and not any(a.rule == rule.id for a in attempts):
            attempts.append(Attempt(rule.id, None, "the pattern does not match"))
        return None
    pos = 0
    for _ in range(MAX_TRIES_PER_RULE):
        m = regex.search(text, pos) if pos <= limit else None
        if m is None:
            if attempts is not None and pos == 0:
                attempts.append(Attempt(rule.id, None, "the pattern does not match"))
            return None
        found, why = _validate(rule, m, sentence, lex)
        if attempts is not None:
            attempts.append(Attempt(rule.id, found, why))
        if found is not None:
            return found
        # a refused source may start later ("In 2016, Trump, ..., said"): retry from the next
        # position; any other refusal is about this cue, so retry after it
        cue_end = m.end("cue") if "cue" in m.re.groupindex and m.group("cue") else -1
        source_refused = why is not None and why.startswith("{source}")
        pos = max(pos + 1, m.start() + 1 if source_refused or cue_end < 0 else cue_end)
        if pos >= len(text):
            return None
    return None


def _opens_with_subordinator(text: str, start: int, lex: Lexicons) -> bool:
    """True when the phrase at `start` sits in a sentence-initial subordinate clause ("When X said ...")."""
    first = _WORD.match(text.lstrip("“\"‘'("))
    if first is None or first.group().lower() not in lex.set("subordinators"):
        return False
    return text.find(",", 0, start) < 0


def _span(m: re.Match[str], name: str, offset: int) -> Span | None:
    if name not in m.re.groupindex or m.group(name) is None:
        return None
    start, end = m.span(name)
    while start < end and m.string[start].isspace():
        start += 1
    while end > start and m.string[end - 1].isspace():
        end -= 1
    return Span(offset + start, offset + end) if end > start else None


def _ends_with_phrase(prefix: str, phrases: frozenset[str]) -> bool:
    words = _WORD.findall(prefix.lower().replace("’", "'"))[-3:]
    return any(" ".join(words[i:]) in phrases for i in range(len(words)))


def _validate(rule: Rule, m: re.Match[str], sentence: Sentence, lex: Lexicons) -> tuple[Match | None, str | None]:
    offset = sentence.start
    slots: dict[str, Span] = {}
    for name in m.re.groupindex:
        span = _span(m, name, offset)
        if span is not None:
            slots[name] = span
    cue = slots.get("cue")
    if cue is not None:
        if inside(sentence.quoted, cue.start, cue.end):
            return None, "the cue is inside a quotation"
        local = cue.start - offset
        if _ends_with_phrase(sentence.text[max(0, local - 40):local], lex.set("blocked_before")):
            return None, "the cue is negated or not a report (e.g. 'did not say', 'to say')"
    if rule.source_shape == "subject":
        # the speaker is the sentence's subject, whatever the pattern captured before the cue
        subject = sentence_subject(sentence, lex)
        if subject is None:
            return None, "{source} the sentence has no plausible subject"
        slots["source"] = subject
    for name in ("source", "via", "listener"):
        if name == "source" and name in slots and is_relative_pronoun(_doc_slice(sentence, slots[name]), lex):
            continue  # "who" is a whole source: it resolves to the phrase before it
        if name in slots and not (name == "source" and rule.source_shape == "subject"):
            trimmed = trim_noun_phrase(sentence.text, slots[name], offset, lex, before_cue=bool(
                cue and slots[name].end <= cue.start), bare_noun_ok=name != "source", any_party=bool(
                    cue and _doc_slice(sentence, cue).lower() in lex.set("according")),
                open_left=m.start(name) == m.start(), whole=rule.anchored and (
                    m.start(name) == 0 or sentence.text[:m.start(name)].rstrip().endswith(",")))
            claim_slot = slots.get("claim", slots[name])
            if name == "source" and rule.source_shape == "name" and not (
                    is_name(_doc_slice(sentence, slots[name]), lex) and (
                        claim_slot.end <= slots[name].start or len(_doc_slice(sentence, claim_slot).split()) >= 3)):
                trimmed = None  # a label is a whole name, and what follows it a real sentence
            if name == "source" and rule.source_shape == "unnamed" and trimmed is not None and classify_source(
                    _doc_slice(sentence, trimmed), lex) not in ("anonymous", "document"):
                trimmed = None  # "..., said one GOP source in the room": no name, a role or a document
            if trimmed is None:
                return None, f"{{{name}}} {_doc_slice(sentence, slots[name])!r} is not a plausible noun phrase"
            slots[name] = trimmed
    named = _name_in_apposition(sentence, slots, lex)
    if named is not None:
        slots["source"] = named  # "His mother, Elena Mireles, told ...": the name is the speaker
    if "outlet" in slots and m.start("outlet") == m.start() and _key(
            (sentence.text[:m.start()].split() or [""])[-1]) in lex.set("prepositions"):
        return None, "the outlet belongs to a phrase before it ('a columnist for the site Pando said')"
    if "outlet" in slots:
        outlet_text = _doc_slice(sentence, slots["outlet"])
        skip, found = 0, lex.outlets.longest_prefix(outlet_text)
        if found is None or found[0].type == "reference":  # "the website GunBroker.com" names its outlet
            skip, described = _outlet_after_description(outlet_text, lex)
            found = described or found
        if found is None:
            return None, f"{outlet_text!r} is not in the outlets lexicon"
        start = slots["outlet"].start + skip
        slots["outlet"] = Span(start, start + found[1])
    for name in ("source", "via", "listener"):
        span = slots.get(name)
        if span and inside(sentence.quoted, span.start, span.end):
            return None, f"{{{name}}} is inside a quotation"
    claim_span = slots.get("claim")
    local_quotes = tuple(Span(q.start - offset, q.end - offset) for q in sentence.quoted)
    if rule.claim_quoted and (claim_span is None or quoted_share(
            local_quotes, sentence.text, claim_span.start - offset, claim_span.end - offset) < 0.5):
        return None, "the rule needs a quoted claim"
    if cue is not None and _is_passive(_doc_slice(sentence, cue), lex):
        source = slots.get("source")
        after = sentence.text[cue.end - offset:].lstrip().lower()
        if source is None or _doc_slice(sentence, source).lower() != "it" or not _THAT_SOON.match(after):
            return None, "the cue is passive ('he was told', 'visas were denied'): nobody speaks"
        del slots["source"]  # "It was reported that ...": attributed, but nobody is named
    cue_text = cue_words(_doc_slice(sentence, cue), lex) if cue else ""
    kind = lex.cue_kinds.get(cue_text.split()[-1].lower()) if cue_text else None
    if cue_text and kind is None:
        kind = lex.cue_kinds.get(cue_text.lower())
    if cue is not None:
        claim_before = "claim" in slots and slots["claim"].end <= cue.start
        why = _not_a_report(cue_text, kind, "" if claim_before else sentence.text[cue.end - offset:], lex)
        if why is not None:
            return None, why
    return Match(rule=rule.id, slots=slots, cue_text=cue_text, cue_kind=kind), None


def _outlet_after_description(text: str, lex: Lexicons) -> tuple[int, tuple[Outlet, int] | None]:
    """An outlet named after its description: "Egypt's state news agency MENA", "the German weekly
    Der Spiegel" -> (where the name starts, the outlet and its length)."""
    words = list(_WORD_SPAN.finditer(text))
    for i in range(1, min(len(words), 8)):
        if _key(words[i - 1].group()) not in lex.set("outlet_descriptors") or not _name_word(words[i].group()):
            continue
        name = text[words[i].start():].rstrip(".,;:")
        if name.isupper() and " " not in name and len(name) > 4:
            continue  # "THE WEEKLY STANDARD" is one name in capitals, not "Standard" described
        found = lex.outlets.recognise(name)
        if found is None and all(_name_word(w) for w in name.split()) and len(name.split()) <= 4:
            found = Outlet(name=name, type="unknown")  # "the website GunBroker.com"
        if found is not None:
            return words[i].start(), (found, len(name))
    return 0, None


_TO_VERB = re.compile(r"\s+(?:[\w’'-]+\s+){0,4}?to\s+[a-z]")
_TO_NEXT = re.compile(r"\s+to\b")
_TO_THEN_WORD = re.compile(r"\s+to\s")
_BY_NEXT = re.compile(r"\s+by\s+(?!\d)")  # ("by 2050" is a date)


def _not_a_report(cue: str, kind: str | None, after: str, lex: Lexicons) -> str | None:
    """Why a cue verb here reports no claim, or None: a request that asks no question ("asking the
    government to act"; `after` is empty when the claim came before the cue), an action before "to"
    ("continued to treat her"), a participle before "by" ("a condition characterized by"), a belief
    verb before "to" ("both considered to be")."""
    last = cue.split()[-1].lower() if cue else ""
    if kind == "request" and after and not _QUOTE_MARK_AHEAD.match(after) and (
            _TO_VERB.match(after) or not _QUESTION_AHEAD.match(after)):
        return "a request reports an act, not a claim ('asking the government to act'), unless it asks a question"
    if last in lex.set("actions_before_to") and _TO_THEN_WORD.match(after):
        return "an action before 'to' ('continued to treat her')"
    if " " not in cue and last.endswith("ed") and _BY_NEXT.match(after):
        return "a participle before 'by' describes ('a condition characterized by'), nobody speaks"
    if kind == "belief" and last.endswith("ed") and _TO_NEXT.match(after):
        return "a belief verb before 'to' describes, it reports nobody's view ('both considered to be')"
    return None


_QUESTION_AHEAD = re.compile(r"\s+(?:[\w’'-]+\s+){0,4}?(?:whether|if|why|how|what|when|where|who|which|that)\b",
                             re.IGNORECASE)
_QUOTE_MARK_AHEAD = re.compile(r"[^\"“”]{0,80}[\"“”]")
# "It was reported (last year) that ...": a short time phrase may come before "that"
_THAT_SOON = re.compile(r"(?:[\w’'-]+\s+){0,3}?that\b")


def _name_in_apposition(sentence: Sentence, slots: dict[str, Span], lex: Lexicons) -> Span | None:
    """The apposition's span when an unnamed speaker is followed by its name: "His mother, Elena Mireles,"."""
    source, detail = slots.get("source"), slots.get("detail")
    if source is None or detail is None or detail.start < source.end:
        return None
    between = sentence.text[source.end - sentence.start:detail.start - sentence.start]
    source_text, detail_text = _doc_slice(sentence, source), _doc_slice(sentence, detail)
    if between.strip() != "," or any(w[:1].isupper() for w in source_text.split()[1:]) \
            or not is_name(detail_text.rstrip(","), lex):
        return None
    return Span(detail.start, detail.start + len(detail_text.rstrip(",")))


def sentence_subject(sentence: Sentence, lex: Lexicons) -> Span | None:
    """The noun phrase that opens the sentence, up to its verb: "Mr. Putin also veered ..., saying"
    -> Mr. Putin. Words stop it that are auxiliaries, adverbs of the verb group, cue verbs, "-ed"
    words or punctuation; None when that leaves no plausible speaker."""
    words: list[Word] = []
    stops = union(lex.set("aux"), lex.set("cue_adverbs"))
    for m in _WORD_SPAN.finditer(sentence.text, _after_opening_adverbial(sentence.text, lex)):
        word = m.group()
        key = _key(word)
        if key in stops or key in lex.cue_kinds or (key.endswith("ed") and len(words) > 0) or not key:
            break
        words.append((m.start(), m.end(), word))
        if word[-1] in ",;:" or len(words) > 8 or key in lex.set("personal_pronouns"):
            break  # a pronoun is a whole subject: "She chose ..." -> She
    if not words:
        return None
    kept = _name_before_verb(words, lex)
    if not kept and words[-1][2][-1] not in ";:" and len(words) <= 8:
        kept = _phrase_before_cue(words, lex)
    if not kept:
        return None
    start, end = kept[0][0], kept[-1][1]
    while end > start and sentence.text[end - 1] in ",;:":
        end -= 1
    return Span(sentence.start + start, sentence.start + end)


def _after_opening_adverbial(text: str, lex: Lexicons) -> int:
    """Where the subject can start: after "And then", and after opening phrases up to their commas
    ("In May, a federal judge sided with ..." -> "a federal judge"; "Here in Columbia, Sanders ...";
    "On Thursday, after remaining neutral, Warren ...")."""
    skippable = union(lex.set("leading_adverbs"), lex.set("conjunctions"))
    openers = union(lex.set("prepositions"), lex.set("time_openers"), lex.set("subordinators"))
    words = list(_WORD_SPAN.finditer(text))
    position, i = 0, 0
    while i < len(words):
        key = _key(words[i].group())
        if key in openers:
            comma = next((j for j in range(i, min(i + 10, len(words))) if words[j].group().endswith(",")), None)
            if comma is None:
                return position
            position, i = words[comma].end(), comma + 1
            continue
        if key not in skippable or words[i].group().endswith(","):
            break
        position, i = words[i].end(), i + 1
    return position


def _name_before_verb(words: list[Word], lex: Lexicons) -> list[Word] | None:
    """A capitalised name that opens the clause and a lower-case word after it, which is then its
    verb: "Cruz took the stage ..." -> Cruz. Not "Trump campaign manager Corey Lewandowski"."""
    run: list[Word] = []
    for word in words:
        text = word[2]
        if _name_word(text) or (run and _key(text) in lex.set("person_titles")):
            run.append(word)
            if text.endswith(","):
                return None  # "Smith, a nurse, ...": an apposition, not a verb, follows
            continue
        key = _key(text)
        if not run or key in lex.set("role_nouns") or key in lex.set("organisation_words") or key in _NAME_CONNECTORS:
            return None
        break
    else:
        return None
    first = _key(run[0][2])
    if first in lex.set("determiners") or first in lex.set("personal_pronouns") or len(run) > 5:
        return None
    return run


def _is_passive(cue: str, lex: Lexicons) -> bool:
    """A form of "be" before a past participle: "was told", "had been denied" (not "is saying")."""
    words = cue.lower().split()
    return len(words) >= 2 and not words[-1].endswith("ing") and any(
        w in lex.set("passive_aux") for w in words[:-1]) and not any(w == "as" for w in words)


def is_name(text: str, lex: Lexicons) -> bool:
    """One to four capitalised words ("WALLACE", "Pat Caddell"), not a known label like "Update"."""
    words = text.replace("’", "'").split()
    if not 1 <= len(words) <= 4 or text.lower() in lex.set("not_speaker_labels") \
            or text.lower() in lex.set("personal_pronouns"):
        return False
    return all(w[:1].isupper() or w.lower() in ("de", "van", "von", "al", "bin", "of", "the") for w in words)


def _doc_slice(sentence: Sentence, span: Span) -> str:
    return sentence.text[span.start - sentence.start : span.end - sentence.start]


def cue_words(cue: str, lex: Lexicons) -> str:
    """The cue as reported: auxiliaries kept, adverbs dropped ("has also said" -> "has said")."""
    adverbs = lex.set("cue_adverbs")
    words = [w for w in cue.split() if w.lower() not in adverbs and not (len(w) > 4 and w.endswith("ly"))]
    return " ".join(words) if words else cue.strip()


def trim_noun_phrase(text: str, span: Span, offset: int, lex: Lexicons, before_cue: bool,
                     bare_noun_ok: bool = False, open_left: bool = False, whole: bool = False,
                     any_party: bool = False) -> Span | None:
    """Cut a captured window down to the noun phrase next to the cue; None if it is not one.

    Before the cue the phrase ends at the cue and starts after the last clause boundary word
    (", and the Kremlin said" -> the Kremlin); after the cue it starts at the cue and ends before
    the first one ("according to officials who ..." -> officials). A phrase that opens the match
    (`open_left`) must also open a clause. A title or role before a name is dropped: "White House
    spokesman Josh Earnest" -> Josh Earnest. A `whole` phrase (one a pattern anchors at the
    sentence start) may not be cut at all: "documents that the lawyers believe" is no speaker.
    """
    local_start, local_end = span.start - offset, span.end - offset
    words = [(m.start(), m.end(), m.group()) for m in _WORD_SPAN.finditer(text, local_start, local_end)]
    if not words:
        return None
    if before_cue:
        if open_left and not _starts_clause(text[:local_start], lex):
            return None  # "It was the first call": a phrase in mid-clause is no speaker
        kept = _phrase_before_cue(words, lex)
        if whole and kept and kept[0] != words[0] and _key(words[0][2]) not in lex.set("leading_adverbs") \
                and _key(words[0][2]) not in lex.set("conjunctions"):  # ", and a teacher thought"
            return None
        if kept and text[local_end:].lstrip().startswith(",") and _names_no_party(kept, lex):
            before = text[:kept[0][0]].split()[-1:] or [""]  # the word before the kept phrase
            if _key(before[0]) in union(lex.set("subordinators"), lex.set("prepositions")) \
                    and not before[0].endswith(","):
                return None  # "After the match, the coach, ..., said": a fronted phrase, not a speaker
    else:
        kept = _phrase_after_cue(words, lex, bare_noun_ok, any_party)
    if not kept:
        return None
    kept = _name_after_title(kept, lex)
    start, end = kept[0][0], kept[-1][1]
    clitic = _CLITIC.search(text, start, end) or _PRONOUN_IS.search(text, start, end)
    if clitic is not None and clitic.start() > start and (clitic.re is _CLITIC or _key(
            text[start:clitic.start()]) in lex.set("personal_pronouns")):
        end = clitic.start()  # "They've said", "He’s claiming": the clitic is the cue's auxiliary
    while end > start and text[end - 1] in ",;:":
        end -= 1
    if text[end - 1] == "." and not _ends_with_abbreviation(text[:end], lex):
        end -= 1  # the sentence's full stop, not an abbreviation's
    return Span(start + offset, end + offset)


Word = tuple[int, int, str]

_CLITIC = re.compile(r"['’](?:ve|d|ll|re|m)$", re.IGNORECASE)
_PRONOUN_IS = re.compile(r"['’]s$", re.IGNORECASE)  # "He’s" (is), but "Obama's" is a possessive

_LAST_WORD = re.compile(r"(\S+)\.$")
_INITIALS = re.compile(r"(?:\b[A-Za-z]\.){1,}$")


def _ends_with_abbreviation(text: str, lex: Lexicons) -> bool:
    """"Martin Luther King Jr." and "the U.S." keep their period; "said Jane Cole." does not."""
    last = _LAST_WORD.search(text)
    if last is None:
        return False
    word = last.group(1).lstrip("(“\"'")
    split = lex.split
    return bool(_INITIALS.search(text)) or any(
        word in known or word.lower() in known for known in (split.titles, split.other, split.before_number))


def _key(word: str) -> str:
    return word.lower().strip(".,;:’'\"“”()").replace("’", "'")


def _after_opening_phrase(words: list[Word], lex: Lexicons) -> list[Word]:
    """The subject after an opening phrase with no comma: "In 2010 she said" -> she, "On Tuesday the
    ministry said" -> the ministry. It starts at a pronoun or a determiner; none leaves nothing."""
    openers = union(lex.set("personal_pronouns"), lex.set("object_determiners"))
    for i in range(2, min(4, len(words))):
        if _key(words[i][2]) in openers:
            return words[i:]
    return []


def _with_relative_clause(head: list[Word], clause: list[Word], lex: Lexicons) -> list[Word] | None:
    """"Two council members who voted against the rates argued": the speaker is the phrase before
    "who", kept with its relative clause unless the clause has its own verb group ("who has lived")."""
    if _key(head[-1][2]) in lex.set("prepositions") or (len(clause) > 1 and (
            _key(clause[1][2]) in union(lex.set("determiners"), lex.set("personal_pronouns"))
            or clause[1][2][:1].isupper())):
        return None  # "the case on which the Court ruled": the pronoun is an object, nobody speaks
    phrase = _phrase_before_cue(head, lex)
    if phrase is None or len(phrase) + len(clause) > MAX_SOURCE_WORDS \
            or any(_key(w) in lex.set("aux") for _, _, w in clause):
        return phrase
    return phrase + clause


def _names_no_party(words: list[Word], lex: Lexicons) -> bool:
    """A common noun phrase naming no party: "the match", not "the F.B.I. director" or "Mr. Ryan"."""
    keys = [_key(w) for _, _, w in words]
    heads = union(lex.set("role_nouns"), lex.set("person_titles"), lex.set("organisation_words"),
                  lex.set("document_nouns"))
    return not any(w[:1].isupper() for _, _, w in words[1:]) and not words[0][2][:1].isupper() \
        and head_noun(keys, lex) not in heads


_DASHES = frozenset({"-", "–", "—", "--"})


def _phrase_before_cue(words: list[Word], lex: Lexicons) -> list[Word] | None:
    boundaries = lex.set("clause_boundaries")
    cut = 0
    dashes = [i for i, (_, _, w) in enumerate(words) if w in _DASHES]
    if len(dashes) >= 2 and dashes[-1] == len(words) - 1:
        words = words[:dashes[-2]]  # an aside between dashes before the cue: "economists - including ... -"
    for i, (_, _, w) in enumerate(words):
        if _key(w) in boundaries and not _coordination(words, i, lex) and not (len(w) > 1 and w.isupper()):
            cut = i + 1  # ("WHO", an acronym, is no boundary)
        elif w in _DASHES:
            cut = i + 1  # a dateline ends here: "LONDON (Reuters) - Donald Trump said"
    if 1 < cut < len(words) and _key(words[cut - 1][2]) in lex.set("relative_pronouns"):
        return _with_relative_clause(words[:cut - 1], words[cut - 1:], lex)
    words = words[cut:]
    leading = lex.set("leading_adverbs")
    while len(words) > 1 and _key(words[0][2]) in leading:
        words = words[1:]
    if words and _key(words[0][2]) in lex.set("prepositions") and not words[0][2].isupper():
        words = _after_opening_phrase(words, lex)
    if not words or len(words) > MAX_SOURCE_WORDS:
        return None
    if any(_key(w) in lex.set("aux") for _, _, w in words):
        return None  # "It was the first call": a verb inside means a clause, not a noun phrase
    if is_share([_key(w) for _, _, w in words], lex):
        return words
    if _reads_as_clause(words, lex):
        return None
    pronoun = _key(words[0][2]).replace("’", "'").split("'")[0]
    if pronoun in lex.set("personal_pronouns") and not words[0][2].isupper() and len(words) > 1 \
            and _key(words[1][2]) not in lex.set("pronoun_companions"):
        return None  # "I am far from the perfect champion": a pronoun is a whole subject
    first, last = _key(words[0][2]), words[-1][2].replace("’", "'")
    if first.endswith("ing") and first not in lex.set("determiners") and _key(words[-1][2]) not in lex.set(
            "role_nouns"):  # ("restructuring experts" are people)
        return None  # "Making the rounds on the Sunday shows, ...": a participle, not a speaker
    possessive = (last.endswith("'s") and _key(last[:-2]) not in lex.set("personal_pronouns")) or last.endswith("s'")
    if first in lex.set("cannot_start_phrase") or possessive or last.isdigit():
        return None  # "On this weekend's", "before the 2014": neither a speaker nor a whole phrase
    if not first or not (_looks_like_party([w for _, _, w in words], lex)
                         or first in lex.set("role_nouns") or first in lex.set("anonymity_phrases")):
        return None  # "city officials", "state media" pass through their head noun
    return words


_NAME_CONNECTORS = frozenset({"of", "for", "to", "de", "del", "da", "al", "el", "and", "&", "von", "van", "bin"})
_NAME_CONNECTORS_AND_THE = _NAME_CONNECTORS | {"the"}


def _phrase_after_cue(words: list[Word], lex: Lexicons, bare_noun_ok: bool,
                      any_party: bool = False) -> list[Word] | None:
    """The noun phrase after a cue. After "according to" (`any_party`) any phrase of two words or more
    names a source ("according to early returns", "... to polling by the union")."""
    boundaries = lex.set("clause_boundaries")
    for i, (_, _, w) in enumerate(words):
        if i > 0 and _key(w) in boundaries and _key(w) not in ("of", "from", "with", "for"):
            words = words[:i]
            break
    first = _key(words[0][2])
    if words[0][2][:1].isupper() and not bare_noun_ok:
        # "According to Rathbun the property was returned": the name ends with its capitals
        words = _capitalised_run(words, union(lex.set("person_titles"), lex.set("role_nouns")))
    elif first == "the" and len(words) > 2 and words[1][2][:1].isupper() and not bare_noun_ok \
            and any(_key(w) in lex.set("aux") for _, _, w in words):
        # "According to the Saudi Interior Ministry over 345 pilgrims have died": no comma ends it
        words = words[:1] + _capitalised_run(words[1:], union(lex.set("person_titles"), lex.set("role_nouns")))
    if not first or first in boundaries or first in lex.set("cannot_start_phrase") \
            or any(_key(w) in lex.set("aux") for _, _, w in words):
        return None  # "said the savings were unavoidable": a clause, not a speaker
    if len(words) > MAX_SOURCE_WORDS:
        return None
    if bare_noun_ok:
        return words
    if len(words) == 1 and words[0][2][:1].islower() and not (
            first in lex.set("role_nouns") or first in lex.set("personal_pronouns")
            or (first in lex.set("document_nouns") and (first.endswith("s") or first == "data"))):
        return None  # "according to plan" is not a source; "to officials", "to reports", "to data" are
    return words if any_party or _looks_like_party([w for _, _, w in words], lex) else None


def _capitalised_run(words: list[Word], titles: frozenset[str]) -> list[Word]:
    """A name after the cue ends where its capitalised words do: "According to Rathbun the ..." -> Rathbun."""
    run: list[Word] = []
    for i, word in enumerate(words):
        w = word[2]
        nxt = words[i + 1][2] if i + 1 < len(words) else ""
        capitalised = w[:1].isupper() or w[:1].isdigit() or w.startswith("(") or (
            bool(run) and _key(w) in titles)  # "Los Angeles-based attorney Edgar Martirosyan"
        after_next = words[i + 2][2] if i + 2 < len(words) else ""
        connects = (_key(w) in _NAME_CONNECTORS and (nxt[:1].isupper() or (
            _key(nxt) == "the" and after_next[:1].isupper()))) or (
            _key(w) == "the" and bool(run) and _key(run[-1][2]) in _NAME_CONNECTORS)
        # ("Ambassador to the United States Hamdullah Mohib": "to the" joins the title)
        if not (capitalised or connects):
            break
        run.append(word)
    while run and _key(run[-1][2]) in _NAME_CONNECTORS_AND_THE:
        run.pop()
    return run or words


_NAME_PARTICLE = re.compile(r"^(?:[a-z]{1,3}-[A-Z]|(?:al|bin|de|del|da|van|von|der|la|le)$)")


def _name_word(word: str) -> bool:
    """A word of a person's name: capitalised, a party label "(D-N.Y.)", or a particle ("al-Amr", "van")."""
    return word[:1].isupper() or word.startswith("(") or bool(_NAME_PARTICLE.match(word))


@lru_cache(maxsize=8)
def _titles(person_titles: frozenset[str], role_nouns: frozenset[str], honorifics: frozenset[str]) -> frozenset[str]:
    """Words that title a name but are not part of it (built once, not per phrase)."""
    return (person_titles | role_nouns) - honorifics


def _name_after_title(words: list[Word], lex: Lexicons) -> list[Word]:
    """Keep just the name: drop titles and roles before it ("US President Barack Obama" -> Barack Obama)
    and an affiliation after it ("Matthew Ingram of The Globe and Mail" -> Matthew Ingram)."""
    titles = _titles(lex.set("person_titles"), lex.set("role_nouns"), lex.set("honorifics"))
    for i in range(len(words) - 2, -1, -1):
        title = _key(words[i][2]).rstrip(".")
        if title in titles:
            tail = words[i + 1:]
            person_title = title in lex.set("person_titles")
            if person_title and _key(words[0][2]) not in ("a", "an", "the"):
                tail = _after_title_object(tail)  # not "A spokesperson for the Parents Forum"
            # a role before one capitalised word names an organisation: "the Riverside Parents Forum"
            if tail and all(_name_word(w) for _, _, w in tail) and not any(
                    _key(w).rstrip(".") in titles for _, _, w in tail) and (len(tail) > 1 or person_title):
                words = tail
            break
    return _name_before_affiliation(words, lex)


def _after_title_object(tail: list[Word]) -> list[Word]:
    """After "Ambassador to the United States" or "Secretary of State", the name is the last two
    capitalised words (three with an initial): "... Hamdullah Mohib", "... James B. Comey"."""
    joins = [j for j, (_, _, w) in enumerate(tail) if _key(w) in ("of", "to", "for", "the")]
    if not joins or not tail[:1] or _key(tail[0][2]) not in ("of", "to", "for"):
        return tail
    rest = tail[joins[-1] + 1:]
    if len(rest) < 3 or not all(_name_word(w) for _, _, w in rest):
        return tail
    keep = 3 if re.fullmatch(r"[A-Z]\.", rest[-2][2]) else 2
    return rest[-keep:]


def _name_before_affiliation(words: list[Word], lex: Lexicons) -> list[Word]:
    for i, (_, _, w) in enumerate(words):
        if _key(w) not in ("of", "from", "at"):
            continue
        name, rest = [x for _, _, x in words[:i]], words[i + 1:]
        is_person = len(name) >= 2 and all(_name_word(x) for x in name) and not any(
            _key(x) in lex.set("organisation_words") for x in name)
        names_an_organisation = bool(rest) and (rest[0][2][:1].isupper() or _key(rest[0][2]) == "the")
        return words[:i] if is_person and names_an_organisation else words
    return words


_CLAUSE_OPENERS = frozenset(",;:(“”\"—–―‘’'")  # ’ and '' close quotes in many styles


def _starts_clause(before: str, lex: Lexicons) -> bool:
    """True when a phrase starting after `before` starts a clause: at the start, after punctuation,
    or after a clause boundary word or a sentence adverb."""
    before = before.rstrip()
    if not before or before[-1] in _CLAUSE_OPENERS:
        return True
    last = _WORD.findall(before.lower())[-1:] or [""]
    return last[0] in lex.set("clause_boundaries") or last[0] in lex.set("leading_adverbs")


def _looks_like_party(words: list[str], lex: Lexicons) -> bool:
    """A source after its cue must look like a party: a name, a determiner, a pronoun, or a phrase
    whose head is a role or document noun ("government sources", "people familiar with ...")."""
    first = words[0]
    lowered = first.lower().replace("’", "'")
    if first[:1].isupper() or first[:1].isdigit() or lowered in lex.set("determiners") \
            or lowered in lex.set("personal_pronouns"):
        return True
    if _name_after_role(" ".join(words), lex):
        return True  # "campaign manager Robby Mook", "super PAC spokeswoman Kellyanne Conway"
    lowered_words = [w.lower().strip(".,;:") for w in words]
    head = head_noun(lowered_words, lex)
    head_early = head in lowered_words[:3]  # "fisherman first noticed the people" is a clause
    return head_early and (head in lex.set("role_nouns") or head in lex.set("document_nouns")
                           or head in lex.set("organisation_words"))  # "..., council says"



def _reads_as_clause(words: list[Word], lex: Lexicons) -> bool:
    """A subject, a verb and its object rather than one noun phrase: "Carson shared a syllabus for a
    class", "the title of the book she"."""
    keys = [_key(w) for _, _, w in words]
    if any(k in lex.set("subject_pronouns") for k in keys[1:]):
        return True
    if not words[0][2][:1].isupper() or keys[0] in lex.set("determiners"):
        return False
    keeps_phrase = union(lex.set("role_nouns"), lex.set("organisation_words"), lex.set("prepositions"),
                         lex.set("document_nouns"), _NAME_CONNECTORS)
    return any(w[2].islower() and keys[i] not in keeps_phrase and not keys[i].endswith("ing")
               and keys[i + 1] in lex.set("object_determiners") for i, w in enumerate(words[:-1]))


def is_share(keys: list[str], lex: Lexicons) -> bool:
    """A share of a group, which speaks in polls: "about four in 10", "half of GOP primary voters",
    "6 out of 10 voters", "43 percent of Republicans"."""
    approximators = lex.set("approximators")
    while keys and keys[0] in approximators:
        keys = keys[1:]
    if not keys:
        return False

    def number(word: str) -> bool:
        return word.replace(",", "").isdigit() or word in lex.set("number_words")

    if number(keys[0]) and keys[1:2] == ["in"] and len(keys) > 2 and number(keys[2]):
        return len(keys) == 3 or keys[3] == "of"
    if number(keys[0]) and keys[1:3] == ["out", "of"] and len(keys) > 3 and number(keys[3]):
        return len(keys) == 4 or keys[4] == "of"
    if number(keys[0]) and keys[1:2] and keys[1] in lex.set("share_words"):
        keys = keys[1:]  # "43 percent of ..."
    elif keys[0].endswith("%") and number(keys[0][:-1]):
        keys = ["%", *keys[1:]]
    share = keys[0].split("-")[-1]  # "two-thirds", "three-quarters"
    return share in lex.set("share_words") and (len(keys) == 1 or keys[1] == "of")


def _coordination(words: list[tuple[int, int, str]], i: int, lex: Lexicons) -> bool:
    """True when "and" joins names inside one phrase ("both Moscow and Washington"), not two clauses."""
    if words[i][2].lower() != "and" or i == 0 or i + 1 >= len(words):
        return False
    before = [w for _, _, w in words[:i]]
    after = words[i + 1][2]
    if before[-1][:1].isupper() and after[:1].isupper() and not before[-1].endswith(","):
        return True  # "The Globe and Mail", "Procter and Gamble", "Moscow and Washington"
    after_key = _key(after)
    if after[:1].islower() and after_key not in union(lex.set("determiners"), lex.set("personal_pronouns")) \
            and not before[-1].endswith(",") and _key(before[0]) in lex.set("role_nouns") \
            and any(_key(w) in ("on", "of", "in") for w in before):
        return True  # "Experts on North Korea and nuclear nonproliferation said"
    if len(before) > 3 or not after[:1].isupper():
        return False
    return all(w[:1].isupper() or w.lower() in ("both", "either") for w in before)


# --- from a match to the claim it implies -----------------------------------------------------------

def _document_owner(source: str, lex: Lexicons) -> str | None:
    """The named author of a document source written with a possessive, else None."""
    match = re.match(r"^((?:[A-Z][\w&.-]*\s+){0,4}[A-Z][\w&.-]*)['’]s\s+(.+)$", source)
    if match is None:
        return None
    head = head_noun(match.group(2).lower().split(), lex)
    return match.group(1) if head in lex.set("document_nouns") else None


def is_relative_pronoun(word: str, lex: Lexicons) -> bool:
    """"who", "which" as written in lower case: "WHO" is the World Health Organization."""
    return word.islower() and word in lex.set("relative_pronouns")


def relative_antecedent(before: str, lex: Lexicons) -> str | None:
    """The noun phrase a relative pronoun stands for, read back from it: "Mr. Trump, who" -> Mr. Trump;
    "among the 30 percent of voters who" -> the 30 percent of voters. None when no phrase fits."""
    stops = (lex.set("prepositions") | lex.set("clause_boundaries") | lex.set("aux")
             | lex.set("cannot_start_phrase")) - {"of"}
    collected: list[str] = []
    for word in reversed(before.split()):
        key = _key(word)
        if (collected and word[-1] in ",;:—()") or not key or key in lex.cue_kinds or key in stops \
                or (key.endswith("ed") and word.islower()):
            break
        collected.insert(0, word)
        if len(collected) >= MAX_SOURCE_WORDS:
            return None
    starters = lex.set("determiners") | lex.set("share_words") | lex.set("approximators")
    for i, word in enumerate(collected):
        key = _key(word)
        if word[:1].isupper() or word[:1].isdigit() or key in starters or key in lex.set("role_nouns"):
            phrase = " ".join(collected[i:]).rstrip(",;:")
            return phrase if _key(collected[-1]) not in lex.set("phrase_cannot_end") | {"of"} else None
    return None


def _described_outlet(source: str, lex: Lexicons) -> str | None:
    """An outlet the lexicons may not list, named after its description: "the German weekly Der
    Spiegel", "the secularist magazine MicroMega" -> the name."""
    words = source.split()
    for i in range(1, min(len(words), 6)):
        if _key(words[i - 1]) in lex.set("outlet_descriptors") and words[0].lower() in ("the", "a", "an"):
            name = words[i:]
            if 1 <= len(name) <= 4 and all(_name_word(w) for w in name):
                return " ".join(name)
    return None


_SEEN_BY = re.compile(r"\b(?:seen|reviewed|obtained|viewed|examined|verified|analy[sz]ed)\s+by\s+(\S.*)$")


def _outlet_that_saw(source: str, lex: Lexicons) -> str | None:
    """The outlet that vouches for a document it has seen: "records reviewed by Reuters" -> Reuters."""
    match = _SEEN_BY.search(source)
    found = lex.outlets.lookup(match.group(1).rstrip(".,")) if match else None
    return found.name if found else None


_AUTHORED = re.compile(r"^(.+?)\s+(?:from|by)\s+(\S.*)$")


def _document_author(source: str, lex: Lexicons) -> tuple[str, tuple[int, int]] | None:
    """A document with its author named: "a statement from the ministry", "calculations by Amy Roe of
    MIT" -> (the document, the author's offsets in `source`). An unnamed author ("a post by an unknown
    author") leaves the document as the source."""
    match = _AUTHORED.match(source)
    if match is None:
        return None
    document, author = match.group(1), match.group(2)
    if head_noun(document.lower().split(), lex) not in lex.set("document_nouns"):
        return None
    first = author.split()[0]
    key = _key(first)
    if not (first[:1].isupper() or key in lex.set("definite_determiners")) or key in lex.set("time_openers") \
            or key in lex.split.before_number:
        return None  # "posts from Friday", "a report from Nov. 3": a date, not an author
    words = [(m.start() + match.start(2), m.end() + match.start(2), m.group())
             for m in _WORD_SPAN.finditer(author)]
    kept = _name_after_title(words, lex)
    return document, (kept[0][0], kept[-1][1])


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
    if any(phrase in norm for phrase in _multiword(lex.set("anonymity_phrases"))):
        return "anonymous"
    head = head_noun(words, lex)
    if head in lex.set("document_nouns"):
        return "document"
    if is_share([w.strip(".,;:") for w in words], lex):
        return "anonymous"  # poll respondents: "six in 10 Republicans", "half of the farmers"
    if len(words) == 1 and (words[0] in lex.set("determiners") or words[0] == "others"):
        return "anonymous"  # "Some argued ...", "Many say ...", "others warned"
    has_name = any(w[:1].isupper() for w in source.split()[1:]) or (
        source[:1].isupper() and words[0] not in lex.set("determiners"))
    if head in lex.set("role_nouns") and not _name_after_role(source, lex):
        return "anonymous"
    if not has_name and head in lex.set("role_nouns"):
        return "anonymous"
    return "named"


@lru_cache(maxsize=8)
def _multiword(phrases: frozenset[str]) -> tuple[str, ...]:
    """The phrases of more than one word (picked once, not per source)."""
    return tuple(p for p in phrases if " " in p)


def head_noun(words: list[str], lex: Lexicons) -> str:
    """The head of a noun phrase: the last word before its first preposition."""
    preps = lex.set("prepositions")
    head_words: list[str] = []
    for w in words:
        if head_words and w in preps:
            break
        head_words.append(w)
    return head_words[-1].strip(".,") if head_words else ""


def _name_after_role(source: str, lex: Lexicons) -> bool:
    """'White House spokesman Josh Earnest': a capitalised name follows the role noun."""
    tokens = source.replace("’", "'").split()
    roles = union(lex.set("role_nouns"), lex.set("person_titles"))
    return any(w.lower() in roles and tokens[i + 1][:1].isupper() for i, w in enumerate(tokens[:-1]))


def quote_kind(sentence: Sentence, doc_text: str, slots: dict[str, Span]) -> str:
    """direct | mixed | indirect, from how much of the claim is inside quotation marks.

    The claim is the {claim} slot when the rule captures one, else the sentence minus the span
    from the first to the last attribution slot.
    """
    claim = slots.get("claim")
    if claim is not None and any(c.isalnum() for c in doc_text[claim.start:claim.end]):
        parts = [(claim.start, claim.end)]
    else:  # no claim slot, or only the full stop after '“…,” he surmised.'

        attribution = [s for name, s in slots.items() if not name.startswith("detail")]
        parts = [(sentence.start, sentence.end)]
        if attribution:
            first, last = min(s.start for s in attribution), max(s.end for s in attribution)
            parts = [(sentence.start, first), (last, sentence.end)]
    counts = [letters(doc_text, s, e) for s, e in parts]
    total = sum(counts)
    if not total:
        return "indirect"
    quoted = sum(quoted_share(sentence.quoted, doc_text, s, e) * n for (s, e), n in zip(parts, counts, strict=True))
    share = quoted / total
    if share >= 0.9:
        return "direct"
    return "mixed" if share > 0 else "indirect"


def flat(text: str) -> str:
    """A field value on one line: a hard wrap inside "a statement on\nTelegram" is just a space."""
    return " ".join(text.split())


def claim_from_match(claim: Claim, sentence: Sentence, match: Match, doc_text: str, ruleset: RuleSet) -> None:
    """Fill an attributed claim's fields from its match."""
    lex = ruleset.lexicons
    rule = ruleset.get(match.rule)
    slots = match.slots
    claim.attributed = True
    claim.rule = match.rule
    claim.spans = dict(slots)
    claim.cue = flat(match.cue_text) or (rule.cue if rule else None) or None
    claim.cue_kind = match.cue_kind
    outlet_span = slots.get("outlet")
    listener = slots.get("listener")
    if outlet_span is None and listener is not None:
        found = lex.outlets.recognise(listener.slice(doc_text))
        if found is not None:
            outlet_span = listener
            claim.spans["outlet"] = listener
    if outlet_span is not None:
        found = lex.outlets.recognise(outlet_span.slice(doc_text))
        claim.outlet = found.name if found else flat(outlet_span.slice(doc_text))
    source_span = slots.get("source") or outlet_span
    if source_span is not None:
        claim.source = flat(source_span.slice(doc_text))
        claim.spans["source"] = source_span
        possessor = _document_owner(claim.source, lex)
        if possessor is not None:  # "PC World's analysis of its traffic" -> PC World, its author
            claim.source = possessor
            claim.spans["source"] = Span(source_span.start, source_span.start + len(possessor))
        if claim.outlet is None:  # "records reviewed by Reuters", "an email seen by the BBC"
            claim.outlet = _outlet_that_saw(claim.source, lex)
        described = _described_outlet(claim.source, lex) if claim.outlet is None else None
        if described is not None:  # "The secularist magazine MicroMega" speaks: an outlet, by its description
            claim.outlet = claim.source = described
            claim.spans["source"] = Span(source_span.end - len(described), source_span.end)
            source_span = outlet_span = claim.spans["source"]
        authored = _document_author(claim.source, lex)
        if authored is not None:  # "a statement from the ministry": the ministry speaks, in a statement
            document, (start, end) = authored
            claim.source = claim.source[start:end]
            claim.spans["source"] = Span(source_span.start + start, source_span.start + end)
            if "channel" not in slots:
                claim.channel = document
        claim.source_kind = (rule.source_kind if rule and rule.source_kind else
                             ("outlet" if source_span is outlet_span else classify_source(claim.source, lex)))
        if is_relative_pronoun(claim.source, lex):
            antecedent = relative_antecedent(doc_text[sentence.start:source_span.start], lex)
            claim.source_resolved = antecedent
            claim.source_kind = classify_source(antecedent, lex) if antecedent else "named"
        if claim.source_kind == "outlet" and claim.outlet is None:
            found = lex.outlets.recognise(claim.source)
            claim.outlet = found.name if found else None  # "KCNA said": the outlet is the source
    if "via" in slots:
        claim.via = flat(slots["via"].slice(doc_text))
    if "channel" in slots:
        claim.channel = flat(slots["channel"].slice(doc_text))
    claim.quote = quote_kind(sentence, doc_text, slots)
