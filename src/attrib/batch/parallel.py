"""Documents -> claims on N processes, in input order, with bounded memory.

Workers get the rules once (pool initializer) and analyse chunks of documents. Results come back in
the order the documents went in, so output is byte-identical to a one-process run. Only a few
chunks are in flight at a time (Pool.imap would read the whole corpus ahead), so memory stays flat.
A run of a single document never starts a worker. `pooled` is the one process pool of attrib: `attrib
eval` runs its gold documents through it too.
"""

from __future__ import annotations

import functools
import itertools
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

from attrib.batch.blocks import analyze_blocks
from attrib.batch.workers import DocumentFailed, run_pool, working_on
from attrib.errors import AttribError
from attrib.inputs.corpus import Doc
from attrib.inputs.sources import BLOCK_CHARS, text_blocks
from attrib.model import Claim
from attrib.pipeline import AUTO, analyze
from attrib.rulebook.ruleset import RuleSet, load_rules

#: a chunk closes at this many documents or this many characters, whichever comes first
CHUNK_DOCS = 16
CHUNK_CHARS = 200_000
#: chunks in flight per worker: enough to keep workers busy, few enough to keep memory flat
IN_FLIGHT_PER_JOB = 3

_worker_rules: RuleSet | None = None

Item = TypeVar("Item")
Result = TypeVar("Result")
#: what a worker does with one chunk, given the rules
ChunkWork = Callable[[RuleSet, list[Item]], list[Result]]


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def _init_worker(rules: RuleSet | Sequence[str]) -> None:
    global _worker_rules
    _worker_rules = rules if isinstance(rules, RuleSet) else load_rules(rules)


def _run_chunk(work: ChunkWork[Item, Result], chunk: list[Item]) -> list[Result]:
    assert _worker_rules is not None
    return work(_worker_rules, chunk)


def pooled(work: ChunkWork[Item, Result], chunks: Iterable[list[Item]], jobs: int,
           rules: RuleSet | Sequence[str]) -> Iterator[tuple[list[Item], list[Result]]]:
    """Each chunk with `work(rules, chunk)` done in one of `jobs` worker processes, in input order,
    a few chunks in flight. `rules` are rule paths each worker loads, or a RuleSet the workers
    inherit (a forked process needs no copy); `work` must be a module-level function (or a partial).
    A worker that dies stops the run with WorkerDied naming the document (batch.workers)."""
    import multiprocessing  # only for a pool: a run on one process needs none of it

    context = multiprocessing.get_context("fork" if isinstance(rules, RuleSet) else None)
    task = functools.partial(_run_chunk, work)
    yield from run_pool(task, chunks, jobs, _init_worker, (rules,), jobs * IN_FLIGHT_PER_JOB, _chunk_label,
                        context)


def _chunk_label(chunk: list[Any]) -> str:
    """What the parent names when it cannot tell which item of a chunk a dead worker was on."""
    first = getattr(chunk[0], "id", None) if chunk else None
    if first is None:
        return f"a chunk of {len(chunk)} documents"
    return str(first) if len(chunk) == 1 else f"{first} or one of the {len(chunk) - 1} documents after it"


#: turns one document's claims into what the parent needs (its output text, say), in the worker
Render = Callable[[list[Claim]], Any]


def _analyze_chunk(rules: RuleSet, chunk: list[Doc], render: Render | None = None) -> list[Any]:
    results = []
    for doc in chunk:
        working_on(doc.id)
        claims = analyze_one(doc, rules)
        results.append(render(claims) if render else claims)
    return results


def analyze_one(doc: Doc, rules: RuleSet) -> list[Claim]:
    """One document's claims, with its kept fields; a document larger than a block (a big JSON Lines
    record) is analysed block by block, as a big text file is, so memory stays bounded. An unexpected
    error (a bug) becomes DocumentFailed naming the document."""
    lang = doc.lang if doc.lang in rules.packs.profiles() else AUTO  # a record's unknown language: guessed
    try:
        if len(doc.text) > BLOCK_CHARS:
            blocks = analyze_blocks(text_blocks(doc.text), rules, doc=doc.id, publisher=doc.publisher, lang=lang)
            claims = [claim for block in blocks for claim in block]
        else:
            claims = analyze(doc.text, rules, doc=doc.id, publisher=doc.publisher, lang=lang)
        if doc.meta:
            for claim in claims:
                claim.meta = doc.meta
        return claims
    except AttribError:
        raise
    except Exception as exc:
        raise DocumentFailed(f"{doc.id}: analysing it failed ({type(exc).__name__}: {exc}); please report "
                             "this document") from exc


def chunks(items: Iterable[Item], size: Callable[[Item], int]) -> Iterator[list[Item]]:
    """Items in chunks of at most CHUNK_DOCS items or about CHUNK_CHARS characters (by `size`)."""
    chunk: list[Item] = []
    chars = 0
    for item in items:
        chunk.append(item)
        chars += size(item)
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
            claims = analyze_one(doc, rules)
            yield doc, render(claims) if render else claims
        return
    # the rules already loaded go to the workers by fork (no copy, no second load), else their paths
    given: RuleSet | list[str] = ruleset if ruleset is not None and _can_fork() else list(rule_paths)
    yield from _pooled(itertools.chain(head, stream), render, given, jobs)


def _can_fork() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def _pooled(docs: Iterator[Doc], render: Render | None, rules: RuleSet | list[str],
            jobs: int) -> Iterator[tuple[Doc, Any]]:
    work = functools.partial(_analyze_chunk, render=render)
    for chunk, results in pooled(work, chunks(docs, _doc_size), jobs, rules):
        yield from zip(chunk, results, strict=True)


def _doc_size(doc: Doc) -> int:
    return len(doc.text)
