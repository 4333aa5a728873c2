"""The input matrix: every kind of bad or odd document gets a correct result or one line and exit 2."""

from __future__ import annotations

import codecs
import io
import os
import tracemalloc
from pathlib import Path

import pytest
from hostile_helpers import attrib, one_line_error

from attrib import analyze
from attrib.batch.blocks import analyze_blocks
from attrib.engine.matcher import MAX_SENTENCE_CHARS
from attrib.errors import InputError
from attrib.inputs.sources import BLOCK_CHARS, MAX_BLOCK_CHARS, Block, Decoding, plan, read_blocks, stream_blocks

# the developer's own rule layers must not change what these tests see
pytestmark = pytest.mark.usefixtures("no_user_rules")

SAY = "The talks failed, officials said."


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- documents that cannot be analysed: one line naming the file, exit 2 -----------------------------

@pytest.mark.parametrize(("data", "fragment"), [
    (b"", "is empty"),
    (b"  \n\t\r\n   \r", "is empty"),
    (bytes(range(256)) * 20, "binary file"),
    (b"Hello\x00 world, he said.\n", "binary file"),
    ("Café is open, he said.".encode("latin-1"),
     "not valid utf-8 at byte 3; pass --encoding or --errors replace"),
], ids=["empty", "whitespace-only", "binary", "nul-bytes-at-start", "invalid-utf8"])
def test_a_file_named_alone_that_cannot_be_read_is_one_line_and_exit_2(tmp_path, data, fragment):
    path = write(tmp_path, "doc.txt", data)
    one_line_error(attrib("run", path, "--format", "jsonl"), str(path), fragment)


def test_a_missing_file_is_one_line_and_exit_2(tmp_path):
    one_line_error(attrib("run", tmp_path / "nope.txt"), "nope.txt", "no such file")


def test_an_unknown_encoding_is_one_line_and_exit_2(tmp_path):
    path = write(tmp_path, "doc.txt", SAY.encode())
    one_line_error(attrib("run", path, "--encoding", "klingon"), "unknown encoding 'klingon'")


# --- documents that can: the right records -----------------------------------------------------------

def test_invalid_utf8_on_request_is_replaced_or_decoded_as_asked(tmp_path):
    path = write(tmp_path, "doc.txt", "Café is open, he said.".encode("latin-1"))
    replaced = attrib("run", path, "--format", "jsonl", "--errors", "replace").records()
    assert replaced[0]["text"] == "Caf\ufffd is open, he said." and replaced[0]["source"] == "he"
    latin = attrib("run", path, "--format", "jsonl", "--encoding", "latin-1").records()
    assert latin[0]["text"] == "Café is open, he said."


def test_nul_bytes_after_the_first_8_kb_are_kept_as_text_with_correct_offsets(tmp_path):
    text = "It rained. " * 800 + "Bad\x00byte here. " + SAY
    path = write(tmp_path, "doc.txt", text.encode())
    records = attrib("run", path, "--format", "jsonl").records()
    assert all(text[r["start"]:r["end"]] == r["text"] for r in records)
    assert records[-1]["text"] == SAY and records[-1]["source"] == "officials"


@pytest.mark.parametrize("encode", [
    lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    lambda t: t.encode("utf-16"),  # with its BOM, in the machine's byte order
    lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
], ids=["utf8-bom", "utf16-bom", "utf16-be-bom", "utf16-le-bom"])
def test_a_bom_is_honoured_and_not_counted_in_offsets(tmp_path, encode):
    text = "“We will not stop,” the minister said. It rained."
    path = write(tmp_path, "doc.txt", encode(text))
    records = attrib("run", path, "--format", "jsonl").records()
    assert [(r["start"], r["end"]) for r in records] == [(0, 38), (39, 49)]
    assert records[0]["text"] == text[:38] and records[0]["source"] == "the minister"


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"], ids=["crlf", "cr", "lf"])
def test_line_ends_keep_offsets_right_against_the_decoded_text(tmp_path, newline):
    paragraphs = [SAY, "It rained. He left.", "The ministry said in a statement that it would wait."]
    text = (newline * 2).join(paragraphs) + newline
    path = write(tmp_path, "doc.txt", text.encode())
    records = attrib("run", path, "--format", "jsonl").records()
    assert [r["text"] for r in records] == [SAY, "It rained.", "He left.", paragraphs[2]]
    assert all(text[r["start"]:r["end"]] == r["text"] for r in records)
    assert records[3]["source"] == "The ministry" and records[3]["channel"] == "a statement"


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_hard_wrapped_text_with_cr_line_ends_joins_its_lines(newline):
    wrapped = ("The talks between the two delegations failed again on Tuesday after a long night," + newline
               + "officials from both sides said, adding that they would meet again next week in" + newline
               + "Geneva to try once more to reach an agreement on the release of the prisoners.")
    text = wrapped + newline * 2 + "It rained."
    claims = analyze(text)
    assert [c.text.split()[0] for c in claims] == ["The", "It"]
    assert claims[0].source == "officials from both sides"
    assert all(text[c.start:c.end] == c.text for c in claims)


