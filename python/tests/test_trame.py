"""Tests of the `trame` package: every result equals the command line's on the same input.

The command line is `TRAME_CLI` (default: the repository's target/release/trame, which
scripts/test-python.sh builds). Texts are written for these tests or generated from the
templates of examples/spark/corpus.py.
"""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys
import threading

import pytest

import trame

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "examples" / "spark"))
import corpus  # noqa: E402

CLI = os.environ.get("TRAME_CLI", str(ROOT / "target" / "release" / "trame"))

FR = (
    "Moscou, 14 mars — La Russie et la Biélorussie ont lancé mardi l'exercice conjoint "
    "« Bouclier de l'Union-2024 » près de Brest, a indiqué le ministère russe de la Défense. "
    "Le ministre biélorusse de la Défense, Viktor Khrenine, a salué une coopération exemplaire."
)
EN = (
    "India and Japan signed a defence cooperation agreement in Tokyo on Friday. The Japanese "
    "defence minister said the two navies would hold a joint patrol in the Bay of Bengal from "
    "July 8 to 19."
)
HTML = (
    "<!doctype html><html><head><title>Manœuvres</title>"
    '<meta property="article:published_time" content="2023-09-04"></head><body><nav>Accueil</nav>'
    "<article><p>La Chine et la Mongolie ont mené un exercice conjoint le 9 août près "
    "d'Oulan-Bator.</p><p>Les deux armées prévoient de poursuivre leurs échanges.</p></article>"
    "</body></html>"
)


def cli(*args: str, stdin: str = "") -> str:
    assert pathlib.Path(CLI).exists(), f"{CLI} missing: cargo build --release -p trame-cli"
    run = subprocess.run([CLI, *args], input=stdin.encode(), capture_output=True, check=False)
    assert run.returncode in (0, 2), run.stderr.decode()
    return run.stdout.decode()


