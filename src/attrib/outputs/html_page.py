"""Claims -> a self-contained HTML report: the article with its sourcing drawn on it, and the summary.

One file per document, with inline CSS and inline SVG only: no script, no font or image from
anywhere, and a Content-Security-Policy that forbids loading anything. Every piece of article text
goes through html.escape. Each sentence is tinted by what backs it (named source, anonymous source,
document, outlet, unattributed), with an underline style and a badge as well as a colour; its
record shows on hover, on keyboard focus and when linked to (`page.html#s4`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from html import escape
from importlib import resources
from itertools import pairwise

from attrib.model import Claim
from attrib.outputs.html_chart import Bar, bar_chart, swatch
from attrib.outputs.summary import Summary, summarize
from attrib.version import __version__


@dataclass(frozen=True, slots=True)
class Backing:
    key: str
    label: str
    badge: str
    description: str


#: what backs a sentence, in legend order (keys match Claim.source_kind, plus "unattributed")
BACKINGS: tuple[Backing, ...] = (
    Backing("named", "named source", "named", "a person or body named in the text"),
    Backing("anonymous", "anonymous source", "anon.", "officials, a spokesperson, sources…"),
    Backing("document", "document", "doc.", "a report, statement or study"),
    Backing("outlet", "outlet", "outlet", "a news outlet reports it"),
    Backing("unattributed", "unattributed", "none", "no source given"),
)
BACKING_BY_KEY = {b.key: b for b in BACKINGS}
#: the slots marked inside a sentence, with how the legend describes their style
SLOT_STYLES: tuple[tuple[str, str], ...] = (
    ("source", "bold"), ("cue", "italic"), ("outlet", "boxed"),
    ("channel", "dashed box"), ("via", "dotted box"), ("listener", "small capitals"),
)
SLOTS = tuple(name for name, _ in SLOT_STYLES)
RECORD_FIELDS = ("source", "source_resolved", "source_kind", "outlet", "via", "cue", "channel", "quote",
                 "rule", "publisher")
SUMMARY_OPEN = ('<aside class="summary" aria-labelledby="summary-h">'
                '<h2 id="summary-h">Who vouches for what</h2>')
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def backing(claim: Claim) -> str:
    """The backing key of a claim: its source kind, or "unattributed"."""
    if not claim.attributed:
        return "unattributed"
    # an attributed sentence with no kind has a cue but no party named ("it was reported")
    return claim.source_kind if claim.source_kind in BACKING_BY_KEY else "anonymous"


@cache
def stylesheet() -> str:
    return resources.files("attrib.outputs").joinpath("report.css").read_text(encoding="utf-8")


# --- the article --------------------------------------------------------------------------------

def _marked(text: str, start: int, end: int, spans: dict[str, tuple[int, int]]) -> str:
    """text[start:end] escaped, with the slot spans wrapped; overlapping slots share a segment."""
    cuts = {start, end}
    for a, b in spans.values():
        cuts.update(x for x in (a, b) if start < x < end)
    ordered = sorted(cuts)
    out: list[str] = []
    for a, b in pairwise(ordered):
        piece = escape(text[a:b])
        names = [name for name, (s, e) in spans.items() if s <= a and b <= e]
        if names:
            classes = " ".join(f"slot-{n}" for n in names)
            out.append(f'<span class="slot {classes}" title="{"/".join(names)}">{piece}</span>')
        else:
            out.append(piece)
    return "".join(out)


def _record(claim: Claim, key: str) -> str:
    rows = [f'<span class="rec-h">Sentence {claim.n} · {escape(BACKING_BY_KEY[key].label)}</span>']
    for name in RECORD_FIELDS:
        value = getattr(claim, name)
        if value:
            rows.append(f'<span class="row"><span class="k">{name}</span> '
                        f'<span class="v">{escape(" ".join(str(value).split()))}</span></span>')
    rows.extend(f'<span class="row note">{escape(note)}</span>' for note in claim.notes)
    return f'<span class="rec" role="tooltip" id="r{claim.n}">{"".join(rows)}</span>'


def render_sentence(text: str, claim: Claim) -> str:
    """One sentence as a focusable span: tinted, slots marked, badge, and its record."""
    key = backing(claim)
    spans = {name: (span.start, span.end) for name, span in claim.spans.items()
             if name in SLOTS and claim.attributed and span.start < span.end}
    badge_class = "badge b-unattributed" if key == "unattributed" else "badge"
    badge = f'<span class="{badge_class}" aria-hidden="true">{BACKING_BY_KEY[key].badge}</span>'
    return (f'<span class="s k-{key}" id="s{claim.n}" tabindex="0" aria-describedby="r{claim.n}" '
            f'data-backing="{key}">{_marked(text, claim.start, claim.end, spans)}{badge}'
            f"{_record(claim, key)}</span>")


def render_article(text: str, claims: Sequence[Claim]) -> str:
    """The text as written, in paragraphs, with every claim's sentence marked up."""
    out = ["<p>"]
    position, paragraph = 0, None
    for claim in sorted(claims, key=lambda c: c.start):
        gap = text[position:claim.start]
        if paragraph is not None and claim.paragraph != paragraph:
            out.append(f"{escape(gap)}</p><p>")
        else:
            out.append(escape(gap))
        out.append(render_sentence(text, claim))
        position, paragraph = claim.end, claim.paragraph
    out.append(escape(text[position:]) + "</p>")
    return "".join(out)


