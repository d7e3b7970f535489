"""Trame on Apache Spark: analyse a corpus on the executors, link it with Spark aggregations.

    spark-submit trame_spark.py INPUT OUTPUT [--jobs N] [--partition-mb MB] [--no-link]

INPUT is JSON Lines or Parquet (a file or a folder; ``.parquet`` or a folder of Parquet files is
read as Parquet, anything else as JSON Lines) with columns ``id``, ``text`` and optionally
``date``, ``lang`` — the records of ``trame analyze --jsonl``. OUTPUT receives Parquet tables
(columns in README.md): ``documents``, ``actors``, ``events``, ``relations``, ``errors``, and, from
the cross-document linking, ``linked_actors`` and ``linked_events`` (what ``trame link`` prints).

How it runs: each executor's Python worker hands Arrow batches of records to the engine
(``trame.arrow.analyze_batch``, through ``mapInArrow``), which writes the analyses back as Arrow
buffers; the per-document rows are cached and exploded into the tables. Linking is done by Spark
on the engine's canonical keys — actors grouped by entity key; events joined by folded name and by
(type, pair of participant keys) with compatible dates, then connected components by iterated
label propagation — so nothing of the corpus is ever collected on the driver. The results equal
``trame link``'s on the same corpus, "corpus order" being the order Spark reads the input in (for
one JSON Lines file, its line order).
"""

from __future__ import annotations

import argparse
import time
from typing import Dict, Iterator

from pyspark import StorageLevel
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql.types import LongType, StructField, StructType

import linking


def analysed_schema() -> StructType:
    """Spark's view of ``trame.arrow.SCHEMA`` plus the document's position ``pos``."""
    import trame.arrow
    from pyspark.sql.pandas.types import from_arrow_schema

    schema = from_arrow_schema(trame.arrow.SCHEMA)
    return StructType(schema.fields + [StructField("pos", LongType(), False)])


def read_corpus(spark: SparkSession, path: str) -> DataFrame:
    """The input's ``id``, ``text``, ``date``, ``lang`` as strings, and ``pos``: its position in
    Spark's read order (increasing, not consecutive), the corpus order of the linking."""
    parquet = path.rstrip("/").endswith(".parquet") or _is_parquet_dir(spark, path)
    if parquet:
        df = spark.read.parquet(path)
    else:
        ddl = "id string, text string, date string, lang string"
        df = spark.read.schema(ddl).option("mode", "PERMISSIVE").json(path)
    cols = []
    for name in ("id", "text", "date", "lang"):
        col = F.col(name).cast("string") if name in df.columns else F.lit(None).cast("string")
        cols.append(col.alias(name))
    return df.select(*cols).withColumn("pos", F.monotonically_increasing_id())


def _is_parquet_dir(spark: SparkSession, path: str) -> bool:
    jvm = spark.sparkContext._jvm
    hpath = jvm.org.apache.hadoop.fs.Path(path)
    fs = hpath.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    if not fs.getFileStatus(hpath).isDirectory():
        return False
    return any(s.getPath().getName().endswith(".parquet") for s in fs.listStatus(hpath))


def analyse(corpus: DataFrame, jobs: int = 1) -> DataFrame:
    """One row per input row: the document's nested analysis (``trame.arrow.SCHEMA``) and
    ``pos``, computed on the executors by the engine; a bad row has its ``error``."""

    def batches(it: Iterator) -> Iterator:
        import pyarrow as pa
        import trame.arrow

        for batch in it:
            out = trame.arrow.analyze_batch(batch, jobs=jobs)
            yield pa.RecordBatch.from_arrays(
                out.columns + [batch.column("pos")], names=out.schema.names + ["pos"]
            )

    return corpus.mapInArrow(batches, analysed_schema())


def tables(analysed: DataFrame) -> Dict[str, DataFrame]:
    """The per-document tables, exploded from the analysed rows (see README.md for columns)."""
    ok = analysed.where(F.col("error").isNull())
    documents = ok.select(F.col("id").alias("doc_id"), "pos", "lang", "date", "text", "boilerplate")
    errors = analysed.where(F.col("error").isNotNull()).select("id", "pos", F.col("error").alias("message"))
    actors = ok.select(F.col("id").alias("doc_id"), "pos", F.posexplode("entities").alias("ordinal", "e")).select(
        "doc_id", "pos", "ordinal", "e.*"
    ).withColumnRenamed("id", "entity_id")
    events = ok.select(F.col("id").alias("doc_id"), "pos", F.posexplode("events").alias("ordinal", "v")).select(
        "doc_id", "pos", "ordinal", "v.*"
    ).withColumnRenamed("id", "event_id")
    relations = ok.select(F.col("id").alias("doc_id"), "pos", F.posexplode("relations").alias("ordinal", "r")).select(
        "doc_id", "pos", "ordinal", "r.*"
    )
    return {"documents": documents, "errors": errors, "actors": actors, "events": events, "relations": relations}


def run(spark: SparkSession, source: str, output: str, jobs: int = 1, link: bool = True) -> Dict[str, float]:
    """Reads, analyses, writes every table; returns the seconds each stage took."""
    times: Dict[str, float] = {}
    t0 = time.perf_counter()
    analysed = analyse(read_corpus(spark, source), jobs).persist(StorageLevel.MEMORY_AND_DISK)
    parts = tables(analysed)
    for name in ("documents", "errors", "actors", "relations"):
        parts[name].write.mode("overwrite").parquet(f"{output}/{name}")
    times["analyse"] = time.perf_counter() - t0
    t1 = time.perf_counter()
    events = parts["events"]
    if link:
        occurrences = linking.occurrences(events)
        events = events.join(occurrences, ["pos", "ordinal"], "left")
    else:
        events = events.withColumn("occurrence", F.lit(None).cast("string"))
    events.write.mode("overwrite").parquet(f"{output}/events")
    if link:
        events = spark.read.parquet(f"{output}/events")
        actors = spark.read.parquet(f"{output}/actors")
        linking.linked_actors(actors).write.mode("overwrite").parquet(f"{output}/linked_actors")
        linking.linked_events(events).write.mode("overwrite").parquet(f"{output}/linked_events")
    times["events_and_link"] = time.perf_counter() - t1
    analysed.unpersist()
    return times


def configure(builder: SparkSession.Builder, partition_mb: int = 16) -> SparkSession.Builder:
    """Settings the job relies on: several input partitions even for a small corpus (one Spark task
    per core), Arrow batches of moderate size (the engine starts on a batch while Spark reads the
    next)."""
    return (
        builder.config("spark.sql.files.maxPartitionBytes", f"{partition_mb}m")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "2000")
        .config("spark.sql.shuffle.partitions", "8")
    )


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("input")
    p.add_argument("output")
    p.add_argument("--jobs", type=int, default=1, help="engine threads in each Python worker (default 1)")
    p.add_argument("--partition-mb", type=int, default=16, help="input split size (default 16 MB)")
    p.add_argument("--no-link", action="store_true", help="skip the cross-document linking")
    a = p.parse_args()
    spark = configure(SparkSession.builder.appName("trame"), a.partition_mb).getOrCreate()
    spark.sparkContext.setCheckpointDir(f"{a.output}/_checkpoints")
    times = run(spark, a.input, a.output, a.jobs, not a.no_link)
    print(" ".join(f"{k}={v:.1f}s" for k, v in times.items()))
    spark.stop()


if __name__ == "__main__":
    main()
