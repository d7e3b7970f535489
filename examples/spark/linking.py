"""Cross-document linking with Spark aggregations: what ``trame link`` computes, at scale.

The engine's rules (``trame_engine::corpus_links``, ``link_occurrences``), restated on
DataFrames keyed by the engine's canonical keys:

- an actor per entity key (dates left out): named as in the first document (corpus order) that
  names it, with the documents naming it and its mentions over the corpus;
- two events of different documents are one occurrence when they have the same folded name
  (``name_key``), or when they share a type, two participant keys and compatible dates. For the
  latter, one shuffle brings the events of each (type, key pair) bucket, and of each name,
  together, sorted, and the engine's own rules link them there (``trame_engine::link_bucket`` and
  ``link_named``, through the package: events with the same dates form a group, a
  group told by two documents is linked, two groups are linked when their dates agree and
  together they hold two documents; single days are only compared with vague dates), so the work
  stays near linear;
- occurrences are the connected components of these links, numbered ``x1``, ``x2``… in order of
  their first event: by union-find on the driver for a link graph of at most ``driver_links``
  links (only four numbers per link go there), else by label propagation with pointer jumping
  on the executors (a few rounds of joins).

An event is identified by ``uid = (pos, ordinal)``: its document's position and its rank in it.
"""

from __future__ import annotations

import os
import sys
from typing import Dict, List

from pyspark import cloudpickle
from pyspark.sql import Column, DataFrame
from pyspark.sql import functions as F


def linked_actors(actors: DataFrame) -> DataFrame:
    """One row per entity key, as ``trame link``'s actors: ``key``, ``name``, ``type``,
    ``documents`` (ids in corpus order), ``mentions``; ordered by first appearance."""
    first = F.min(F.struct("pos", "ordinal", "name", "type"))
    docs = F.array_sort(F.collect_set(F.struct("pos", "doc_id")))
    return (
        actors.where((F.col("type") != "date") & F.col("key").isNotNull())
        .groupBy("key")
        .agg(first.alias("f"), docs.alias("d"), F.sum(F.size("mentions")).alias("mentions"))
        .orderBy("f.pos", "f.ordinal")
        .select(
            "key",
            F.col("f.name").alias("name"),
            F.col("f.type").alias("type"),
            F.transform("d", lambda x: x["doc_id"]).alias("documents"),
            F.col("mentions").cast("long").alias("mentions"),
        )
    )


NAME = "#name"
"""The ``type`` of a name bucket (not an event type), beside the (type, key pair) buckets."""


def _edges(events: DataFrame) -> DataFrame:
    """Every link of the corpus, as edges ``a``, ``b`` (uids): one shuffle brings each bucket's
    events together, sorted in corpus order, and :func:`_link_runs` links each bucket as the
    engine does. A bucket is a folded name (``type`` = :data:`NAME`) or a (type, participant key
    pair) of dated events."""
    named = events.where(F.col("name_key").isNotNull()).select(
        F.lit(NAME).alias("type"),
        F.col("name_key").alias("ka"),
        F.lit("").alias("kb"),
        F.lit("").alias("start"),
        F.lit(None).cast("string").alias("end"),
        "pos",
        "ordinal",
    )
    keys = F.array_sort(F.array_distinct(F.filter("participant_keys", lambda k: k.isNotNull())))
    dated = events.where(F.col("start").isNotNull()).select(
        "type", "start", "end", "pos", "ordinal", keys.alias("keys")
    )
    pairs = (
        dated.select("*", F.posexplode("keys").alias("ia", "ka"))
        .select("*", F.posexplode("keys").alias("ib", "kb"))
        .where("ia < ib")
        .select("type", "ka", "kb", "start", "end", "pos", "ordinal")
    )
    bucket = ["type", "ka", "kb"]
    rows = named.union(pairs).repartition(*bucket).sortWithinPartitions(*bucket, "pos", "ordinal")
    # the executors get this module's code with the function, so it need not be shipped as a file
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    linked = rows.mapInArrow(_link_runs, "a_pos long, a_ordinal int, b_pos long, b_ordinal int")
    return linked.select(
        F.struct(F.col("a_pos").alias("pos"), F.col("a_ordinal").alias("ordinal")).alias("a"),
        F.struct(F.col("b_pos").alias("pos"), F.col("b_ordinal").alias("ordinal")).alias("b"),
    )


