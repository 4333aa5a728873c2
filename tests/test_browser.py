"""The HTML report in a real browser: headless Chromium renders it and the test reads the rendered DOM.

Skipped when Chromium is absent; install it with `apt-get install -y chromium` (Debian's package).
Run only these tests with `python -m pytest tests/test_browser.py`.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from domtree import parse

import attrib
from attrib.outputs.html_page import BACKINGS, backing, render_document

CHROMIUM = next((p for name in ("chromium", "chromium-browser", "google-chrome")
                 if (p := shutil.which(name))), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed "
                                "(apt-get install -y chromium); the browser tests need it")
# the machine's network is closed: these flags keep Chromium from trying to reach anything
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--window-size=1200,900")
#: test-only probe: writes what the browser computed into the DOM (the report itself has no script)
PROBE = """<script>
for (const s of document.querySelectorAll('.text .s')) {
  const st = getComputedStyle(s);
  s.dataset.bg = st.backgroundColor; s.dataset.deco = st.textDecorationStyle + ' ' + st.textDecorationLine;
  s.dataset.rec = getComputedStyle(s.querySelector('.rec')).display;
  s.dataset.badge = getComputedStyle(s.querySelector('.badge')).display;
}
for (const g of document.querySelectorAll('svg.chart g.bar')) g.dataset.width = g.getBBox().width;
document.body.dataset.columns = getComputedStyle(document.querySelector('main.layout')).gridTemplateColumns;
</script>"""


def chromium(tmp: Path, *args: str) -> str:
    profile = tmp / "profile"
    result = subprocess.run([str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", *args],
                            capture_output=True, text=True, timeout=120, check=True)
    return result.stdout


def probed(markup: str) -> str:
    """The page with its Content-Security-Policy removed and the probe script added (test copy only)."""
    start = markup.index('<meta http-equiv="Content-Security-Policy"')
    markup = markup[:start] + markup[markup.index(">", start) + 1:]
    return markup.replace("</body>", PROBE + "</body>")


@pytest.fixture(scope="module")
def reference(rules, reference_text, tmp_path_factory):
    claims = attrib.analyze(reference_text, rules, doc="samples/army-chiefs-call.txt")
    tmp = tmp_path_factory.mktemp("browser")
    page = tmp / "report.html"
    page.write_text(probed(render_document(reference_text, claims)), encoding="utf-8")
    return claims, parse(chromium(tmp, "--dump-dom", page.as_uri()))


def test_every_claim_is_highlighted(reference):
    claims, dom = reference
    spans = dom.find(cls="text").find_all("span", "s")
    assert [s.attrs["id"] for s in spans] == [f"s{c.n}" for c in claims]
    tints: dict[str, set[str]] = {}
    for span, claim in zip(spans, claims, strict=True):
        key = backing(claim)
        assert span.attrs["data-backing"] == key
        assert span.attrs["data-rec"] == "none"  # the record shows on hover/focus only
        assert span.attrs["data-badge"] == "inline-block"
        tints.setdefault(key, set()).add((span.attrs["data-bg"], span.attrs["data-deco"]))
        if claim.attributed:
            assert span.find_all("span", "slot-source") and span.find_all("span", "slot-cue")
    assert all(len(styles) == 1 for styles in tints.values())  # one look per backing...
    looks = [next(iter(styles)) for styles in tints.values()]
    assert len(set(looks)) == len(looks)  # ...and a different one for each
    decorations = {key: next(iter(styles))[1] for key, styles in tints.items()}
    assert decorations["named"] == "solid underline" and decorations["anonymous"] == "dashed underline"
    assert decorations["unattributed"].endswith("none")  # no tint, no underline: not colour alone


def test_legend_and_chart(reference):
    claims, dom = reference
    legend = dom.find("ul", "legend").text()
    assert all(b.label in legend for b in BACKINGS)
    bars = dom.find("svg", "chart-outlets").find_all("g", "bar")
    assert sorted(b.attrs["data-label"] for b in bars) == sorted({c.outlet for c in claims if c.outlet})
    assert all(float(b.attrs["data-width"]) > 100 for b in bars)
    assert len(dom.find("body").attrs["data-columns"].split()) == 2  # article and summary side by side


def test_script_in_the_article_stays_text(rules, tmp_path):
    text = ("<script>document.title = 'pwned'</script> Prices rose, officials said. "
            "<img src=x onerror=alert(1)>")
    page = tmp_path / "hostile.html"
    page.write_text(render_document(text, attrib.analyze(text, rules)), encoding="utf-8")
    dom = parse(chromium(tmp_path, "--dump-dom", page.as_uri()))
    assert not dom.find_all("script") and not dom.find_all("img")
    assert dom.find("title").text() != "pwned"
    assert "<script>document.title = 'pwned'</script>" in dom.find(cls="text").text()


def test_screenshot(rules, reference_text, tmp_path):
    page, shot = tmp_path / "report.html", tmp_path / "report.png"
    page.write_text(render_document(reference_text, attrib.analyze(reference_text, rules)), encoding="utf-8")
    chromium(tmp_path, f"--screenshot={shot}", page.as_uri())
    header = shot.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", header[16:24]) == (1200, 900)
    assert shot.stat().st_size > 50_000  # a rendered page, not a blank one
