"""Why a sentence was (or was not) attributed: the rules tried after the keyword prefilter, the one
that matched and its slots, what each resolver changed, and for a missed sentence the rules that
came closest and why they failed. `attrib explain` prints what `explain()` returns."""

from __future__ import annotations

from dataclasses import dataclass, field

from attrib.engine.claim import claim_from_match
from attrib.engine.matcher import Attempt, candidate_rules, match_sentence, try_rule
from attrib.engine.reach import sentence_words
from attrib.model import CLAIM_FIELDS, Claim, Sentence
from attrib.pipeline import AUTO, analyze, language_of, sentences_of
from attrib.rulebook.compiler import Vocabulary, pattern_regex, vocabulary
from attrib.rulebook.pattern import Node, PatternError
from attrib.rulebook.rule import compiled_regex
from attrib.rulebook.ruleset import Rule, RuleSet

NO_MATCH = "the pattern does not match"
#: fields a resolver may change, in the contract's order
_RESOLVED_FIELDS = tuple(f for f in CLAIM_FIELDS if f not in ("doc", "n", "start", "end", "text"))


@dataclass(frozen=True, slots=True)
class Trial:
    """One rule tried on the sentence: matched, refused after matching (with why), or no match."""

    rule: str
    priority: int
    outcome: str  # matched | refused | no match
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class Highlight:
    """A slot's span, as offsets into the sentence text."""

    slot: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Change:
    """A field a resolver changed: before resolution -> after."""

    field: str
    before: object
    after: object


@dataclass(frozen=True, slots=True)
class NearMiss:
    """A rule that came close, and what stopped it."""

    rule: str
    reason: str
    closeness: float  # for ordering: refused after matching > partly matching pattern > some keywords


@dataclass(slots=True)
class SentenceExplanation:
    n: int
    text: str
    claim: Claim
    considered: int  # active rules
    candidates: list[str]  # rules left after the keyword prefilter, in the order they are tried
    trials: list[Trial]
    highlights: list[Highlight]
    resolver_notes: list[str]
    changes: list[Change]
    near_misses: list[NearMiss] = field(default_factory=list)

    @property
    def rule(self) -> str | None:
        return self.claim.rule


def explain(
    text: str,
    ruleset: RuleSet,
    sentence: int | None = None,
    doc: str = "-",
    near_misses: bool | None = None,
    how_many: int = 3,
    publisher: str | None = None,
    lang: str = AUTO,
) -> list[SentenceExplanation]:
    """Explain every sentence of text (or only sentence number `sentence`), read in language `lang`
    ("auto": guessed, as `attrib run` does) with that language's rules.

    Near misses are worked out for unattributed sentences (near_misses=None), for every sentence
    (True) or never (False).
    """
    code = language_of(text, ruleset, lang)
    ruleset = ruleset.pack(code)
    claims = analyze(text, ruleset, doc=doc, publisher=publisher, lang=code)
    sentences = sentences_of(text, ruleset)
    vocab: Vocabulary | None = None
    out = []
    for sent, claim in zip(sentences, claims, strict=True):
        if sentence is not None and sent.n != sentence:
            continue
        item = _explain_sentence(sent, claim, text, ruleset)
        if near_misses or (near_misses is None and not claim.attributed):
            vocab = vocab or vocabulary(ruleset.lexicons)
            item.near_misses = closest_rules(sent, ruleset, vocab, exclude=claim.rule)[:how_many]
        out.append(item)
    return out


def _explain_sentence(sent: Sentence, claim: Claim, text: str, ruleset: RuleSet) -> SentenceExplanation:
    attempts: list[Attempt] = []
    found = match_sentence(sent, ruleset, attempts)
    candidates = [r.id for r in candidate_rules(ruleset, sentence_words(sent.text))]
    before = Claim(doc=claim.doc, n=claim.n, start=claim.start, end=claim.end, text=claim.text, lang=claim.lang)
    if found is not None:
        claim_from_match(before, sent, found, text, ruleset)
    changes = [
        Change(f, getattr(before, f), getattr(claim, f))
        for f in _RESOLVED_FIELDS
        if getattr(before, f) != getattr(claim, f)
    ]
    highlights = sorted(
        (
            Highlight(slot, span.start - sent.start, span.end - sent.start, span.slice(text))
            for slot, span in claim.spans.items()
        ),
        key=lambda h: (h.start, -h.end),
    )
    return SentenceExplanation(
        sent.n,
        sent.text,
        claim,
        len(ruleset.rules),
        candidates,
        _trials(attempts, ruleset),
        highlights,
        list(claim.notes),
        changes,
    )


