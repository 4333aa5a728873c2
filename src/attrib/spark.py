"""attrib on Apache Spark: a DataFrame of (id, text) -> a DataFrame of claims (the JSONL contract).

    from attrib.spark import analyze_dataframe
    claims = analyze_dataframe(spark.read.json("crawl/*.jsonl"), id_col="id", text_col="text")
    claims.write.parquet("claims.parquet")

Each Python worker loads the rules once (then reuses them for every batch it is given) and analyses
its documents with attrib.analyze, so the claims are exactly those of `attrib run`. Needs the
optional extra: pip install 'attrib[spark]' (pyspark, pandas, pyarrow) and Java on every machine.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from attrib.model import CLAIM_FIELDS
from attrib.pipeline import analyze
from attrib.rulebook.ruleset import RuleSet, load_rules

# pandas and pyspark are optional (the `spark` extra), so their types appear here as Any
PandasFrame = Any
SparkFrame = Any
#: Spark SQL type of each exported field (CLAIM_FIELDS order); every other field is a nullable string
_TYPES = {"n": "long", "start": "long", "end": "long", "attributed": "boolean", "source_start": "long",
          "source_end": "long", "cue_start": "long", "cue_end": "long"}
CLAIMS_SCHEMA = ", ".join(f"`{name}` {_TYPES.get(name, 'string')}" for name in CLAIM_FIELDS)

_executor_rules: dict[tuple[str, ...], RuleSet] = {}


def rules_for(paths: Sequence[str]) -> RuleSet:
    """The rules of this Python worker, loaded on first use and kept for every later batch."""
    key = tuple(paths)
    if key not in _executor_rules:
        _executor_rules[key] = load_rules(list(paths))
    return _executor_rules[key]


def claims_of_batches(batches: Iterator[PandasFrame], id_col: str, text_col: str,
                      rule_paths: Sequence[str] = ()) -> Iterator[PandasFrame]:
    """The mapInPandas body: batches of documents in, batches of claim records out."""
    import pandas as pd  # type: ignore[import-untyped,import-not-found,unused-ignore]

    rules = rules_for(rule_paths)
    for batch in batches:
        records: list[dict[str, object]] = []
        for ident, text in zip(batch[id_col], batch[text_col], strict=True):
            if not isinstance(text, str) or not text.strip():
                continue
            records.extend(c.as_record() for c in analyze(text, rules, doc=str(ident)))
        yield pd.DataFrame.from_records(records, columns=list(CLAIM_FIELDS))


def analyze_dataframe(df: SparkFrame, id_col: str = "id", text_col: str = "text",
                      rules: Sequence[str] = ()) -> SparkFrame:
    """Claims of every document of `df`: one row per sentence, columns CLAIM_FIELDS (`doc` is the id).

    `rules`: extra rule files/folders layered over the shipped ones; the paths must exist on every
    worker. Rows with a null or blank text give no claim.
    """
    paths = [str(p) for p in rules]

    def run(batches: Iterator[Any]) -> Iterator[Any]:
        return claims_of_batches(batches, id_col, text_col, paths)

    return df.select(id_col, text_col).mapInPandas(run, schema=CLAIMS_SCHEMA)
