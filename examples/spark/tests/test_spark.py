"""The Spark job in local[2] on a generated corpus of 2,000 articles and two malformed rows.

Checks that every document's tables put back together equal the command line's analysis of the
same record (`trame analyze --jsonl`), that the linked actors and events equal `trame link`'s, and
that the malformed rows land in the errors table with their id and message while the rest goes
on. The command line is `TRAME_CLI` (default: target/release/trame).
"""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys
from collections import defaultdict
from typing import Dict, List

import pyarrow.parquet as pq
import pytest

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE.parent))
import corpus  # noqa: E402
import trame_spark  # noqa: E402

CLI = os.environ.get("TRAME_CLI", str(ROOT / "target" / "release" / "trame"))
DOCS = int(os.environ.get("TRAME_SPARK_DOCS", "2000"))


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = (
        SparkSession.builder.master("local[2]")
        .appName("trame-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.memory", "2g")
    )
    session = trame_spark.configure(builder, partition_mb=1).getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def run(spark, tmp_path_factory):
    """The corpus, the CLI's outputs on it and the job's tables."""
    work = tmp_path_factory.mktemp("spark")
    source = work / "corpus.jsonl"
    corpus.main([str(DOCS), str(source), "--bad"])
    assert pathlib.Path(CLI).exists(), f"{CLI} missing: cargo build --release -p trame-cli"
    analysed = subprocess.run([CLI, "analyze", "--jsonl", str(source)], capture_output=True, check=False)
    assert analysed.returncode == 2, "the two malformed rows are reported"
    lines = analysed.stdout.decode()
    linked = subprocess.run([CLI, "link"], input=lines.encode(), capture_output=True, check=True)
    out = work / "out"
    spark.sparkContext.setCheckpointDir(str(work / "checkpoints"))
    trame_spark.run(spark, str(source), str(out))
    names = ("documents", "actors", "events", "relations", "errors", "occurrences", "linked_actors", "linked_events")
    tables = {t: read(out / t) for t in names}
    by_spark = work / "by-spark"
    trame_spark.run(spark, str(source), str(by_spark), link=False, writer="spark")
    # the link graph settled on the executors (label propagation) instead of the driver
    import linking

    events = spark.read.parquet(str(out / "events"))
    on_executors = linking.occurrences(events, driver_links=0).toArrow().to_pylist()
    records = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines()]
    return {
        "records": {r["id"]: r for r in records},
        "cli": [json.loads(line) for line in lines.splitlines()],
        "link": json.loads(linked.stdout),
        "tables": tables,
        "by_spark": {t: read(by_spark / t) for t in trame_spark.TABLES},
        "occurrences_on_executors": on_executors,
    }


def read(path: pathlib.Path) -> List[dict]:
    """A table's rows: per-document tables in corpus order, linked ones as written (ordered)."""
    table = pq.read_table(path)
    rows = table.to_pylist()
    if "pos" not in table.schema.names:
        return rows
    return sorted(rows, key=lambda r: (r["pos"], r.get("ordinal", 0)))


def _clean(row: dict, drop=(), skip_empty=()) -> dict:
    return {k: v for k, v in row.items() if k not in drop and v is not None and not (k in skip_empty and v == [])}


def documents_from_tables(tables: Dict[str, List[dict]], records: Dict[str, dict]) -> Dict[str, dict]:
    """Each document's analysis in its FORMAT.md form, put back together from the tables."""
    parts: Dict[str, Dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for table in ("actors", "events", "relations"):
        for row in sorted(tables[table], key=lambda r: (r["pos"], r["ordinal"])):
            parts[row["doc_id"]][table].append(row)
    docs = {}
    for d in tables["documents"]:
        p = parts[d["doc_id"]]
        doc = {"source": d["doc_id"], "lang": d["lang"]}
        if d["date"] is not None:
            doc["date"] = d["date"]
        doc["text"] = d["text"] if d["text"] is not None else records[d["doc_id"]]["text"]
        doc["entities"] = [_entity(e) for e in p["actors"]]
        drop = ("doc_id", "pos", "ordinal", "event_id", "name_key", "place_key", "participant_keys")
        doc["events"] = [
            {"id": v["event_id"], **_clean(v, drop=drop, skip_empty=("aliases", "triggers"))} for v in p["events"]
        ]
        doc["relations"] = [
            _clean(r, drop=("doc_id", "pos", "ordinal", "source_key", "target_key")) for r in p["relations"]
        ]
        if d["boilerplate"]:
            doc["boilerplate"] = d["boilerplate"]
        docs[d["doc_id"]] = doc
    return docs


def _entity(row: dict) -> dict:
    e = _clean(row, drop=("doc_id", "pos", "ordinal", "lat", "lon", "entity_id"))
    e = {"id": row["entity_id"], **e}
    if row["lat"] is not None:
        e["coords"] = [row["lat"], row["lon"]]
    return e


def _ordered(d: dict, like: dict) -> dict:
    """``d`` with its keys in ``like``'s order (the comparison ignores order; the diff is clearer)."""
    return {k: d[k] for k in like if k in d} | {k: v for k, v in d.items() if k not in like}


def test_each_document_equals_the_cli(run) -> None:
    docs = documents_from_tables(run["tables"], run["records"])
    assert len(run["cli"]) == DOCS and len(docs) == DOCS
    for expected in run["cli"]:
        got = docs[expected["source"]]
        for key in ("entities", "events", "relations"):
            got[key] = [_ordered(x, y) for x, y in zip(got[key], expected[key])] + got[key][len(expected[key]):]
        assert got == expected, expected["source"]
    assert sum(len(d["events"]) for d in docs.values()) > DOCS, "the corpus tells events"


def test_malformed_rows_land_in_errors(run) -> None:
    errors = {e["id"]: e["message"] for e in run["tables"]["errors"]}
    assert set(errors) == {"bad-no-text", "bad-date"}
    assert errors["bad-no-text"] == "text: missing"
    assert errors["bad-date"].startswith("date: bad date \"2024-13-45\"")


def test_linked_actors_equal_trame_link(run) -> None:
    got = run["tables"]["linked_actors"]
    assert got == run["link"]["actors"]
    assert max(len(a["documents"]) for a in got) > DOCS // 10, "an actor across many documents"


def test_both_writers_write_the_same_tables(run) -> None:
    for name, rows in run["by_spark"].items():
        assert rows == run["tables"][name], name


def test_linked_events_equal_trame_link(run) -> None:
    occurrences = {(o["doc_id"], o["event_id"]): o["occurrence"] for o in run["tables"]["occurrences"]}
    expected_occ = {
        tuple(t): e["occurrence"] for e in run["link"]["events"] if e.get("occurrence") for t in e["tellings"]
    }
    assert occurrences == expected_occ
    assert run["occurrences_on_executors"] == run["tables"]["occurrences"], "both ways of settling agree"
    got = []
    for e in run["tables"]["linked_events"]:
        e = _clean(e)
        e["tellings"] = [[t["doc_id"], t["event_id"]] for t in e["tellings"]]
        got.append(e)
    expected = run["link"]["events"]
    assert sum(1 for e in expected if e.get("occurrence")) > 10, "the corpus has linked events"
    assert len(got) == len(expected)
    assert got == expected
