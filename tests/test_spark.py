"""The Spark path (attrib.spark) in local mode gives the claims of attrib.analyze.

Needs pyspark, pandas, pyarrow (pip install '.[spark]') and Java; skipped with the reason otherwise.
Run alone: python -m pytest tests/test_spark.py (about 15-30 s, most of it the JVM starting).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import SAMPLES, shared_file

import attrib
from attrib.model import CLAIM_FIELDS


def _missing() -> str | None:
    for module in ("pyspark", "pandas", "pyarrow"):
        try:
            __import__(module)
        except ImportError:
            return f"{module} is not installed (pip install '.[spark]')"
    if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
        return "Java is not installed (Spark needs a JVM)"
    return None


pytestmark = pytest.mark.skipif(_missing() is not None, reason=str(_missing()))


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable  # workers must see this environment's attrib
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (SparkSession.builder.master("local[2]").appName("attrib-test")
               .config("spark.ui.enabled", "false")
               .config("spark.sql.shuffle.partitions", "2")
               .config("spark.sql.execution.arrow.pyspark.enabled", "true")
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def test_spark_claims_equal_analyze(spark: Any) -> None:
    from attrib.spark import analyze_dataframe

    docs = [(record["id"], record["text"]) for record in map(
        json.loads, shared_file("wikinews-dev.jsonl").read_text(encoding="utf-8").splitlines()[:3])]
    docs.append(("reference", (SAMPLES / "army-chiefs-call.txt").read_text(encoding="utf-8")))
    docs.append(("blank", "   "))
    frame = spark.createDataFrame(docs, "id string, text string").repartition(2)
    claims = analyze_dataframe(frame)
    assert tuple(claims.columns) == CLAIM_FIELDS
    got = sorted((row.asDict() for row in claims.collect()), key=lambda r: (r["doc"], r["n"]))
    expected = sorted((c.as_record() for ident, text in docs if text.strip()
                       for c in attrib.analyze(text, doc=ident)), key=lambda r: (r["doc"], r["n"]))
    assert got == expected
    assert any(r["doc"] == "reference" and r["outlet"] for r in got)