def _link_runs(batches):
    """Links the buckets of a partition sorted by bucket with the engine's rules
    (``trame._native.link_buckets``): each batch is linked up to its last run of rows, which waits
    for the next batch (a bucket may span batches); yields the edges found, a batch per input
    batch."""
    import pyarrow as pa
    import pyarrow.compute as pc
    from trame import _native

    def key(t, i):
        return tuple(t[c][i].as_py() for c in ("type", "ka", "kb"))

    def edges(t):
        cols = [t[c].to_pylist() for c in ("type", "ka", "kb", "pos", "start", "end")]
        a, b = _native.link_buckets(*cols, NAME)
        a, b = pa.array(a, pa.int64()), pa.array(b, pa.int64())
        pos, ordinal = t["pos"], t["ordinal"]
        found = pa.Table.from_arrays(
            [pc.take(pos, a), pc.take(ordinal, a), pc.take(pos, b), pc.take(ordinal, b)],
            names=["a_pos", "a_ordinal", "b_pos", "b_ordinal"],
        )
        return found.to_batches()

    pending = None
    for batch in batches:
        t = pa.Table.from_batches([batch])
        if pending is not None:
            t = pa.concat_tables([pending, t])
        if t.num_rows == 0:
            continue
        last, cut = key(t, t.num_rows - 1), t.num_rows - 1
        while cut > 0 and key(t, cut - 1) == last:
            cut -= 1
        pending = t.slice(cut)
        yield from edges(t.slice(0, cut))
    if pending is not None:
        yield from edges(pending)


def components(edges: DataFrame, max_rounds: int = 50) -> DataFrame:
    """Connected components of an undirected graph given as edges ``a``, ``b``: each vertex
    with its ``label``, the smallest vertex of its component. Rounds of min-label propagation and
    pointer jumping, each checkpointed, until no label changes."""
    both = edges.union(edges.select(F.col("b").alias("a"), F.col("a").alias("b"))).distinct()
    both = both.localCheckpoint()
    labels = both.groupBy("a").agg(F.least(F.col("a"), F.min("b")).alias("label"))
    labels = labels.withColumnRenamed("a", "v").localCheckpoint()
    for rounds in range(1, max_rounds + 1):
        spread = (
            both.join(labels, both["b"] == labels["v"])
            .groupBy("a")
            .agg(F.min("label").alias("m"))
            .join(labels, F.col("a") == labels["v"])
            .select("v", F.col("label").alias("old"), F.least("label", "m").alias("label"))
        )
        jump = spread.alias("s").join(spread.alias("t"), F.col("s.label") == F.col("t.v"))
        new = F.least("s.label", "t.label")
        nxt = jump.select(F.col("s.v").alias("v"), new.alias("label"), (new != F.col("s.old")).alias("changed"))
        nxt = nxt.localCheckpoint()
        labels = nxt.select("v", "label")
        if nxt.where("changed").limit(1).count() == 0:
            if os.environ.get("TRAME_LINK_TRACE"):
                print(f"linking: components settled in {rounds} rounds")
            return labels
    raise RuntimeError(f"linking: components not settled after {max_rounds} rounds")


DRIVER_LINKS = 5_000_000
"""Link graphs of at most this many links are settled on the driver (see :func:`occurrences`)."""