@pytest.mark.parametrize(
    "text,date,lang,name",
    [
        (FR, "2024-03-14", None, "fr.txt"),
        (EN, "2024-06", "en", "en.txt"),
        (FR, None, None, "nodate.txt"),
        (HTML, None, None, "page.html"),
        (HTML, "2023-10-01", "fr", "page.html"),
    ],
)
def test_analyze_equals_cli(tmp_path: pathlib.Path, text: str, date, lang, name: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    args = ["analyze"] + (["--date", date] if date else []) + (["--lang", lang] if lang else [])
    expected = json.loads(cli(*args, str(path)))
    got = trame.analyze(text, date=date, lang=lang, name=name)
    assert got == expected
    assert got["documents"][0]["entities"], "the fixture names actors"
    assert trame.analyze(text.encode("utf-8"), date=date, lang=lang, name=name) == expected


def test_analyze_defaults() -> None:
    doc = trame.analyze(EN)["documents"][0]
    assert doc["source"] == "text" and doc["lang"] == "en" and "date" not in doc
    assert trame.analyze(EN, date=__import__("datetime").date(2024, 6, 1))["documents"][0]["date"] == "2024-06-01"


@pytest.mark.parametrize(
    "kwargs,field",
    [
        ({"text": None}, "text: missing"),
        ({"text": ""}, "text: empty"),
        ({"text": "   \n"}, "text: empty"),
        ({"text": 42}, "text: expected a str or bytes, got int"),
        ({"text": b"\x00\x01\x02\x03" * 40}, "text:"),
        ({"text": EN, "date": "2024-13"}, "date: bad date"),
        ({"text": EN, "date": "tomorrow"}, "date: bad date"),
        ({"text": EN, "date": 2024}, "date: expected a str, got int"),
        ({"text": EN, "lang": "de"}, "lang: \"de\" is not fr or en"),
        ({"text": EN, "lang": ["en"]}, "lang: expected a str, got list"),
        ({"text": EN, "name": 3.5}, "name: expected a str, got float"),
    ],
)
def test_bad_input_raises_value_error_naming_the_field(kwargs, field: str) -> None:
    with pytest.raises(ValueError) as err:
        trame.analyze(**kwargs)
    assert str(err.value).startswith(field), str(err.value)


def test_odd_text_never_crashes() -> None:
    for text in ["\ud800 lone surrogate", "é" * 5000, "(((" * 300, "\u202e" + FR[::-1], "A. " * 2000]:
        try:
            trame.analyze(text)
        except ValueError as e:
            assert str(e).startswith("text:")


def records(n: int = 120):
    return list(corpus.generate(n, seed=3))


def test_analyze_many_equals_cli_jsonl() -> None:
    recs = records()
    expected = [json.loads(line) for line in cli("analyze", "--jsonl", "-", stdin=jsonl(recs)).splitlines()]
    for jobs in (1, 3):
        got = list(trame.analyze_many(iter(recs), jobs=jobs))
        assert got == expected


def jsonl(recs) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def test_analyze_many_is_lazy_and_ordered() -> None:
    pulled = []

    def source():
        for i, r in enumerate(records(200)):
            pulled.append(i)
            yield r

    it = trame.analyze_many(source(), jobs=2)
    first = next(it)
    assert first["source"] == "doc-000000"
    assert len(pulled) <= 2 * 8 + 1, "at most a window of 8 x jobs records is read ahead"
    rest = [d["source"] for d in it]
    assert rest == [f"doc-{i:06d}" for i in range(1, 200)]


def test_analyze_many_bad_records() -> None:
    recs = [
        {"id": "ok1", "text": EN},
        {"id": "no-text"},
        {"id": "bad-date", "text": EN, "date": "2024-02-30"},
        "not a dict",
        {"id": 7, "text": FR, "lang": "fr"},
        {"text": FR, "lang": "klingon"},
    ]
    it = trame.analyze_many(recs, jobs=2)
    assert next(it)["source"] == "ok1"
    with pytest.raises(ValueError, match=r"record 2 \(id \"no-text\"\): text: missing"):
        next(it)
    with pytest.raises(ValueError, match=r"record 3 \(id \"bad-date\"\): date: bad date"):
        next(it)
    with pytest.raises(ValueError, match=r"record 4: record: expected a dict"):
        next(it)
    assert next(it)["source"] == "7"
    with pytest.raises(ValueError, match=r"record 6: lang:"):
        next(it)
    assert list(it) == []
    reported = list(trame.analyze_many(recs, errors="report"))
    assert [r.get("error", "ok")[:5] for r in reported] == ["ok", "text:", "date:", "recor", "ok", "lang:"]
    assert reported[1] == {"id": "no-text", "error": "text: missing"}


def test_analyze_many_arguments() -> None:
    with pytest.raises(ValueError, match="jobs"):
        trame.analyze_many([], jobs=0)
    with pytest.raises(ValueError, match="errors"):
        trame.analyze_many([], errors="ignore")
    with pytest.raises(ValueError, match="records"):
        trame.analyze_many(5)
    assert list(trame.analyze_many([])) == []


def test_input_exception_comes_out_in_turn() -> None:
    def source():
        yield {"id": "a", "text": EN}
        raise KeyError("broken source")

    it = trame.analyze_many(source())
    assert next(it)["source"] == "a"
    with pytest.raises(KeyError):
        next(it)


def test_gil_is_released_while_the_engine_works() -> None:
    long_text = "\n\n".join(r["text"] for r in records(400))
    started, done = threading.Event(), threading.Event()

    def work():
        started.set()
        trame.analyze(long_text, date="2024-01-01")
        done.set()

    t = threading.Thread(target=work)
    t.start()
    started.wait()
    ticks = 0
    while not done.is_set():
        ticks += 1
    t.join()
    assert ticks > 100_000, f"the main thread ran only {ticks} steps during the analysis"


def test_link_equals_cli() -> None:
    recs = records(150)
    lines = cli("analyze", "--jsonl", "-", stdin=jsonl(recs))
    expected = json.loads(cli("link", stdin=lines))
    docs = list(trame.analyze_many(recs))
    got = trame.link(docs)
    assert got == expected
    assert any(len(a["documents"]) > 5 for a in got["actors"])
    assert any(e.get("occurrence") for e in got["events"]), "some event is told by several documents"
    assert trame.link(lines.splitlines()) == expected
    assert trame.link([{"documents": docs[:75]}, {"documents": docs[75:]}]) == expected


def test_link_bad_item() -> None:
    with pytest.raises(ValueError, match=r"analyses\[1\]"):
        trame.link([trame.analyze(EN), {"nothing": 1}])
    with pytest.raises(ValueError, match=r"analyses\[0\]: bad JSON"):
        trame.link(["{not json"])


def test_name_key() -> None:
    assert trame.name_key("  Bouclier  de l'Union ") == trame.name_key("bouclier de l’union")


def test_arrow_batch_equals_document_analyses() -> None:
    pa = pytest.importorskip("pyarrow")
    import trame.arrow

    recs = records(60) + [{"id": "p", "text": HTML, "date": None, "lang": None}]
    recs += [{"id": "bad", "text": EN, "date": "2024-00", "lang": None}, {"id": None, "text": EN}]
    batch = pa.RecordBatch.from_pylist(recs)
    out = trame.arrow.analyze_batch(batch, jobs=2)
    assert out.schema == trame.arrow.SCHEMA
    out.validate(full=True)
    rows = out.to_pylist()
    expected = list(trame.analyze_many(recs, errors="report"))
    assert rows[-1]["error"] == "id: missing", "a batch row needs an id (its document's key)"
    for rec, row, exp in zip(recs[:-1], rows, expected):
        if "error" in exp:
            assert row["error"] == exp["error"] and row["entities"] == []
            continue
        assert row["error"] is None
        assert document_from_row(row, rec["text"]) == exp


def document_from_row(row: dict, text: str) -> dict:
    """The document analysis a row of trame.arrow.SCHEMA holds (its FORMAT.md form)."""
    def clean(d: dict, drop=(), skip_empty=()) -> dict:
        return {k: v for k, v in d.items() if k not in drop and v is not None and not (k in skip_empty and v == [])}

    entities = []
    for e in row["entities"]:
        lat, lon = e["lat"], e["lon"]
        e = clean(e, drop=("lat", "lon"))
        if lat is not None:
            e["coords"] = [lat, lon]
        entities.append(e)
    events = [
        clean(v, drop=("name_key", "place_key", "participant_keys"), skip_empty=("aliases", "triggers"))
        for v in row["events"]
    ]
    relations = [clean(r, drop=("source_key", "target_key")) for r in row["relations"]]
    doc = {"source": row["id"], "lang": row["lang"]}
    if row["date"] is not None:
        doc["date"] = row["date"]
    doc.update(text=row["text"] if row["text"] is not None else text, entities=entities, events=events,
               relations=relations)
    if row["boilerplate"]:
        doc["boilerplate"] = row["boilerplate"]
    return doc


def test_arrow_tables_are_the_batch_flattened() -> None:
    pa = pytest.importorskip("pyarrow")
    import trame.arrow

    recs = records(40) + [{"id": "bad", "text": None, "date": None, "lang": None}]
    batch = pa.RecordBatch.from_pylist(recs).append_column("pos", pa.array(range(41), pa.int64()))
    nested = trame.arrow.analyze_batch(batch).to_pylist()
    tables = trame.arrow.analyze_tables(batch, jobs=2, carry=("pos",))
    assert tables["errors"].to_pylist() == [{"id": "bad", "pos": 40, "message": "text: missing"}]
    assert tables["documents"].column("doc_id").to_pylist() == [r["id"] for r in recs[:40]]
    for table, level, id_name in (("actors", "entities", "entity_id"), ("events", "events", "event_id"),
                                  ("relations", "relations", None)):
        flat = [
            {"doc_id": row["id"], "pos": i, "ordinal": k, **{(id_name if f == "id" and id_name else f): v
                                                           for f, v in item.items()}}
            for i, row in enumerate(nested) for k, item in enumerate(row[level])
        ]
        assert tables[table].to_pylist() == flat, table
    empty = trame.arrow.analyze_tables(batch.slice(0, 0), carry=("pos",))
    assert all(t.num_rows == 0 for t in empty.values())