def render_legend(sentences: bool = True) -> str:
    """What the tints, underlines, badges, patterns and slot styles mean."""
    items = [f'<li>{swatch(b.key)}<span class="sample k-{b.key}">{escape(b.label)}'
             f'<span class="badge{" b-unattributed" if b.key == "unattributed" else ""}">{b.badge}</span>'
             f'</span> <span class="desc">{escape(b.description)}</span></li>' for b in BACKINGS]
    if sentences:
        slots = ", ".join(f'<span class="slot slot-{n}">{n}</span> {style}' for n, style in SLOT_STYLES)
        items.append(f'<li class="slots">Inside a sentence: {slots}. <span class="hint">Hover or focus '
                     "a sentence (Tab) for its record.</span></li>")
    return f'<ul class="legend" aria-label="Legend">{"".join(items)}</ul>'


# --- the summary -------------------------------------------------------------------------------

def _kind_segments(claims: Iterable[Claim]) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for claim in claims:
        counts[backing(claim)] = counts.get(backing(claim), 0) + 1
    return [(b.key, counts[b.key]) for b in BACKINGS if b.key in counts]


def _refs(claims: Sequence[Claim], href: str = "") -> str:
    return ", ".join(f'<a href="{href}#s{c.n}">#{c.n}</a>' for c in claims)


