"""Arrow record batches in and out: the engine's analyses as columns, for Spark and dataframes.

:func:`analyze_batch` takes a batch of records (``id``, ``text``, ``date``, ``lang``) and returns
one row per record holding its whole analysis as nested lists of structs (:data:`SCHEMA`). The
engine writes Arrow's memory layout itself (``trame._native.analyze_columns``); this module only
wraps the buffers, so no value passes through Python objects. It needs ``pyarrow``
(``pip install trame[arrow]``).

Columns of :data:`SCHEMA` (offsets in Unicode code points of the analysed text, end exclusive):

- ``id`` (string): the record's id, also the documents' ``source``;
- ``error`` (string): what is wrong with a bad record (``"date: bad date ..."``), else null; a bad
  record has null ``lang``/``date``/``text`` and empty lists;
- ``lang`` (string): ``fr`` or ``en``; ``date`` (string): the reference date used, if any;
- ``text`` (string): the analysed text when it differs from the input's (an HTML page reduced to
  its article, CRLF line ends), else null: offsets then refer to the input text;
- ``boilerplate``: list of spans (``start``, ``end``: int32) not read for facts;
- ``entities``: list of ``id``, ``name``, ``type``, ``aliases`` (list of string), ``mentions``
  (spans), ``value`` (dates' ISO value), ``key`` (the cross-document key), ``role``,
  ``country`` (an entity id), ``lat``, ``lon`` (float64), ``rule``;
- ``events``: list of ``id``, ``type``, ``code``, ``name``, ``name_key`` (the folded name events
  are linked by), ``aliases``, ``start``, ``end``, ``place`` (an entity id), ``place_key``,
  ``participants`` (entity ids), ``participant_keys`` (their keys, null where one has none),
  ``evidence`` and ``triggers`` (spans);
- ``relations``: list of ``type``, ``source``, ``target`` (entity ids), ``source_key``,
  ``target_key``, ``evidence`` (spans), ``event`` (an event id).
"""

from __future__ import annotations

from typing import Any, Dict, Sequence, Tuple

import pyarrow as pa
import pyarrow.compute as pc

from . import _native

SPAN = pa.struct([pa.field("start", pa.int32(), False), pa.field("end", pa.int32(), False)])


def _spans() -> pa.DataType:
    return pa.list_(pa.field("item", SPAN, False))


def _strings() -> pa.DataType:
    return pa.list_(pa.field("item", pa.string()))


ENTITY = pa.struct(
    [
        pa.field("id", pa.string(), False),
        pa.field("name", pa.string(), False),
        pa.field("type", pa.string(), False),
        pa.field("aliases", _strings(), False),
        pa.field("mentions", _spans(), False),
        pa.field("value", pa.string()),
        pa.field("key", pa.string()),
        pa.field("role", pa.string()),
        pa.field("country", pa.string()),
        pa.field("lat", pa.float64()),
        pa.field("lon", pa.float64()),
        pa.field("rule", pa.string()),
    ]
)

EVENT = pa.struct(
    [
        pa.field("id", pa.string(), False),
        pa.field("type", pa.string(), False),
        pa.field("code", pa.string(), False),
        pa.field("name", pa.string()),
        pa.field("name_key", pa.string()),
        pa.field("aliases", _strings(), False),
        pa.field("start", pa.string()),
        pa.field("end", pa.string()),
        pa.field("place", pa.string()),
        pa.field("place_key", pa.string()),
        pa.field("participants", _strings(), False),
        pa.field("participant_keys", _strings(), False),
        pa.field("evidence", _spans(), False),
        pa.field("triggers", _spans(), False),
    ]
)

RELATION = pa.struct(
    [
        pa.field("type", pa.string(), False),
        pa.field("source", pa.string(), False),
        pa.field("target", pa.string(), False),
        pa.field("source_key", pa.string()),
        pa.field("target_key", pa.string()),
        pa.field("evidence", _spans(), False),
        pa.field("event", pa.string()),
    ]
)

#: The schema of :func:`analyze_batch`'s result: one row per record.
SCHEMA = pa.schema(
    [
        pa.field("id", pa.string()),
        pa.field("error", pa.string()),
        pa.field("lang", pa.string()),
        pa.field("date", pa.string()),
        pa.field("text", pa.string()),
        pa.field("boilerplate", _spans(), False),
        pa.field("entities", pa.list_(pa.field("item", ENTITY, False)), False),
        pa.field("events", pa.list_(pa.field("item", EVENT, False)), False),
        pa.field("relations", pa.list_(pa.field("item", RELATION, False)), False),
    ]
)

_KINDS = {"str": pa.string(), "i32": pa.int32(), "f64": pa.float64(), "offsets": pa.int32()}


def _leaf(col: Tuple[Any, ...], typ: pa.DataType) -> pa.Array:
    kind, n, nulls, validity, *bufs = col
    valid = pa.py_buffer(validity) if validity is not None else None
    if kind == "offsets":
        n += 1
    return pa.Array.from_buffers(_KINDS[kind], n, [valid, *map(pa.py_buffer, bufs)], null_count=nulls)


