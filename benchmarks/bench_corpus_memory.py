#!/usr/bin/env python3
"""Memory stays flat in the number of documents: `attrib run` on a generated JSON Lines corpus.

    python benchmarks/bench_corpus_memory.py [--gb 1] [--jobs 2] [--tmp /tmp] [--keep]

Writes a corpus of --gb gigabytes to a temporary folder (the shared corpora's texts, repeated, one
document per line, each with its own id), runs `attrib run corpus.jsonl --format jsonl --jobs N`
with its output discarded, and samples the resident memory of the attrib process and its workers
(from /proc) every 0.2 s. Prints the peak of the main process, of the largest worker and of all of
them together, with how far through the corpus each peak came, then deletes the corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GB = 1_000_000_000


def write_corpus(path: Path, size: float, data: Path) -> tuple[int, int]:
    texts = []
    for source in sorted(data.glob("*.jsonl")):
        with source.open(encoding="utf-8") as handle:
            records = (json.loads(line) for line in handle)
            texts.extend(t for t in (r.get("text") for r in records) if isinstance(t, str))
    written = docs = 0
    with path.open("w", encoding="utf-8") as out:
        while written < size * GB:
            for text in texts:
                line = json.dumps({"id": f"doc{docs}", "text": text}, ensure_ascii=False) + "\n"
                out.write(line)
                written += len(line.encode("utf-8"))
                docs += 1
                if written >= size * GB:
                    break
    return written, docs


def rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gb", type=float, default=1.0)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--tmp", type=Path, default=Path(tempfile.gettempdir()))
    parser.add_argument("--keep", action="store_true", help="keep the generated corpus")
    parser.add_argument("--every", type=float, default=60, help="print a sample every this many seconds")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="attrib-memory-", dir=args.tmp))
    corpus = folder / "corpus.jsonl"
    try:
        size, docs = write_corpus(corpus, args.gb, args.data)
        print(f"corpus: {corpus} {size / GB:.2f} GB, {docs:,} documents", flush=True)
        attrib = Path(sys.executable).with_name("attrib")
        command = [str(attrib), "run", str(corpus), "--format", "jsonl", "--jobs", str(args.jobs)]
        print("command:", " ".join(command), "> /dev/null", flush=True)
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL)
        peak_main = peak_worker = peak_total = 0
        at_main = at_total = 0.0
        next_report = time.perf_counter() + args.every
        while child.poll() is None:
            main_kb = rss_kb(child.pid)
            workers = [rss_kb(p) for p in children(child.pid)]
            total = main_kb + sum(workers)
            done = _position(child.pid, corpus) / size if size else 0.0
            if main_kb > peak_main:
                peak_main, at_main = main_kb, done
            peak_worker = max([peak_worker, *workers])
            if total > peak_total:
                peak_total, at_total = total, done
            if time.perf_counter() >= next_report:
                next_report += args.every
                elapsed = time.perf_counter() - start
                print(f"  {elapsed:6.0f} s  {done:4.0%} read  RSS main {main_kb // 1024} MB, "
                      f"workers {', '.join(str(w // 1024) for w in workers)} MB, total {total // 1024} MB",
                      flush=True)
            time.sleep(0.2)
        wall = time.perf_counter() - start
        if child.returncode != 0:
            sys.exit(f"attrib run failed with exit code {child.returncode}")
        print(f"wall: {wall:.0f} s ({size / 1e6 / wall:.2f} MB/s, {docs / wall:.0f} documents/s)")
        print(f"peak RSS, main process: {peak_main / 1024:.0f} MB (at {at_main:.0%} of the corpus)")
        print(f"peak RSS, largest worker: {peak_worker / 1024:.0f} MB")
        print(f"peak RSS, main + workers together: {peak_total / 1024:.0f} MB "
              f"(at {at_total:.0%} of the corpus)")
    finally:
        if not args.keep:
            corpus.unlink(missing_ok=True)
            folder.rmdir()


def _position(pid: int, corpus: Path) -> int:
    """How far the attrib process has read into the corpus (its open file's offset)."""
    fd_dir = Path(f"/proc/{pid}/fd")
    try:
        for fd in fd_dir.iterdir():
            try:
                if Path(os.readlink(fd)) == corpus:
                    for line in Path(f"/proc/{pid}/fdinfo/{fd.name}").read_text().splitlines():
                        if line.startswith("pos:"):
                            return int(line.split()[1])
            except OSError:
                continue
    except OSError:
        pass
    return 0


if __name__ == "__main__":
    main()
