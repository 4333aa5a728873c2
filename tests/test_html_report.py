"""The HTML report as written: the article intact and escaped, sentences tinted, slots marked, charts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from domtree import parse
from typer.testing import CliRunner

import attrib
from attrib.cli import app
from attrib.outputs.html_page import BACKINGS, DocRow, PageInfo, backing, render_document, render_index

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "samples" / "army-chiefs-call.txt"
NOT_TEXT = {"badge", "rec"}
CSP = "Content-Security-Policy"  # what the report adds inside the article's text


@pytest.fixture(scope="module")
def reference_claims(rules, reference_text):
    return attrib.analyze(reference_text, rules, doc="army-chiefs-call.txt")


@pytest.fixture(scope="module")
def reference_dom(reference_text, reference_claims):
    return parse(render_document(reference_text, reference_claims))


def sentence_spans(dom):
    return dom.find(cls="text").find_all("span", "s")


def test_article_text_is_reproduced_exactly(reference_dom, reference_text):
    assert reference_dom.find(cls="text").text(skip=NOT_TEXT) == reference_text


def test_every_sentence_is_tinted_by_what_backs_it(reference_dom, reference_claims):
    spans = sentence_spans(reference_dom)
    assert [s.attrs["id"] for s in spans] == [f"s{c.n}" for c in reference_claims]
    for span, claim in zip(spans, reference_claims, strict=True):
        key = backing(claim)
        assert f"k-{key}" in span.classes and span.attrs["data-backing"] == key
        assert span.attrs["tabindex"] == "0" and span.attrs["aria-describedby"] == f"r{claim.n}"
        badge = span.find(cls="badge")
        assert badge.text() == next(b.badge for b in BACKINGS if b.key == key)  # not colour alone
    assert {s.attrs["data-backing"] for s in spans} == {"named", "anonymous", "outlet", "unattributed"}


def test_slots_are_marked_inside_their_sentence(reference_dom, reference_claims, reference_text):
    spans = {s.attrs["id"]: s for s in sentence_spans(reference_dom)}
    for claim in reference_claims:
        for name, span in claim.spans.items():
            if name == "claim":
                continue
            marked = spans[f"s{claim.n}"].find_all("span", f"slot-{name}")
            assert "".join(m.text() for m in marked) == reference_text[span.start:span.end], (claim.n, name)
    # "..., CNN reported": CNN is both source and outlet; one segment carries both marks
    cnn = spans["s10"].find("span", "slot-outlet")
    assert {"slot-source", "slot-outlet"} <= cnn.classes and cnn.text() == "CNN"


def test_record_shows_the_claim(reference_dom, reference_claims):
    afp = next(c for c in reference_claims if c.outlet == "Agence France-Presse")
    record = reference_dom.find(id=f"r{afp.n}")
    assert record.attrs["role"] == "tooltip"
    text = record.text()
    assert "Brown’s spokesman" in text and "Agence France-Presse" in text and "told" in text


def test_legend_names_every_backing(reference_dom):
    legend = reference_dom.find("ul", "legend")
    labels = [item.text() for item in legend.find_all("li")]
    for b in BACKINGS:
        assert any(b.label in label and b.badge in label for label in labels)


def test_summary_chart_has_one_bar_per_outlet(reference_dom, reference_claims):
    chart = reference_dom.find("svg", "chart-outlets")
    bars = chart.find_all("g", "bar")
    outlets = sorted({c.outlet for c in reference_claims if c.outlet})
    assert sorted(b.attrs["data-label"] for b in bars) == outlets
    assert all(b.attrs["data-count"] == "1" for b in bars)
    summary = reference_dom.find("aside", "summary").text()
    assert "31% unattributed: 4 of 13 sentences" in summary
    assert "The Russian defense ministry: #6, #7" in summary  # a source without an outlet


def test_self_contained_no_script_no_network(reference_dom):
    markup = render_document("Talks failed, officials said.", attrib.analyze("Talks failed, officials said."))
    assert not re.search(r"<script|<link|<img|<iframe|\bsrc=|@import|url\(\s*['\"]?https?:", markup, re.I)
    assert not re.search(r"\son\w+=", markup)
    assert set(re.findall(r"https?://[^\s\"'<>]+", markup)) == {"http://www.w3.org/2000/svg"}
    csp = reference_dom.find_all("meta", where=lambda e: e.attrs.get("http-equiv") == CSP)
    assert "default-src 'none'" in csp[0].attrs["content"]


def test_script_in_the_article_renders_as_text(rules):
    text = ('The mayor said "<script>alert(1)</script>" was in the file. '
            'Officials said <img src=x onerror=alert(2)> & "quotes" \'too\'.')
    markup = render_document(text, attrib.analyze(text, rules),
                             PageInfo(name='<b onmouseover="x">', title="</title><script>alert(3)</script>"))
    dom = parse(markup)
    assert not dom.find_all("script") and not dom.find_all("img")
    assert not dom.find_all(where=lambda e: any(name.startswith("on") for name in e.attrs))
    assert dom.find(cls="text").text(skip=NOT_TEXT) == text
    assert dom.find("h1").text() == "</title><script>alert(3)</script>"


def test_prints_cleanly(reference_text, reference_claims):
    markup = render_document(reference_text, reference_claims)
    print_css = markup[markup.index("@media print"):]
    assert re.search(r"\.rec[^{]*\{[^}]*display: none", print_css)  # records pop-ups are not printed
    assert "print-color-adjust: exact" in print_css  # the tints are


def test_index_links_each_document_and_sums_outlets(rules, reference_text, reference_claims):
    other = attrib.analyze("The talks failed, CNN reported. Rain is expected.", rules, doc="b.txt")
    rows = [DocRow.of(reference_claims, PageInfo(name="a.txt"), "a.html"),
            DocRow.of(other, PageInfo(name="b.txt", title="Talks"), "b.html")]
    dom = parse(render_index(rows))
    links = [a.attrs["href"] for a in dom.find("table", "index").find_all("a")]
    assert links == ["a.html", "b.html"]
    chart = dom.find("svg", "chart-outlets")
    bars = {b.attrs["data-label"]: b.attrs["data-count"] for b in chart.find_all("g", "bar")}
    assert bars == {"CNN": "2", "Agence France-Presse": "1", "The New York Times": "1"}
    cells = [td.text() for td in dom.find("table", "index").find_all("tr")[2].find_all("td")]
    assert cells[3:6] == ["2", "1", "50%"]


# --- the command ---------------------------------------------------------------------------------

def run(*args: str):
    return CliRunner().invoke(app, ["run", *args])


def test_cli_writes_one_page(tmp_path):
    out = tmp_path / "report.html"
    result = run(str(REFERENCE), "--format", "html", "-o", str(out))
    assert result.exit_code == 0, result.output
    dom = parse(out.read_text(encoding="utf-8"))
    assert len(sentence_spans(dom)) == 13


def test_cli_writes_an_index_and_a_page_per_document(tmp_path):
    corpus = tmp_path / "in"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "a.txt").write_text(REFERENCE.read_text(encoding="utf-8"), encoding="utf-8")
    (corpus / "sub" / "b.txt").write_text("Prices rose, the ministry said.", encoding="utf-8")
    out = tmp_path / "site"
    result = run(str(corpus), "--format", "html", "-o", str(out))
    assert result.exit_code == 0, result.output
    index = parse((out / "index.html").read_text(encoding="utf-8"))
    links = [a.attrs["href"] for a in index.find("table", "index").find_all("a")]
    assert len(links) == 2 and all((out / link).is_file() for link in links)
    page = parse((out / links[1]).read_text(encoding="utf-8"))
    assert page.find(cls="crumbs").find("a").attrs["href"] == "index.html"
    assert page.find(id="s1").attrs["data-backing"] == "named"


def test_cli_refuses_several_documents_in_one_page(tmp_path):
    (tmp_path / "a.txt").write_text("Prices rose, the ministry said.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Prices fell, officials said.", encoding="utf-8")
    result = run(str(tmp_path), "--format", "html", "-o", str(tmp_path / "r.html"))
    assert result.exit_code == 2
    assert "-o DIR" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "r.html").exists()