# --- big documents: streamed in bounded blocks ---------------------------------------------------

class _Generated(io.RawIOBase):
    """A readable stream of `size` bytes made on the fly: a huge document that never sits in memory."""

    def __init__(self, size: int, unit: bytes) -> None:
        self.left, self.unit = size, unit

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        n = min(len(buffer), self.left)
        chunk = (self.unit * (n // len(self.unit) + 1))[:n]
        buffer[:n] = chunk
        self.left -= n
        return n


@pytest.mark.parametrize("unit", [
    b"It rained in the city. The talks failed, officials said.\n\n",  # paragraphs
    b"It rained in the city. The talks failed, officials said. ",  # one line, no newline at all
    b"word ",  # no sentence stop either
    b"x",  # not even a space
], ids=["paragraphs", "no-newline", "no-stop", "no-space"])
def test_a_huge_stream_is_read_in_bounded_blocks_with_bounded_memory(unit):
    # blocks 40 times smaller than the shipped ones over a 2 MB stream: the proportions of an 80 MB
    # document in 1-4 M character blocks, in a fraction of the time
    size, block_chars, max_chars = 2_000_000, BLOCK_CHARS // 40, MAX_BLOCK_CHARS // 40
    stream = io.BufferedReader(_Generated(size, unit), buffer_size=1 << 14)
    tracemalloc.start()
    total, expected_start = 0, 0
    blocks = stream_blocks(stream, "big.txt", block_chars=block_chars, max_chars=max_chars, read_bytes=1 << 14)
    for block in blocks:
        assert block.start == expected_start and 0 < len(block.text) <= max_chars + 1
        expected_start += len(block.text)
        total += len(block.text)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert total == size
    assert peak < 1_000_000, f"peak {peak:,} bytes while reading {size:,}"  # ~ a few blocks, not the input


def test_blocks_cut_at_paragraph_breaks_give_the_same_claims_as_the_whole_text(rules, reference_text):
    text = "\n\n".join([reference_text.strip()] * 4)
    whole = [c.as_record() for c in analyze(text, rules, doc="d")]
    stream = io.BytesIO(text.encode())
    blocks = list(stream_blocks(stream, "d", block_chars=2_000, max_chars=8_000))
    assert len(blocks) == 4  # one per article copy: each block ends at a blank line
    per_block = [[c.as_record() for c in claims] for claims in analyze_blocks(blocks, rules, doc="d")]
    streamed = [record for records in per_block for record in records]

    def without_entity(records: list[dict[str, object]]) -> list[dict[str, object]]:
        return [{k: v for k, v in r.items() if k != "source_entity"} for r in records]

    assert without_entity(streamed) == without_entity(whole)
    # a party does not carry over a block boundary: each block numbers its own after the ones before
    ids = [{r["source_entity"] for r in records if r["source_entity"]} for records in per_block]
    assert all(ids) and sum(len(i) for i in ids) == len(set().union(*ids))


def test_a_block_cut_without_paragraph_breaks_keeps_offsets_and_numbers_continuing(rules):
    text = " ".join(f"Sentence number {i} is here, officials said." for i in range(400))
    blocks = list(stream_blocks(io.BytesIO(text.encode()), "d", block_chars=2_000, max_chars=4_000))
    assert len(blocks) > 3 and all(b.text.rstrip().endswith(".") for b in blocks)  # cut at sentence stops
    claims = [c for cs in analyze_blocks(blocks, rules, doc="d") for c in cs]
    assert [c.n for c in claims] == list(range(1, 401))
    assert all(text[c.start:c.end] == c.text and c.source == "officials" for c in claims)


def test_a_5_mb_file_without_newline_or_stop_runs_and_reports_the_overlong_sentences(tmp_path):
    path = write(tmp_path, "flat.txt", b"word " * 1_000_000)
    result = attrib("run", path, "--format", "jsonl")
    assert result.code == 0
    records = result.records()
    # every word kept: only the one space at each cut falls between records
    assert sum(len(r["text"]) for r in records) == 5_000_000 - len(records)
    assert f"characters long; patterns are tried on sentences of up to {MAX_SENTENCE_CHARS:,}" in result.err


def test_the_publisher_of_the_first_block_carries_to_the_others(rules):
    text = "WASHINGTON (Reuters) - It rained.\n\n" + "The talks failed, officials said.\n\n" * 200
    blocks = list(stream_blocks(io.BytesIO(text.encode()), "d", block_chars=1_000, max_chars=4_000))
    claims = [c for cs in analyze_blocks(blocks, rules) for c in cs]
    assert len(blocks) > 3 and {c.publisher for c in claims} == {"Reuters"}


# --- folders: many files, bad files, loops ------------------------------------------------------------

def test_a_folder_with_bad_files_analyses_the_good_ones_and_warns_about_each_bad_one(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    write(folder, "a-good.txt", SAY.encode())
    write(folder, "b-binary.txt", bytes(range(256)))
    write(folder, "c-empty.txt", b"")
    write(folder, "d-latin1.txt", "Café, he said.".encode("latin-1"))
    (folder / "e-loop.txt").symlink_to(folder / "e-loop.txt")  # a symlink to itself
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to(folder, target_is_directory=True)  # a folder loop
    write(folder / "sub", "f-good.txt", b"It rained.")
    result = attrib("run", folder, "--format", "jsonl")
    assert result.code == 0
    assert [(Path(r["doc"]).name, r["text"]) for r in result.records()] == [
        ("a-good.txt", SAY), ("f-good.txt", "It rained.")]
    warnings = result.err.splitlines()
    assert len(warnings) == 4 and all(w.startswith("attrib: warning: skipped ") for w in warnings)
    for name, why in [("b-binary.txt", "binary"), ("c-empty.txt", "empty"),
                      ("d-latin1.txt", "not valid utf-8"), ("e-loop.txt", "cannot read")]:
        assert any(name in w and why in w for w in warnings), (name, warnings)


def test_an_unreadable_file_in_a_folder_is_skipped_with_a_warning(tmp_path, monkeypatch):
    folder = tmp_path / "corpus"
    folder.mkdir()
    write(folder, "a.txt", SAY.encode())
    locked = write(folder, "b.txt", SAY.encode())
    real_open = Path.open

    def refusing_open(self: Path, *args, **kwargs):  # chmod 000 does not stop root, so refuse here
        if self == locked:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refusing_open)
    result = attrib("run", folder, "--format", "jsonl")
    assert result.code == 0 and len(result.records()) == 1
    assert "skipped" in result.err and "b.txt: cannot read (Permission denied)" in result.err
    one_line_error(attrib("run", locked), "b.txt: cannot read (Permission denied)")


def test_a_folder_of_thousands_of_files_is_analysed_file_by_file(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(2_000):
        write(folder, f"{i:05d}.txt", f"Item {i} arrived.".encode())
    result = attrib("run", folder, "--format", "jsonl")
    assert result.code == 0 and result.err == ""
    assert [r["text"] for r in result.records()] == [f"Item {i} arrived." for i in range(2_000)]


def test_a_folder_without_text_files_is_one_line_and_exit_2(tmp_path):
    (tmp_path / "empty").mkdir()
    one_line_error(attrib("run", tmp_path / "empty"), "folder has no .txt files")


# --- files that go away ---------------------------------------------------------------------------

def test_a_file_that_disappears_before_it_is_read(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    gone = write(folder, "gone.txt", SAY.encode())
    sources = plan([str(folder)])
    gone.unlink()
    with pytest.raises(InputError, match=r"gone\.txt: no such file"):
        list(read_blocks(sources[0].path))


class _FailingStream(io.RawIOBase):
    """Gives some text, then fails like a file on a vanished network share."""

    def __init__(self) -> None:
        self.calls = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        self.calls += 1
        if self.calls > 1:
            raise OSError(5, "Input/output error")
        data = (SAY + "\n\n").encode() * 40_000
        n = min(len(buffer), len(data))
        buffer[:n] = data[:n]
        return n


def test_a_file_that_fails_while_being_read_is_named_in_one_error():
    with pytest.raises(InputError, match=r"^share.txt: cannot read \(Input/output error\)$"):
        for _ in stream_blocks(_FailingStream(), "share.txt", Decoding(), 10_000, 40_000):
            pass


def test_a_file_truncated_while_being_read_yields_what_was_there(tmp_path):
    path = write(tmp_path, "doc.txt", (SAY + "\n\n").encode() * 10)
    blocks = read_blocks(path, Decoding())
    os.truncate(path, len(SAY))
    assert [b.text for b in blocks] == [SAY]
    assert Block(0, SAY) == Block(0, SAY)


def test_utf16_without_bom_is_binary_unless_its_encoding_is_named(tmp_path):
    path = write(tmp_path, "doc.txt", SAY.encode("utf-16-le"))
    one_line_error(attrib("run", path), "binary file")
    records = attrib("run", path, "--format", "jsonl", "--encoding", "utf-16-le").records()
    assert records[0]["text"] == SAY and records[0]["source"] == "officials"