def _trials(attempts: list[Attempt], ruleset: RuleSet) -> list[Trial]:
    by_rule: dict[str, list[Attempt]] = {}
    for attempt in attempts:
        by_rule.setdefault(attempt.rule, []).append(attempt)
    trials = []
    for rule_id, tried in by_rule.items():
        rule = ruleset.get(rule_id)
        priority = rule.priority if rule else 0
        if any(a.match is not None for a in tried):
            trials.append(Trial(rule_id, priority, "matched"))
            continue
        reasons = [str(a.refused) for a in tried if a.refused is not None]
        trials.append(
            Trial(rule_id, priority, "refused", reasons[0])
            if reasons
            else Trial(rule_id, priority, "no match", NO_MATCH)
        )
    return trials


# --- near misses ---------------------------------------------------------------------------------


def closest_rules(
    sent: Sentence, ruleset: RuleSet, vocab: Vocabulary, exclude: str | None = None
) -> list[NearMiss]:
    """Every active rule but `exclude`, closest first, each with the reason it did not apply."""
    words = sentence_words(sent.text)
    misses = []
    for rule in ruleset.rules:
        if rule.id == exclude or rule.tree is None:
            continue
        missing = [kw for kw in rule.keywords if kw.isdisjoint(words)]
        if missing:
            hit = len(rule.keywords) - len(missing)
            misses.append(
                NearMiss(
                    rule.id,
                    f"keyword prefilter: {hit} of {len(rule.keywords)} keyword sets "
                    f"present; the sentence has none of {_sample(missing[0])}",
                    hit / len(rule.keywords),
                )
            )
            continue
        attempts: list[Attempt] = []
        if try_rule(rule, sent, ruleset.lexicons, attempts) is not None:
            misses.append(NearMiss(rule.id, "matches, but a higher-priority rule matched first", 4.0))
            continue
        refusals = [a.refused for a in attempts if a.refused is not None]
        if refusals:
            misses.append(NearMiss(rule.id, f"refused: {refusals[0]}", 3.0))
            continue
        misses.append(_partial_match(rule, sent, vocab))
    return sorted(misses, key=lambda m: -m.closeness)


def _partial_match(rule: Rule, sent: Sentence, vocab: Vocabulary) -> NearMiss:
    """How much of the pattern matches: the longest leading part of it that the sentence contains."""
    assert rule.tree is not None
    parts = list(rule.tree.children) if rule.tree.kind == "seq" else [rule.tree]
    low, high = 0, len(parts) - 1  # the longest matching prefix has `low` parts (binary search)
    while low < high:
        mid = (low + high + 1) // 2
        if _prefix_matches(parts[:mid], sent.text, vocab):
            low = mid
        else:
            high = mid - 1
    if low == 0:
        return NearMiss(rule.id, f"the pattern does not match: not even its start {render(parts[0])!r}", 1.0)
    return NearMiss(
        rule.id,
        f"the pattern matches as far as {render_seq(parts[:low])!r} but not {render_seq(parts[low:])!r}",
        1.0 + low / len(parts),
    )


def _prefix_matches(parts: list[Node], text: str, vocab: Vocabulary) -> bool:
    try:
        regex = compiled_regex(pattern_regex(Node("seq", children=tuple(parts)), vocab))
    except (PatternError, ValueError):
        return False
    return regex.search(text) is not None


def _sample(words: frozenset[str], shown: int = 6) -> str:
    ordered = sorted(words)
    more = len(ordered) - shown
    return "{" + ", ".join(ordered[:shown]) + (f", ... {more} more" if more > 0 else "") + "}"


def render(node: Node) -> str:
    """A pattern tree written back in the pattern language."""
    if node.kind == "word":
        return node.value
    if node.kind == "punct":
        return node.value
    if node.kind == "quote":
        return '"'
    if node.kind == "end":
        return "."
    if node.kind == "begin":
        return "^"
    if node.kind == "slot":
        return "{" + node.value + (f":{node.arg}" if node.arg else "") + "}"
    if node.kind == "set":
        return f"<{node.value}>"
    if node.kind == "opt":
        return "[" + render(node.children[0]) + "]"
    if node.kind == "alt":
        return "(" + " | ".join(render(c) for c in node.children) + ")"
    return render_seq(list(node.children))


def render_seq(parts: list[Node]) -> str:
    out = ""
    for part in parts:
        piece = render(part)
        glue = "" if not out or out == "^" or part.kind in ("punct", "end") else " "
        out += glue + piece
    return out