def occurrences(events: DataFrame, driver_links: int = DRIVER_LINKS) -> DataFrame:
    """``doc_id``, ``pos``, ``ordinal``, ``event_id``, ``occurrence`` (``x1``…) of every event
    linked to another, in corpus order.

    The links come from one shuffle by bucket (:func:`_edges`). Their connected components are
    computed on the driver when there are at most ``driver_links`` links: only the link graph
    travels there (four numbers per link, a small part of the events, nothing of the texts), and a
    union-find settles it in one pass. A larger graph settles on the executors by rounds of joins
    (:func:`components`), which cost a Spark job each."""
    edges = _edges(events)
    edges = edges.localCheckpoint()
    spark = edges.sparkSession
    if edges.count() <= driver_links:
        ranks = spark.createDataFrame(_numbered_on_driver(edges), "pos long, ordinal int, occurrence string")
    else:
        labels = components(edges)
        ids = labels.select("label").distinct()
        numbered = ids.rdd.sortBy(lambda r: (r.label.pos, r.label.ordinal)).zipWithIndex()
        occurrence = numbered.map(lambda x: (x[0].label, f"x{x[1] + 1}")).toDF(["label", "occurrence"])
        ranks = labels.join(occurrence, "label").select(
            F.col("v.pos").alias("pos"), F.col("v.ordinal").alias("ordinal"), "occurrence"
        )
    ids = events.select("doc_id", "pos", "ordinal", "event_id")
    return ranks.join(ids, ["pos", "ordinal"]).select("doc_id", "pos", "ordinal", "event_id", "occurrence").orderBy(
        "pos", "ordinal"
    )


def _numbered_on_driver(edges: DataFrame):
    """The link graph's components by union-find on the driver, numbered ``x1``, ``x2``… in
    order of their first event: a pandas frame of ``pos``, ``ordinal``, ``occurrence``."""
    import pandas as pd

    flat = edges.select(
        F.col("a.pos").alias("ap"), F.col("a.ordinal").alias("ao"), F.col("b.pos").alias("bp"), F.col("b.ordinal").alias("bo")
    )
    table = flat.toArrow() if hasattr(flat, "toArrow") else flat.toPandas()
    cols = [table[c].to_pylist() if hasattr(table[c], "to_pylist") else table[c].tolist() for c in ("ap", "ao", "bp", "bo")]
    index: Dict[tuple, int] = {}
    parent: List[int] = []

    def node(uid: tuple) -> int:
        i = index.setdefault(uid, len(parent))
        if i == len(parent):
            parent.append(i)
        return i

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for ap, ao, bp, bo in zip(*cols):
        ra, rb = root(node((ap, ao))), root(node((bp, bo)))
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    uids = sorted(index)
    names: Dict[int, str] = {}
    rows = []
    for uid in uids:
        r = root(index[uid])
        name = names.setdefault(r, f"x{len(names) + 1}")
        rows.append((uid[0], uid[1], name))
    return pd.DataFrame(rows, columns=["pos", "ordinal", "occurrence"])


def linked_events(events: DataFrame) -> DataFrame:
    """One row per occurrence (an event no other tells is its own), as ``trame link``'s events:
    ``occurrence``, ``type``, ``name``, ``start``, ``end`` (each the first a telling gives),
    ``participants`` (keys over every telling, each once), ``tellings`` (``doc_id``,
    ``event_id``); ordered by first telling."""
    group = F.coalesce(F.col("occurrence"), F.concat_ws("/", F.col("pos").cast("string"), F.col("ordinal").cast("string")))

    def first_given(c: str) -> Column:
        return F.min(F.when(F.col(c).isNotNull(), F.struct("pos", "ordinal", F.col(c).alias("x"))))["x"]

    tellings = F.array_sort(F.collect_list(F.struct("pos", "ordinal", "doc_id", "event_id", "participant_keys")))
    out = (
        events.withColumn("g", group)
        .groupBy("g")
        .agg(
            F.first("occurrence").alias("occurrence"),
            F.min(F.struct("pos", "ordinal", "type"))["type"].alias("type"),
            first_given("name").alias("name"),
            first_given("start").alias("start"),
            first_given("end").alias("end"),
            tellings.alias("t"),
        )
        .orderBy(F.col("t")[0]["pos"], F.col("t")[0]["ordinal"])
    )
    keys = F.flatten(F.transform("t", lambda x: x["participant_keys"]))
    return out.select(
        "occurrence",
        "type",
        "name",
        "start",
        "end",
        F.array_distinct(F.filter(keys, lambda k: k.isNotNull())).alias("participants"),
        F.transform("t", lambda x: F.struct(x["doc_id"].alias("doc_id"), x["event_id"].alias("event_id"))).alias(
            "tellings"
        ),
    )

