#!/usr/bin/env python3
"""Run attrib over a JSON Lines corpus on Spark and write the claims as Parquet (or JSON Lines).

    pip install '.[spark]'      # pyspark, pandas<3, pyarrow; Java must be installed
    python examples/spark_run.py crawl/*.jsonl --out claims.parquet [--master local[*]]
    python examples/spark_run.py corpus.jsonl --out claims-json --format json --text-field body

On a cluster, submit the same script with spark-submit (attrib must be installed on every worker).
"""

from __future__ import annotations

import argparse
import os
import sys


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", help="JSON Lines files (one document per line)")
    parser.add_argument("--out", required=True, help="output folder")
    parser.add_argument("--format", choices=("parquet", "json", "csv"), default="parquet")
    parser.add_argument("--text-field", default="text")
    parser.add_argument("--id-field", default="id")
    parser.add_argument("--rules", action="append", default=[], help="extra rule file/folder (repeatable)")
    parser.add_argument("--master", default=None, help="e.g. local[*]; default: spark-submit's")
    args = parser.parse_args()

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # local workers use this environment
    from pyspark.sql import SparkSession

    from attrib.spark import analyze_dataframe

    builder = SparkSession.builder.appName("attrib")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    documents = spark.read.json(args.inputs)
    claims = analyze_dataframe(documents, id_col=args.id_field, text_col=args.text_field, rules=args.rules)
    claims.write.mode("overwrite").format(args.format).save(args.out)
    summary = claims.groupBy("source_kind").count().orderBy("count", ascending=False)
    summary.show()
    spark.stop()


if __name__ == "__main__":
    main()