def _build(cols: Dict[str, Tuple[Any, ...]], path: str, typ: pa.DataType) -> pa.Array:
    if pa.types.is_list(typ):
        offsets = _leaf(cols[path], pa.int32())
        item = typ.value_type
        child = _build(cols, path if pa.types.is_struct(item) else path + ".item", item)
        return pa.ListArray.from_arrays(offsets, child, type=typ)
    if pa.types.is_struct(typ):
        children = [_build(cols, f"{path}.{f.name}", f.type) for f in typ]
        return pa.StructArray.from_arrays(children, fields=list(typ))
    return _leaf(cols[path], typ)


def analyze_columns(ids: list, texts: list, dates: list, langs: list, jobs: int = 1) -> pa.RecordBatch:
    """Analyse records given as four lists (str or None each); one row of :data:`SCHEMA` each."""
    cols = _native.analyze_columns(ids, texts, dates, langs, jobs)
    arrays = [_build(cols, f.name, f.type) for f in SCHEMA]
    return pa.RecordBatch.from_arrays(arrays, schema=SCHEMA)


def analyze_batch(batch: pa.RecordBatch, jobs: int = 1) -> pa.RecordBatch:
    """Analyse a batch of records (columns ``id``, ``text``, and optionally ``date``, ``lang``).

    :param batch: a ``pyarrow.RecordBatch`` (or ``Table``); ``date`` and ``lang`` may be absent.
    :param jobs: threads analysing the batch at once (the GIL is released meanwhile).
    :returns: one row of :data:`SCHEMA` per record, in order; a bad record has its ``error``.
    """
    return analyze_columns(*_inputs(batch), jobs)


def _inputs(batch: pa.RecordBatch) -> Tuple[list, list, list, list]:
    """The ``id``, ``text``, ``date``, ``lang`` columns as lists of str or None (dates and
    timestamps as their day, ``YYYY-MM-DD``; absent columns as None)."""
    n = batch.num_rows
    names = set(batch.schema.names)

    def column(name: str) -> list:
        if name not in names:
            return [None] * n
        col = batch.column(name)
        if pa.types.is_timestamp(col.type) or pa.types.is_date(col.type):
            col = col.cast(pa.date32())  # a day, written YYYY-MM-DD
        if not (pa.types.is_string(col.type) or pa.types.is_large_string(col.type)):
            col = col.cast(pa.string())
        return col.to_pylist()

    return column("id"), column("text"), column("date"), column("lang")


#: The flat tables of :func:`analyze_tables`: (name, nested column, its struct, id renamed to).
_LEVELS = (("actors", "entities", ENTITY, "entity_id"), ("events", "events", EVENT, "event_id"),
           ("relations", "relations", RELATION, None))


def analyze_tables(batch: pa.RecordBatch, jobs: int = 1, carry: Sequence[str] = ()) -> Dict[str, pa.Table]:
    """Analyse a batch of records into flat tables, one row per document, entity, event,
    relation or bad record: ``documents``, ``actors``, ``events``, ``relations``, ``errors``.

    Each table starts with the document's id (``doc_id``; ``id`` in ``errors``), then the input
    columns named in ``carry`` (the Spark job carries ``pos``), then, for actors, events and
    relations, ``ordinal`` (the rank in the document) and the fields of :data:`ENTITY`,
    :data:`EVENT` or :data:`RELATION` (``id`` renamed ``entity_id``, ``event_id``). Built from the
    engine's buffers with vectorised takes only.
    """
    import numpy as np

    cols = _native.analyze_columns(*_inputs(batch), jobs)
    doc = {f.name: _build(cols, f.name, f.type) for f in SCHEMA if f.name not in ("entities", "events", "relations")}
    carried = {c: batch.column(c) for c in carry}
    ok = doc["error"].is_null()
    out = {
        "documents": pa.table(
            {"doc_id": doc["id"], **carried, **{k: doc[k] for k in ("lang", "date", "text", "boilerplate")}}
        ).filter(ok),
        "errors": pa.table({"id": doc["id"], **carried, "message": doc["error"]}).filter(pc.invert(ok)),
    }
    for table, level, struct, id_name in _LEVELS:
        offsets = np.frombuffer(cols[level][4], dtype=np.int32)
        parents = np.repeat(np.arange(batch.num_rows), np.diff(offsets))
        columns = {"doc_id": doc["id"].take(parents), **{c: v.take(parents) for c, v in carried.items()}}
        columns["ordinal"] = pa.array(np.arange(offsets[-1], dtype=np.int32) - offsets[:-1][parents])
        for f in struct:
            columns[id_name if f.name == "id" and id_name else f.name] = _build(cols, f"{level}.{f.name}", f.type)
        out[table] = pa.table(columns)
    return out
