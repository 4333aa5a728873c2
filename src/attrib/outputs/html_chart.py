"""Small inline SVG bar charts for the HTML report: one horizontal bar per row, stacked by backing.

Each segment is filled with its backing's colour *and* pattern (solid, stripes, grid, dots), so the
chart reads without colour too; every bar carries a <title> and the chart an aria-label.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape

#: backing key -> (colour, pattern): the Okabe–Ito palette, safe for the common colour blindnesses
BACKING_STYLE: dict[str, tuple[str, str]] = {
    "named": ("#0072B2", "solid"),
    "anonymous": ("#E69F00", "stripes"),
    "document": ("#009E73", "grid"),
    "outlet": ("#CC79A7", "dots"),
    "unattributed": ("#8C8C8C", "solid"),
}

WIDTH = 320
LABEL_HEIGHT = 16
BAR_HEIGHT = 14
ROW_GAP = 10
COUNT_SPACE = 34


@dataclass(slots=True)
class Bar:
    """One bar: a label, segments (backing, count) in legend order, and an optional link."""

    label: str
    segments: list[tuple[str, int]] = field(default_factory=list)
    href: str | None = None

    @property
    def total(self) -> int:
        return sum(count for _, count in self.segments)


def _pattern(prefix: str, key: str) -> str:
    colour, kind = BACKING_STYLE[key]
    pid = f"{prefix}-{key}"
    if kind == "stripes":
        body = (f'<rect width="6" height="6" fill="#fff"/>'
                f'<path d="M-1 1 L1 -1 M0 6 L6 0 M5 7 L7 5" stroke="{colour}" stroke-width="2.2"/>')
        return f'<pattern id="{pid}" width="6" height="6" patternUnits="userSpaceOnUse">{body}</pattern>'
    if kind == "grid":
        body = (f'<rect width="6" height="6" fill="{colour}"/>'
                f'<path d="M0 0 H6 M0 0 V6" stroke="#fff" stroke-width="1.2"/>')
        return f'<pattern id="{pid}" width="6" height="6" patternUnits="userSpaceOnUse">{body}</pattern>'
    if kind == "dots":
        body = f'<rect width="5" height="5" fill="#fff"/><circle cx="2.5" cy="2.5" r="1.8" fill="{colour}"/>'
        return f'<pattern id="{pid}" width="5" height="5" patternUnits="userSpaceOnUse">{body}</pattern>'
    return ""


def fill(prefix: str, key: str) -> str:
    colour, kind = BACKING_STYLE[key]
    return colour if kind == "solid" else f"url(#{prefix}-{key})"


def swatch(key: str, prefix: str = "sw") -> str:
    """A small square in the backing's colour and pattern, for the legend."""
    pid = f"{prefix}-{key}"
    return (f'<svg class="swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">'
            f'<defs>{_pattern(pid, key)}</defs><rect x="0.5" y="0.5" width="13" height="13" '
            f'fill="{fill(pid, key)}" stroke="{BACKING_STYLE[key][0]}"/></svg>')


def bar_chart(bars: Sequence[Bar], label: str, prefix: str, css_class: str) -> str:
    """An SVG chart with one <g class="bar"> per bar, scaled to the longest bar."""
    if not bars:
        return ""
    longest = max(bar.total for bar in bars) or 1
    scale = (WIDTH - COUNT_SPACE) / longest
    row = LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP
    height = row * len(bars)
    used = sorted({key for bar in bars for key, _ in bar.segments if key in BACKING_STYLE})
    parts = [f'<svg class="chart {css_class}" role="img" aria-label="{escape(label)}" '
             f'width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" '
             f'xmlns="http://www.w3.org/2000/svg">',
             f'<title>{escape(label)}</title><defs>{"".join(_pattern(prefix, k) for k in used)}</defs>']
    for i, bar in enumerate(bars):
        y = i * row
        detail = ", ".join(f"{count} {key}" for key, count in bar.segments if count)
        g = [f'<g class="bar" data-label="{escape(bar.label)}" data-count="{bar.total}">',
             f'<title>{escape(bar.label)}: {bar.total} ({escape(detail)})</title>',
             f'<text class="bar-label" x="0" y="{y + LABEL_HEIGHT - 4}">{escape(bar.label)}</text>']
        x = 0.0
        for key, count in bar.segments:
            if not count or key not in BACKING_STYLE:
                continue
            w = count * scale
            g.append(f'<rect class="seg seg-{key}" x="{x:.1f}" y="{y + LABEL_HEIGHT}" width="{w:.1f}" '
                     f'height="{BAR_HEIGHT}" fill="{fill(prefix, key)}" stroke="{BACKING_STYLE[key][0]}" '
                     f'stroke-width="1"/>')
            x += w
        g.append(f'<text class="bar-count" x="{x + 6:.1f}" y="{y + LABEL_HEIGHT + BAR_HEIGHT - 3}">'
                 f'{bar.total}</text></g>')
        body = "".join(g)
        parts.append(f'<a href="{escape(bar.href)}">{body}</a>' if bar.href else body)
    parts.append("</svg>")
    return "".join(parts)
