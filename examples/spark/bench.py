"""Throughput of the Spark job on local[2] beside the command line on the same corpus.

    python bench.py [DOCS] [--cli PATH]      # DOCS generated articles (default 40,000)

Prints documents per second for:
- ``trame analyze --jsonl --jobs 2`` writing its JSON Lines to a file (the native reference);
- ``trame.arrow.analyze_batch`` in one Python process, 2 threads, batches of 2,000 records read
  from Parquet with pyarrow (the package's own Arrow and Python overhead, no Spark);
- the Spark job on ``local[2]``: reading the corpus (JSON Lines), analysing it on the executors
  and writing the documents, actors, events, relations and errors tables (the analysis stage), and
  the cross-document linking after it, timed apart. The session is started and warmed up on a
  small corpus first, as on a running cluster.
"""

from __future__ import annotations

import os
import pathlib
import subprocess
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import corpus  # noqa: E402
import trame_spark  # noqa: E402


def timed(f) -> float:
    t = time.perf_counter()
    f()
    return time.perf_counter() - t


def main(argv) -> None:
    docs = int(argv[0]) if argv and argv[0].isdigit() else 40_000
    cli = argv[argv.index("--cli") + 1] if "--cli" in argv else str(HERE.parents[1] / "target/release/trame")
    work = pathlib.Path(tempfile.mkdtemp(prefix="trame-bench-"))
    source = work / "corpus.jsonl"
    corpus.main([str(docs), str(source)])
    mb = source.stat().st_size / 1e6
    print(f"corpus: {docs} generated articles, {mb:.1f} MB of JSON Lines; {os.cpu_count()} cores")

    def native():
        with open(work / "cli.jsonl", "wb") as out:
            subprocess.run([cli, "analyze", "--jsonl", "--jobs", "2", str(source)], stdout=out, check=True)

    rows = [("trame analyze --jsonl --jobs 2", timed(native))]

    import pyarrow.json as pj
    import pyarrow.parquet as pq
    import trame.arrow

    table = pj.read_json(source)
    pq.write_table(table, work / "corpus.parquet")

    def package():
        f = pq.ParquetFile(work / "corpus.parquet")
        for batch in f.iter_batches(batch_size=2000, columns=["id", "text", "date", "lang"]):
            trame.arrow.analyze_batch(batch, jobs=2)

    rows.append(("trame.arrow.analyze_batch, 2 threads (no Spark)", timed(package)))

    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.master("local[2]").appName("trame-bench").config("spark.ui.enabled", "false")
    spark = trame_spark.configure(builder.config("spark.driver.memory", "4g"), partition_mb=8).getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    spark.sparkContext.setCheckpointDir(str(work / "checkpoints"))
    warm = work / "warm.jsonl"
    corpus.main(["2000", str(warm), "--seed", "11"])
    trame_spark.run(spark, str(warm), str(work / "warm-out"))
    stage = trame_spark.run(spark, str(source), str(work / "out1"), link=False)
    rows.append(("Spark local[2]: read, analyse, write the 5 tables", sum(stage.values())))
    whole = trame_spark.run(spark, str(source), str(work / "out2"))
    rows.append(("Spark local[2]: the whole job, linking included", sum(whole.values())))
    spark.stop()

    native_rate = docs / rows[0][1]
    print(f"{'':52} {'seconds':>8} {'docs/s':>8} {'of CLI':>7}")
    for name, secs in rows:
        print(f"{name:52} {secs:8.1f} {docs / secs:8.0f} {docs / secs / native_rate:7.0%}")
    subprocess.run(["rm", "-rf", str(work)], check=False)


if __name__ == "__main__":
    main(sys.argv[1:])