def outlet_bars(summary: Summary, href: str = "") -> list[Bar]:
    """One bar per outlet carrying claims, most claims first, segmented by backing."""
    ordered = sorted(summary.by_outlet.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    return [Bar(outlet, _kind_segments(claims), f"{href}#s{claims[0].n}") for outlet, claims in ordered]


def backing_bars(counts: dict[str, int]) -> list[Bar]:
    """One bar per backing present: what backs the sentences."""
    return [Bar(b.label, [(b.key, counts[b.key])]) for b in BACKINGS if counts.get(b.key)]


def render_summary(claims: Sequence[Claim], publisher: str | None = None, date: str | None = None) -> str:
    summary = summarize(claims)
    counts = dict(_kind_segments(claims))
    parts = [SUMMARY_OPEN]
    publishers = sorted(summary.publishers) or ([publisher] if publisher else [])
    if publishers:
        when = f" on {escape(date)}" if date else ""
        parts.append(f"<p>Published by <b>{escape(', '.join(publishers))}</b>{when}.</p>")
    parts.append(f'<p><span class="big">{summary.unattributed_share:.0%}</span> unattributed: '
                 f"{summary.unattributed} of {summary.total} sentences.</p>")
    parts.append("<h3>Outlets carrying claims</h3>")
    bars = outlet_bars(summary)
    if bars:
        parts.append(bar_chart(bars, "Claims per outlet", "ch-outlets", "chart-outlets"))
        rows = sorted(summary.by_outlet.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        parts.append("<ul>" + "".join(f"<li>{escape(o)}: {_refs(c)}</li>" for o, c in rows) + "</ul>")
    else:
        parts.append("<p>No outlet carries any claim.</p>")
    parts.append("<h3>Sources without an outlet</h3>")
    if summary.without_outlet:
        rows = sorted(summary.without_outlet.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        parts.append("<ul>" + "".join(f"<li>{escape(' '.join(who.split()))}: {_refs(c)}</li>"
                                      for who, c in rows) + "</ul>")
    else:
        parts.append("<p>None.</p>")
    parts.append("<h3>What backs the sentences</h3>")
    parts.append(bar_chart(backing_bars(counts), "Sentences by what backs them", "ch-kinds", "chart-kinds"))
    parts.append("</aside>")
    return "".join(parts)


def render_records(claims: Sequence[Claim]) -> str:
    """Every sentence's record as a table: readable without hovering, and printed."""
    rows = []
    for c in claims:
        key = backing(c)
        source = c.source or ""
        if c.source_resolved and c.source_resolved != c.source:
            source += f" → {c.source_resolved}"
        cells = [f'<td class="num"><a href="#s{c.n}">{c.n}</a></td>',
                 f"<td>{escape(BACKING_BY_KEY[key].label)}</td>",
                 *(f"<td>{escape(' '.join(v.split()))}</td>"
                   for v in (source, c.outlet or "", c.cue or "", c.quote or "", c.rule or ""))]
        rows.append(f"<tr>{''.join(cells)}</tr>")
    head = "".join(f"<th>{h}</th>" for h in ("source", "outlet", "cue", "quote", "rule"))
    return ('<section class="records wrap" aria-labelledby="records-h"><h2 id="records-h">Every sentence</h2>'
            f'<table><thead><tr><th class="num">#</th><th>backed by</th>{head}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table></section>")


# --- pages -------------------------------------------------------------------------------------

@dataclass(slots=True)
class PageInfo:
    """What a document page shows besides its claims."""

    name: str = "-"
    title: str | None = None
    publisher: str | None = None  # from page metadata; a dateline's publisher shows from the claims
    date: str | None = None
    index_href: str | None = None  # the corpus index, in a multi-document report


def page(title: str, header: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
            f'<meta name="generator" content="attrib {__version__}">\n'
            f"<title>{escape(title)}</title>\n<style>\n{stylesheet()}</style>\n</head>\n<body>\n"
            f'<header class="top wrap">{header}</header>\n{body}\n'
            f'<footer class="bottom wrap">Made by attrib {__version__}. Offsets in the exported records '
            f"refer to this text.</footer>\n</body>\n</html>\n")


def _counts_line(claims: Sequence[Claim]) -> str:
    total = len(claims)
    attributed = sum(c.attributed for c in claims)
    return (f"<b>{total}</b> sentences, <b>{attributed}</b> attributed, "
            f"<b>{total - attributed}</b> unattributed")


def _lang(claims: Sequence[Claim]) -> str:
    """The article's language as an HTML attribute (the page around it is in English): ` lang="fr"`."""
    code = claims[0].lang if claims else None
    return f' lang="{escape(code)}"' if code else ""


def render_document(text: str, claims: Sequence[Claim], info: PageInfo | None = None) -> str:
    """The whole report page of one document."""
    info = info or PageInfo(name=claims[0].doc if claims else "-")
    heading = info.title or info.name
    crumbs = (f'<p class="crumbs"><a href="{escape(info.index_href)}">← all documents</a></p>'
              if info.index_href else "")
    meta = [escape(info.name)] if info.title else []
    if info.date:
        meta.append(escape(info.date))
    meta.append(_counts_line(claims))
    header = f'{crumbs}<h1>{escape(heading)}</h1><p class="meta">{" · ".join(meta)}</p>'
    body = (f'<main class="layout wrap"><section class="article" aria-label="The article with its sourcing">'
            f'{render_legend()}<div class="text"{_lang(claims)}>{render_article(text, claims)}</div></section>'
            f"{render_summary(claims, info.publisher, info.date)}</main>\n{render_records(claims)}")
    return page(f"{heading} — attrib", header, body)


# --- the corpus index --------------------------------------------------------------------------

@dataclass(slots=True)
class DocRow:
    """One document's line in the index: counts only, so a corpus run keeps no claims in memory."""

    name: str
    href: str
    title: str | None = None
    publisher: str | None = None
    date: str | None = None
    sentences: int = 0
    attributed: int = 0
    #: outlet -> backing -> claims
    outlets: dict[str, dict[str, int]] = field(default_factory=dict)
    backings: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, claims: Sequence[Claim], info: PageInfo, href: str) -> DocRow:
        summary = summarize(claims)
        publisher = next(iter(sorted(summary.publishers)), None) or info.publisher
        return cls(name=info.name, href=href, sentences=summary.total, attributed=summary.attributed,
                   title=info.title, publisher=publisher, date=info.date,
                   outlets={o: dict(_kind_segments(c)) for o, c in summary.by_outlet.items()},
                   backings=dict(_kind_segments(claims)))

    @property
    def unattributed_share(self) -> float:
        return (self.sentences - self.attributed) / self.sentences if self.sentences else 0.0


def corpus_bars(rows: Sequence[DocRow], limit: int = 40) -> tuple[list[Bar], int]:
    """One bar per outlet across the corpus (the `limit` largest) and how many outlets were left out."""
    totals: dict[str, dict[str, int]] = {}
    for row in rows:
        for outlet, kinds in row.outlets.items():
            into = totals.setdefault(outlet, {})
            for key, count in kinds.items():
                into[key] = into.get(key, 0) + count
    ordered = sorted(totals.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
    bars = [Bar(o, [(b.key, k[b.key]) for b in BACKINGS if b.key in k]) for o, k in ordered[:limit]]
    return bars, max(0, len(ordered) - limit)


def render_index(rows: Sequence[DocRow], title: str = "attrib report") -> str:
    """The corpus page: one row per document, linking to its page, and the corpus-wide charts."""
    sentences = sum(r.sentences for r in rows)
    attributed = sum(r.attributed for r in rows)
    share = (sentences - attributed) / sentences if sentences else 0.0
    header = (f"<h1>{escape(title)}</h1><p class=\"meta\"><b>{len(rows)}</b> documents · <b>{sentences}</b> "
              f"sentences, <b>{attributed}</b> attributed, <b>{share:.0%}</b> unattributed</p>")
    table_rows = []
    for r in rows:
        outlets = ", ".join(f"{escape(o)} ({sum(k.values())})" for o, k in
                            sorted(r.outlets.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])))
        label = escape(r.title or r.name)
        table_rows.append(
            f'<tr><td><a href="{escape(r.href)}">{label}</a><br><small>{escape(r.name)}</small></td>'
            f"<td>{escape(r.publisher or '')}</td><td>{escape(r.date or '')}</td>"
            f'<td class="num">{r.sentences}</td><td class="num">{r.attributed}</td>'
            f'<td class="num">{r.unattributed_share:.0%}</td><td>{outlets or "—"}</td></tr>')
    table = ('<table class="index"><thead><tr><th>document</th><th>publisher</th><th>date</th>'
             '<th class="num">sentences</th><th class="num">claims</th><th class="num">unattributed</th>'
             f"<th>outlets</th></tr></thead><tbody>{''.join(table_rows)}</tbody></table>")
    bars, left_out = corpus_bars(rows)
    backings: dict[str, int] = {}
    for r in rows:
        for key, count in r.backings.items():
            backings[key] = backings.get(key, 0) + count
    chart = (bar_chart(bars, "Claims per outlet, all documents", "ch-outlets", "chart-outlets")
             if bars else "<p>No outlet carries any claim.</p>")
    more = f"<p>{left_out} more outlets are listed in the table.</p>" if left_out else ""
    aside = (f"{SUMMARY_OPEN}<h3>Outlets carrying claims</h3>{chart}{more}<h3>What backs the sentences</h3>"
             f"{bar_chart(backing_bars(backings), 'Sentences by what backs them', 'ch-kinds', 'chart-kinds')}"
             "</aside>")
    body = (f'<main class="layout wrap"><section class="documents" aria-label="Documents">'
            f"{render_legend(False)}{table}</section>{aside}</main>")
    return page(title, header, body)
