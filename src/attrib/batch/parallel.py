"""Documents -> claims on N processes, in input order, with bounded memory.

Workers load the rules once (pool initializer) and analyse chunks of documents. Results come back in
the order the documents went in, so output is byte-identical to a one-process run. Only a few
chunks are in flight at a time (Pool.imap would read the whole corpus ahead), so memory stays flat.
A run of a single document never starts a worker.
"""

from __future__ import annotations

import functools
import itertools
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from multiprocessing.pool import AsyncResult
from typing import Any

from attrib.inputs.corpus import Doc
from attrib.model import Claim
from attrib.pipeline import analyze
from attrib.rulebook.ruleset import RuleSet, load_rules

#: a chunk closes at this many documents or this many characters, whichever comes first
CHUNK_DOCS = 16
CHUNK_CHARS = 200_000
#: chunks in flight per worker: enough to keep workers busy, few enough to keep memory flat
IN_FLIGHT_PER_JOB = 3

_worker_rules: RuleSet | None = None


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def _init_worker(rule_paths: Sequence[str]) -> None:
    global _worker_rules
    # Ctrl-C is the parent's to handle (it stops the pool); a worker would print a traceback
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_rules = load_rules(rule_paths)


#: turns one document's claims into what the parent needs (its output text, say), in the worker
Render = Callable[[list[Claim]], Any]


def _analyze_chunk(chunk: list[tuple[str, str, str | None]], render: Render | None = None) -> list[Any]:
    assert _worker_rules is not None
    results = (analyze(text, _worker_rules, doc=ident, publisher=publisher) for ident, text, publisher in chunk)
    return [render(claims) for claims in results] if render else list(results)


def chunks(docs: Iterable[Doc]) -> Iterator[list[Doc]]:
    chunk: list[Doc] = []
    chars = 0
    for doc in docs:
        chunk.append(doc)
        chars += len(doc.text)
        if len(chunk) >= CHUNK_DOCS or chars >= CHUNK_CHARS:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


def analyze_documents(docs: Iterable[Doc], rule_paths: Sequence[str] = (), jobs: int = 1,
                      ruleset: RuleSet | None = None) -> Iterator[tuple[Doc, list[Claim]]]:
    """(document, its claims) for every document, in input order, on `jobs` processes."""
    return map_documents(docs, None, rule_paths, jobs, ruleset)


def render_documents(docs: Iterable[Doc], render: Render, rule_paths: Sequence[str] = (), jobs: int = 1,
                     ruleset: RuleSet | None = None) -> Iterator[tuple[Doc, Any]]:
    """(document, render(its claims)) in input order: rendering output in the workers leaves the
    parent little more than writing, and sends back text instead of pickled claims."""
    return map_documents(docs, render, rule_paths, jobs, ruleset)


def map_documents(docs: Iterable[Doc], render: Render | None, rule_paths: Sequence[str] = (), jobs: int = 1,
                  ruleset: RuleSet | None = None) -> Iterator[tuple[Doc, Any]]:
    stream = iter(docs)
    head = list(itertools.islice(stream, 2))
    if jobs <= 1 or len(head) < 2:
        rules = ruleset or load_rules(rule_paths)
        for doc in itertools.chain(head, stream):
            claims = analyze(doc.text, rules, doc=doc.id, publisher=doc.publisher)
            yield doc, render(claims) if render else claims
        return
    yield from _pooled(itertools.chain(head, stream), render, rule_paths, jobs)


def _pooled(docs: Iterator[Doc], render: Render | None, rule_paths: Sequence[str],
            jobs: int) -> Iterator[tuple[Doc, Any]]:
    context = multiprocessing.get_context()
    work = functools.partial(_analyze_chunk, render=render)
    with context.Pool(jobs, initializer=_init_worker, initargs=(list(rule_paths),)) as pool:
        pending: deque[tuple[list[Doc], AsyncResult[list[Any]]]] = deque()
        limit = jobs * IN_FLIGHT_PER_JOB
        for chunk in chunks(docs):
            payload = [(doc.id, doc.text, doc.publisher) for doc in chunk]
            pending.append((chunk, pool.apply_async(work, (payload,))))
            while len(pending) >= limit:
                yield from _collect(pending.popleft())
        while pending:
            yield from _collect(pending.popleft())


def _collect(entry: tuple[list[Doc], AsyncResult[list[Any]]]) -> Iterator[tuple[Doc, Any]]:
    chunk, result = entry
    yield from zip(chunk, result.get(), strict=True)
