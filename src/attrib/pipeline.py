"""The pipeline in one place: split -> mark quotes -> match -> resolve. `analyze` is the public entry."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from attrib.engine.claim import claim_from_match
from attrib.engine.matcher import DocumentRun, match_sentence
from attrib.engine.workbound import RuleStopped
from attrib.model import Claim, Sentence
from attrib.resolve.resolvers import Context, resolve
from attrib.rulebook.ruleset import DEFAULT_LANGUAGE, RuleSet, default_rules, load_rules
from attrib.text.invisible import text_view
from attrib.text.language import guess_language
from attrib.text.quotes import mark_quotes
from attrib.text.split import split


def _ruleset(rules: RuleSet | Sequence[str | Path] | None) -> RuleSet:
    if rules is None:
        return default_rules()
    if isinstance(rules, RuleSet):
        return rules
    return load_rules(rules)


def sentences_of(text: str, ruleset: RuleSet) -> list[Sentence]:
    """The document's sentences, with their quotation marks tracked across sentences."""
    config = ruleset.lexicons.split
    return mark_quotes(text, split(text, config), config)


#: `lang` that asks for the language guess (attrib.text.language)
AUTO = "auto"


def language_of(text: str, ruleset: RuleSet, lang: str = AUTO) -> str:
    """The language to read `text` in: `lang` itself, or for "auto" the guess among the languages
    the rules have a pack for (English unless another clearly wins)."""
    if lang != AUTO:
        return lang
    return guess_language(text, ruleset.packs.function_words(), DEFAULT_LANGUAGE)


def analyze(text: str, rules: RuleSet | Sequence[str | Path] | None = None, doc: str = "-",
            publisher: str | None = None, lang: str = AUTO) -> list[Claim]:
    """Every sentence of `text` as a Claim, attributed or not, in order.

    `rules` is a RuleSet from `load_rules()`, a list of extra rule files/folders layered over the
    shipped ones, or None for the shipped rules. `publisher` (e.g. a web page's site name) is used
    when the text itself shows no publisher in a dateline or credit line. `lang` is the language
    of the text (de, en, es, fr, or any pack the rules have), or "auto" to guess it; the rules of
    that language's pack read it, and every claim carries it.
    """
    return analyze_in_context(text, rules, doc, publisher, lang)[0]


def analyze_in_context(text: str, rules: RuleSet | Sequence[str | Path] | None = None, doc: str = "-",
                       publisher: str | None = None, lang: str = AUTO) -> tuple[list[Claim], Context]:
    """analyze(), and the resolvers' context it ends with: the document's entity table among it.
    Patterns read the text without invisible characters and with ligatures spelt out (text.invisible);
    every offset of the claims indexes `text` as given (the context's, the view read)."""
    chosen = _ruleset(rules)
    code = language_of(text, chosen, lang)
    ruleset = chosen.pack(code)
    view = text_view(text)
    if view is None:
        return _analyze_text(text, ruleset, doc, publisher, code)
    claims, ctx = _analyze_text(view.text, ruleset, doc, publisher, code)
    for claim in claims:
        view.restore(claim, text)
    return claims, ctx


def _analyze_text(text: str, ruleset: RuleSet, doc: str, publisher: str | None,
                  code: str) -> tuple[list[Claim], Context]:
    sentences = sentences_of(text, ruleset)
    claims: list[Claim] = []
    run = DocumentRun.of(ruleset, text)
    for sentence in sentences:
        claim = Claim(doc=doc, n=sentence.n, start=sentence.start, end=sentence.end, text=sentence.text,
                      paragraph=sentence.paragraph, lang=code)
        try:
            found = match_sentence(sentence, ruleset, run=run)
        except RuleStopped as exc:  # a user's rule too slow on this sentence: name the document
            raise RuleStopped(f"{doc}: {exc}") from None
        if found is not None:
            claim_from_match(claim, sentence, found, text, ruleset)
        claims.append(claim)
    ctx = resolver_context(text, sentences, ruleset, publisher)
    return resolve(claims, ctx), ctx


def resolver_context(text: str, sentences: list[Sentence], ruleset: RuleSet, publisher: str | None = None) -> Context:
    """What the resolvers know of the document and the rules."""
    return Context(text=text, sentences=sentences, lexicons=ruleset.lexicons, paragraph_rules=ruleset.paragraph_rules,
                   publisher=publisher, source_kinds=ruleset.source_kinds)
