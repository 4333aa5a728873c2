"""Workers that die do not hang the run (issue 13, part 4): the document is named, the exit code is not
0, what was written stays whole, no temporary file is left; SIGTERM and SIGHUP clean up too."""

from __future__ import annotations

import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SAMPLES

from attrib.batch import parallel
from attrib.batch.runner import RunOptions, run_documents
from attrib.batch.workers import DocumentFailed

pytestmark = pytest.mark.usefixtures("no_user_rules")


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """Enough documents to keep two workers busy for several seconds."""
    text = (SAMPLES / "army-chiefs-call.txt").read_text(encoding="utf-8")
    path = tmp_path / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for n in range(3_000):
            out.write(json.dumps({"id": f"doc-{n}", "text": text}) + "\n")
    return path


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    """Running (a zombie waiting for init to reap it has ended)."""
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _start(corpus: Path, out: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "attrib", "run", str(corpus), "--jobs", "2", "-o", str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _workers_busy(process: subprocess.Popen[str], out: Path, written: bool = True) -> list[int]:
    """The worker pids once both are up (and, with `written`, records are in the temporary file)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        workers = [pid for pid in _children(process.pid) if pid != process.pid]
        temporary = list(out.parent.glob(f".{out.name}.*.tmp"))
        if len(workers) >= 2 and (not written or (temporary and temporary[0].stat().st_size > 0)):
            return workers
        time.sleep(0.05)
    raise AssertionError("the workers did not start")


@pytest.mark.skipif(not Path("/proc").exists(), reason="needs /proc to find the worker processes")
def test_a_worker_killed_with_sigkill_ends_the_run_within_5_s_naming_the_document(corpus, tmp_path):
    out = tmp_path / "claims.jsonl"
    run = _start(corpus, out)
    victim = _workers_busy(run, out)[0]
    os.kill(victim, signal.SIGKILL)
    killed = time.monotonic()
    _, stderr = run.communicate(timeout=30)
    took = time.monotonic() - killed
    assert took < 5, f"the run took {took:.1f}s to end after the worker died"
    assert run.returncode == 3
    lines = stderr.splitlines()
    assert len(lines) == 1 and re.fullmatch(
        r"attrib: error: a worker process died \(killed by SIGKILL\) while analysing doc-\d+; .*", lines[0]), stderr
    assert not out.exists() and list(tmp_path.iterdir()) == [corpus]  # no output claimed, no temporary file


@pytest.mark.skipif(not Path("/proc").exists(), reason="needs /proc to find the worker processes")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_sigterm_and_sighup_stop_the_run_cleanly(corpus, tmp_path, signum):
    out = tmp_path / "claims.jsonl"
    run = _start(corpus, out)
    workers = _workers_busy(run, out, written=False)  # the pool is at work from its first worker on
    run.send_signal(signum)
    _, stderr = run.communicate(timeout=30)
    assert run.returncode == 128 + signum
    assert stderr == f"attrib: error: stopped by {signal.Signals(signum).name}\n"
    assert list(tmp_path.iterdir()) == [corpus]  # no temporary file left
    time.sleep(0.2)
    assert not [pid for pid in workers if _alive(pid)]  # the workers are gone


def test_an_error_in_a_worker_names_the_document(tmp_path, monkeypatch):
    text = (SAMPLES / "army-chiefs-call.txt").read_text(encoding="utf-8")
    corpus = tmp_path / "small.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"doc-{n}", "text": text}) + "\n" for n in range(48)),
                      encoding="utf-8")
    real = parallel.analyze

    def failing(text, rules, doc="-", publisher=None, lang="auto"):  # inherited by the forked workers
        if doc == "doc-37":
            raise ValueError("boom")
        return real(text, rules, doc=doc, publisher=publisher, lang=lang)

    monkeypatch.setattr(parallel, "analyze", failing)
    for jobs in (1, 2):
        out = io.StringIO()
        with pytest.raises(DocumentFailed, match=r"^doc-37: analysing it failed \(ValueError: boom\)"):
            run_documents([str(corpus)], out, RunOptions(format="jsonl", jobs=jobs))
        records = [json.loads(line) for line in out.getvalue().splitlines()]  # whole records only
        assert {r["doc"] for r in records} <= {f"doc-{n}" for n in range(37)}
