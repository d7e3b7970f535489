"""Trame on Apache Spark: analyse a corpus on the executors, link it with Spark aggregations.

    spark-submit trame_spark.py INPUT OUTPUT [--jobs N] [--partition-mb MB] [--no-link]
                                             [--writer arrow|spark] [--driver-links N]

INPUT is JSON Lines or Parquet (a file or a folder; ``.parquet`` or a folder of Parquet files is
read as Parquet, anything else as JSON Lines) with columns ``id``, ``text`` and optionally
``date``, ``lang`` — the records of ``trame analyze --jsonl``. OUTPUT receives Parquet tables
(columns in README.md): ``documents``, ``actors``, ``events``, ``relations``, ``errors``, and, from
the cross-document linking, ``occurrences``, ``linked_actors`` and ``linked_events`` (what
``trame link`` prints).

How it runs: ``mapInArrow`` hands each executor's Python worker Arrow batches of records; the
engine (package ``trame``) analyses them without the GIL and writes its results as Arrow buffers,
flattened into the tables with vectorised takes and written by the executors with pyarrow
(``--writer arrow``, the default), or returned to Spark as nested rows, cached and exploded by
Spark's writer (``--writer spark``). Linking is done by Spark on the engine's canonical keys —
actors grouped by entity key; events joined by folded name and by (type, pair of participant
keys) with compatible dates, then connected components of the links (on the driver for a graph
of at most ``--driver-links`` links, four numbers each; else by label propagation on the
executors) — so nothing of the corpus is ever collected on the driver. The results equal ``trame link``'s on the
same corpus, "corpus order" being the order Spark reads the input in (for one JSON Lines file,
its line order).
"""

from __future__ import annotations

import argparse
import os
import time
from typing import Dict, Iterator, Optional

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


TABLES = ("documents", "errors", "actors", "events", "relations")


def tables(analysed: DataFrame) -> Dict[str, DataFrame]:
    """The per-document tables, exploded by Spark from the analysed rows (``--writer spark``);
    the same columns as ``trame.arrow.analyze_tables`` writes (see README.md)."""
    ok = analysed.where(F.col("error").isNull())
    documents = ok.select(F.col("id").alias("doc_id"), "pos", "lang", "date", "text", "boilerplate")
    errors = analysed.where(F.col("error").isNotNull()).select("id", "pos", F.col("error").alias("message"))

    def explode(column: str, id_name: Optional[str]) -> DataFrame:
        rows = ok.select(F.col("id").alias("doc_id"), "pos", F.posexplode(column).alias("ordinal", "x"))
        rows = rows.select("doc_id", "pos", "ordinal", "x.*")
        return rows.withColumnRenamed("id", id_name) if id_name else rows

    return {
        "documents": documents,
        "errors": errors,
        "actors": explode("entities", "entity_id"),
        "events": explode("events", "event_id"),
        "relations": explode("relations", None),
    }


def write_with_spark(corpus: DataFrame, output: str, jobs: int = 1) -> None:
    """The tables through Spark's writer: the analysed rows are cached, then each table is
    exploded from them and written (any Hadoop file system; slower: Spark's Parquet writer on
    nested rows costs more than the analysis)."""
    analysed = analyse(corpus, jobs).persist(StorageLevel.MEMORY_AND_DISK)
    for name, df in tables(analysed).items():
        df.write.mode("overwrite").parquet(f"{output}/{name}")
    analysed.unpersist()


