"""Peak memory and time of `attrib run` on a generated huge text file (default 1 GB).

    python benchmarks/bench_memory.py                       # 1 GB file in /tmp, full `attrib run`
    python benchmarks/bench_memory.py --size-mb 100 --no-newline
    python benchmarks/bench_memory.py --read-only           # only the block reader (decode + cut)

The file is generated once (kept for reruns) from news-like paragraphs, some of them attributed, with
a number in each so no two paragraphs are equal. The run is a subprocess
(`attrib run FILE --format jsonl -o /dev/null`); its peak resident memory comes from
resource.getrusage(RUSAGE_CHILDREN). attrib reads a document in blocks cut at paragraph breaks
(src/attrib/inputs.py), so the figure must not grow with the file: the target is under 300 MB.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

PARAGRAPH = (
    "The city council met on day {i} to discuss the budget for the coming year. It rained all "
    "morning, and the meeting began late. The talks failed again, officials said. Residents waited "
    "outside the hall for most of the afternoon. The mayor will present a new plan next week, "
    "according to a statement from her office."
)


def generate(path: Path, size: int, newline: bool) -> None:
    if path.exists() and path.stat().st_size >= size:
        return
    sep = "\n\n" if newline else " "
    with path.open("w", encoding="utf-8") as handle:
        written, i = 0, 0
        while written < size:
            chunk = sep.join(PARAGRAPH.format(i=i + k) for k in range(1000)) + sep
            handle.write(chunk)
            written += len(chunk.encode())
            i += 1000


def attrib_command() -> list[str]:
    found = shutil.which("attrib") or str(Path(sys.executable).with_name("attrib"))
    return [found]


def _high_water_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def sample(path: Path, command: list[str], max_seconds: float) -> None:
    """Run attrib with its JSONL on a pipe; every 30 s print how far it got and its peak memory."""
    import json
    import selectors

    size = path.stat().st_size
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert process.stdout is not None
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ)
    start = last_report = time.perf_counter()
    records, offset, peak = 0, 0, 0.0
    print(f"file {path} ({size / 1e6:,.0f} MB); stopping after {max_seconds:.0f} s")
    while time.perf_counter() - start < max_seconds and process.poll() is None:
        if selector.select(timeout=1.0):
            line = process.stdout.readline()
            if line:
                records += 1
                offset = json.loads(line)["end"]
        peak = max(peak, _high_water_mb(process.pid)) if process.poll() is None else peak
        if time.perf_counter() - last_report >= 30:
            last_report = time.perf_counter()
            print(f"  {last_report - start:6.0f} s  {offset / 1e6:8.1f} M characters  {records:>9,} records"
                  f"  peak {peak:5.0f} MB", flush=True)
    elapsed = time.perf_counter() - start
    process.terminate()
    process.wait()
    print(f"analysed    {offset / 1e6:,.1f} M characters ({records:,} records) in {elapsed:,.0f} s "
          f"({offset / 1e6 / elapsed:.3f} MB/s)")
    print(f"peak memory {peak:,.0f} MB (target < 300 MB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=1024)
    parser.add_argument("--path", type=Path, default=None)
    parser.add_argument("--no-newline", action="store_true", help="one line: no paragraph breaks at all")
    parser.add_argument("--max-seconds", type=float, default=0,
                        help="stop the run after this long and report progress and memory so far "
                             "(attrib analyses ~0.1 MB/s, so 1 GB takes hours)")
    parser.add_argument("--read-only", action="store_true", help="measure the block reader alone")
    args = parser.parse_args()
    size = args.size_mb * 1_000_000
    flat = "-flat" if args.no_newline else ""
    path = args.path or Path("/tmp") / f"attrib-bench-{args.size_mb}mb{flat}.txt"
    generate(path, size, newline=not args.no_newline)
    if args.read_only:
        command = [sys.executable, "-c",
                   "import sys; from pathlib import Path; from attrib.inputs.sources import read_blocks\n"
                   "n = sum(len(b.text) for b in read_blocks(Path(sys.argv[1])))\nprint(n, 'characters')",
                   str(path)]
    else:
        command = [*attrib_command(), "run", str(path), "--format", "jsonl", "-o", os.devnull]
    if args.max_seconds:
        sample(path, command[:-2], args.max_seconds)  # "-o /dev/null" dropped: we read the records
        return
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # Linux: KiB
    print(f"file        {path} ({path.stat().st_size / 1e6:,.0f} MB)")
    print(f"command     {'read_blocks(FILE) only' if args.read_only else ' '.join(command)}")
    if args.read_only:
        print(f"read        {done.stdout.strip()}")
    print(f"exit        {done.returncode}{'  stderr: ' + done.stderr.strip()[:300] if done.stderr else ''}")
    print(f"time        {elapsed:,.1f} s ({path.stat().st_size / 1e6 / elapsed:,.2f} MB/s)")
    print(f"peak memory {peak_mb:,.0f} MB (target < 300 MB)")


if __name__ == "__main__":
    main()
