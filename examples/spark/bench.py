"""Throughput of the Spark job on local[2] beside the command line on the same corpus.

    python bench.py [DOCS] [--cli PATH]      # DOCS generated articles (default 40,000)

Prints documents per second for:
- ``trame analyze --jsonl --jobs 2`` writing its JSON Lines to a file (the native reference), and
  that followed by ``trame link`` on its output (the reference of the whole job);
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
import resource
import subprocess
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import corpus  # noqa: E402
import trame_spark  # noqa: E402


def tree_cpu(root: int) -> float:
    """CPU seconds (user + system, reaped children included) of a process and its descendants,
    from /proc: the JVM of Spark and its Python workers."""
    tick = os.sysconf("SC_CLK_TCK")
    stats = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            raw = open(f"/proc/{pid}/stat").read()
        except OSError:
            continue
        rest = raw[raw.rindex(")") + 2:].split()
        stats[int(pid)] = (int(rest[1]), sum(int(x) for x in rest[11:15]))
    children: dict = {}
    for pid, (ppid, _) in stats.items():
        children.setdefault(ppid, []).append(pid)
    total, todo = 0, [root]
    while todo:
        p = todo.pop()
        total += stats.get(p, (0, 0))[1]
        todo.extend(children.get(p, []))
    return total / tick


def measure(f, cpu) -> tuple:
    """Wall and CPU seconds of ``f()``; ``cpu()`` reads the CPU clock that counts."""
    c, t = cpu(), time.perf_counter()
    f()
    return time.perf_counter() - t, cpu() - c


def children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


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

    rows = [("trame analyze --jsonl --jobs 2 (JSON Lines out)", *measure(native, children_cpu))]

    def native_link():
        with open(work / "cli.jsonl", "rb") as analyses, open(work / "cli-link.json", "wb") as out:
            subprocess.run([cli, "link"], stdin=analyses, stdout=out, check=True)

    link_wall, link_cpu = measure(native_link, children_cpu)
    rows.append(("trame analyze --jsonl --jobs 2, then trame link", rows[0][1] + link_wall, rows[0][2] + link_cpu))

    import pyarrow as pa
    import pyarrow.json as pj
    import pyarrow.parquet as pq
    import trame.arrow

    strings = pa.schema([(c, pa.string()) for c in ("id", "text", "date", "lang")])
    table = pj.read_json(source, parse_options=pj.ParseOptions(explicit_schema=strings))

    def package():
        writers = {}
        for batch in table.to_batches(max_chunksize=2000):
            for name, t in trame.arrow.analyze_tables(batch, jobs=2).items():
                if name not in writers:
                    writers[name] = pq.ParquetWriter(work / f"pkg-{name}.parquet", t.schema)
                writers[name].write_table(t)
        for w in writers.values():
            w.close()

    rows.append(("trame.arrow.analyze_tables, 2 threads, Parquet out", *measure(package, time.process_time)))
    del table

    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = (
        SparkSession.builder.master("local[2]")
        .appName("trame-bench")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.memory", "4g")
    )
    spark = trame_spark.configure(builder, partition_mb=8).getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    spark.sparkContext.setCheckpointDir(str(work / "checkpoints"))
    jvm = spark.sparkContext._gateway.proc.pid
    warm = work / "warm.jsonl"
    corpus.main(["2000", str(warm), "--seed", "11"])
    trame_spark.run(spark, str(warm), str(work / "warm-out"))
    times = {}

    def job():
        times.update(trame_spark.run(spark, str(source), str(work / "out"), link=False))

    rows.append(("Spark local[2]: read JSON Lines, analyse, write tables", *measure(job, lambda: tree_cpu(jvm))))

    def link():
        times.update(trame_spark.run(spark, str(source), str(work / "out2")))

    wall, cpu = measure(link, lambda: tree_cpu(jvm))
    rows.append(("Spark local[2]: the whole job, linking included", wall, cpu))
    spark.stop()

    print(f"{'':56} {'wall s':>7} {'docs/s':>7} {'of CLI':>7} {'CPU s':>7} {'CPU ratio':>9}")
    for i, (name, wall, cpu) in enumerate(rows):
        # the whole job (linking included) is compared with the CLI's analysis and linking
        native_wall, native_cpu = rows[1 if i in (1, len(rows) - 1) else 0][1:]
        print(
            f"{name:56} {wall:7.1f} {docs / wall:7.0f} {native_wall / wall:7.0%} {cpu:7.1f} {native_cpu / cpu:9.0%}"
        )
    print("of CLI, CPU ratio: the CLI's wall and CPU seconds over each run's (JVM and Python workers included")
    print("for Spark); the whole job is compared with `trame analyze` followed by `trame link`")
    print(f"linking stage alone: {times.get('link', 0):.1f} s wall (trame link: {link_wall:.1f} s)")
    subprocess.run(["rm", "-rf", str(work)], check=False)


if __name__ == "__main__":
    main(sys.argv[1:])