def write_with_arrow(corpus: DataFrame, output: str, jobs: int = 1) -> None:
    """The tables written by the executors themselves: each task analyses its Arrow batches into
    flat tables (``trame.arrow.analyze_tables``) and appends them to one Parquet file per table
    (pyarrow), named after its partition and task attempt; the job's result is the list of files the
    successful attempts wrote, and the driver then deletes any other file (a failed or
    speculative attempt's) and marks each table ``_SUCCESS``. The JVM only reads the input and
    passes it on, so the job runs near the engine's own speed. OUTPUT must be a path pyarrow
    reaches from every executor (a shared disk, ``s3://``, ``gs://``, ``hdfs://`` with libhdfs)."""
    from pyarrow import fs as pafs

    uri = output if "://" in output else os.path.abspath(output)
    filesystem, base = pafs.FileSystem.from_uri(uri)
    for name in TABLES:
        filesystem.create_dir(f"{base}/{name}", recursive=True)
        filesystem.delete_dir_contents(f"{base}/{name}", missing_dir_ok=True)

    def task(batches: Iterator) -> Iterator:
        import pyarrow as pa
        import pyarrow.parquet as pq
        import trame.arrow
        from pyarrow import fs as pafs
        from pyspark import TaskContext

        ctx = TaskContext.get()
        part = f"part-{ctx.partitionId():05d}-{ctx.taskAttemptId()}.parquet"
        files, _ = pafs.FileSystem.from_uri(uri)
        writers: Dict[str, tuple] = {}
        for batch in batches:
            for name, table in trame.arrow.analyze_tables(batch, jobs=jobs, carry=("pos",)).items():
                if name not in writers:
                    path = f"{base}/{name}/{part}"
                    writers[name] = [path, pq.ParquetWriter(path, table.schema, filesystem=files), 0]
                writers[name][1].write_table(table)
                writers[name][2] += table.num_rows
        for path, writer, _ in writers.values():
            writer.close()
        rows = [{"table": n, "path": w[0], "rows": w[2]} for n, w in writers.items()]
        schema = pa.schema([("table", pa.string()), ("path", pa.string()), ("rows", pa.int64())])
        yield pa.RecordBatch.from_pylist(rows, schema=schema)

    manifest = corpus.mapInArrow(task, "table string, path string, rows long").collect()
    kept = {m["path"] for m in manifest}
    for name in TABLES:
        selector = pafs.FileSelector(f"{base}/{name}")
        for info in filesystem.get_file_info(selector):
            if info.path not in kept:
                filesystem.delete_file(info.path)
        with filesystem.open_output_stream(f"{base}/{name}/_SUCCESS"):
            pass


def run(
    spark: SparkSession,
    source: str,
    output: str,
    jobs: int = 1,
    link: bool = True,
    writer: str = "arrow",
    driver_links: int = linking.DRIVER_LINKS,
) -> Dict[str, float]:
    """Reads, analyses and writes the tables, then links the corpus (link graphs of at most
    ``driver_links`` links settled on the driver); returns each stage's seconds."""
    times: Dict[str, float] = {}
    t0 = time.perf_counter()
    corpus = read_corpus(spark, source)
    if writer == "arrow":
        write_with_arrow(corpus, output, jobs)
    else:
        write_with_spark(corpus, output, jobs)
    times["analyse"] = time.perf_counter() - t0
    if link:
        t1 = time.perf_counter()
        events = spark.read.parquet(f"{output}/events")
        actors = spark.read.parquet(f"{output}/actors")
        linking.occurrences(events, driver_links).write.mode("overwrite").parquet(f"{output}/occurrences")
        occurrences = spark.read.parquet(f"{output}/occurrences").select("pos", "ordinal", "occurrence")
        linking.linked_actors(actors).write.mode("overwrite").parquet(f"{output}/linked_actors")
        told = events.join(occurrences, ["pos", "ordinal"], "left")
        linking.linked_events(told).write.mode("overwrite").parquet(f"{output}/linked_events")
        times["link"] = time.perf_counter() - t1
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
    p.add_argument(
        "--writer",
        choices=("arrow", "spark"),
        default="arrow",
        help="who writes the tables: the executors with pyarrow (default, fast) or Spark's writer",
    )
    p.add_argument(
        "--driver-links",
        type=int,
        default=linking.DRIVER_LINKS,
        help="settle link graphs of at most this many links on the driver, larger ones on the executors "
        f"(default {linking.DRIVER_LINKS:,})",
    )
    a = p.parse_args()
    spark = configure(SparkSession.builder.appName("trame"), a.partition_mb).getOrCreate()
    spark.sparkContext.setCheckpointDir(f"{a.output}/_checkpoints")
    times = run(spark, a.input, a.output, a.jobs, not a.no_link, a.writer, a.driver_links)
    print(" ".join(f"{k}={v:.1f}s" for k, v in times.items()))
    spark.stop()


if __name__ == "__main__":
    main()
