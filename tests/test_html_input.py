"""Saved web pages in: the article text without the page's clutter, its site name and date, offsets."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import attrib
from attrib.cli import app
from attrib.inputs.html import is_link_line, outlet_for_site

PAGES = Path(__file__).resolve().parent / "data" / "html"
WIRE = PAGES / "bridge-closure-wire.html"
LOCAL = PAGES / "school-budget-local.html"
GUARDIAN = PAGES / "ceasefire-guardian.html"


def needs_trafilatura() -> None:
    pytest.importorskip("trafilatura", reason="trafilatura is not installed (pip install 'attrib[html]')")


@pytest.fixture(scope="module")
def read(rules):
    needs_trafilatura()
    from attrib.inputs.html import read_page

    return lambda path: read_page(path.read_bytes(), str(path), rules.lexicons)


# --- extraction --------------------------------------------------------------------------------------

def test_wire_page_keeps_the_story_and_drops_the_clutter(read):
    page = read(WIRE)
    assert page.text.startswith("HARBOURTON, Dec 3 (Reuters) - The city of Harbourton closed its main bridge")
    assert page.text.endswith("the transport authority said in a statement.")
    assert page.text.count("\n\n") == 7  # the eight paragraphs of the story, a blank line between each
    for clutter in ("Breakingviews", "Accept all", "Read more", "Bridge inspections lag", "@HarbourtonCity",
                    "Please use the ferry", "REUTERS/Tom Ashby", "Read Next", "morning newsletter",
                    "Advertisement", "Trust Principles", "All rights reserved", "Share on"):
        assert clutter not in page.text
    assert (page.publisher, page.date) == ("Reuters", "2024-12-03")
    assert page.title == "Harbourton shuts its main bridge after inspectors find cracks"


def test_local_page_unknown_site_legacy_encoding(read):
    page = read(LOCAL)
    assert "£1.2 million" in page.text  # windows-1252 page, decoded by its declared charset
    assert page.publisher == "Riverside Ledger"  # not a known outlet: kept as the site names itself
    assert page.date == "2025-02-11"
    assert not page.text.startswith("Council backs cuts")  # the headline repeats the title
    for clutter in ("RELATED", "Three rural bus routes", "Read more", "Shortage of school places",
                    "Packed public gallery", "Picture:", "Disgraceful", "Most read", "Advertise",
                    "Share this"):
        assert clutter not in page.text
    assert "“Nobody came into politics to make cuts like these,” he told the meeting." in page.text


def test_site_name_is_mapped_to_the_canonical_outlet(read):
    page = read(GUARDIAN)
    assert (page.publisher, page.date) == ("The Guardian", "2025-03-18")
    assert "Explainer" not in page.text and "show flexibility" not in page.text


def test_claims_take_the_page_publisher_and_offsets_point_into_the_extracted_text(read, rules):
    page = read(GUARDIAN)
    claims = attrib.analyze(page.text, rules, publisher=page.publisher)
    assert {c.publisher for c in claims} == {"The Guardian"}
    assert claims[0].notes[0] == "publisher: page metadata names the publisher The Guardian"
    first = claims[0]
    assert (first.source, first.source_kind, first.cue) == ("diplomats", "anonymous", "said")
    assert all(page.text[c.start:c.end] == c.text for c in claims)
    for name, span in first.spans.items():
        assert page.text[span.start:span.end] in first.text, name


def test_dateline_wins_over_site_name(rules):
    claims = attrib.analyze("LONDON (Reuters) - Prices rose, officials said.", rules, publisher="Yahoo News")
    assert claims[0].publisher == "Reuters"


def test_read_more_lines():
    labels = attrib.load_rules(use_user_config=False).lexicons.set("read_more_labels")
    assert is_link_line("READ MORE: Ferry strike looms", labels)
    assert is_link_line("Related – Three bus routes axed", labels)
    assert is_link_line("Read more", labels)
    assert not is_link_line("Related talks were held in Geneva, officials said.", labels)
    assert not is_link_line("Watchdog groups said the vote was unfair.", labels)


def test_site_name_lookup(rules):
    assert outlet_for_site("BBC News", None, rules.lexicons) == "BBC"
    assert outlet_for_site(None, "www.reuters.com", rules.lexicons) == "Reuters"
    assert outlet_for_site("  ", "blog.example.org", rules.lexicons) is None


# --- the command -------------------------------------------------------------------------------------

def run(*args: str):
    return CliRunner().invoke(app, ["run", *args])


def test_cli_reads_a_page_and_reports_offsets_into_its_text(read):
    result = run(str(LOCAL), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    text = read(LOCAL).text
    assert all(text[r["start"]:r["end"]] == r["text"] for r in records)
    assert {r["publisher"] for r in records} == {"Riverside Ledger"}
    spokesperson = next(r for r in records if r["cue"] == "described")
    assert spokesperson["source"] == "A spokesperson for the Riverside Parents Forum"


def test_cli_reads_a_folder_of_pages_into_an_html_report(tmp_path):
    needs_trafilatura()
    result = run(str(PAGES), "--format", "html", "-o", str(tmp_path / "site"))
    assert result.exit_code == 0, result.output
    pages = sorted(p.name for p in (tmp_path / "site").iterdir())
    assert len(pages) == 4 and "index.html" in pages
    index = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "Riverside Ledger" in index and "2025-03-18" in index


def test_missing_extra_is_one_line_naming_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import trafilatura now raises ImportError
    result = run(str(WIRE), "--format", "jsonl")
    assert result.exit_code == 2
    assert result.output == ("attrib: error: reading HTML pages needs the optional 'html' extra: "
                             "pip install 'attrib[html]' (in a checkout of attrib: pip install -e '.[html]')\n")
