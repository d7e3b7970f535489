"""Cross-document linking with Spark aggregations: what ``trame link`` computes, at scale.

The engine's rules (``trame_engine::corpus_links``, ``link_occurrences``), restated on
DataFrames keyed by the engine's canonical keys:

- an actor per entity key (dates left out): named as in the first document (corpus order) that
  names it, with the documents naming it and its mentions over the corpus;
- two events of different documents are one occurrence when they have the same folded name
  (``name_key``), or when they share a type, two participant keys and compatible dates. For the
  latter, events meet in the bucket of each (type, key pair); within a bucket those with the same
  dates form a group, a group told by two documents is linked, and two groups are linked when
  their dates agree (equal allowing ``X`` digits, or overlapping) and together they hold two
  documents; single days are only compared with vague dates (months, years, ranges, ``X``), as
  in the engine, so the work stays near linear;
- occurrences are the connected components of these links (label propagation with pointer
  jumping, a few rounds of joins), numbered ``x1``, ``x2``… in order of their first event.

An event is identified by ``uid = (pos, ordinal)``: its document's position and its rank in it.
"""

from __future__ import annotations

import os

from pyspark.sql import Column, DataFrame
from pyspark.sql import functions as F

# Two ISO dates "fit" when equal character by character over the shorter length, X matching
# anything (the engine's `same_time`). Without an X on either side that is a plain comparison of
# prefixes, which Spark compiles; the character loop (interpreted) runs only for dates with an X.
LOOP = (
    "aggregate(sequence(1, greatest(1, least(length({a}), length({b})))), true, (acc, i) -> acc and "
    "(substring({a}, i, 1) = substring({b}, i, 1) or substring({a}, i, 1) = 'X' or substring({b}, i, 1) = 'X'))"
)
FITS = (
    "CASE WHEN instr({a}, 'X') = 0 AND instr({b}, 'X') = 0 THEN "
    "substring({a}, 1, least(length({a}), length({b}))) = substring({b}, 1, least(length({a}), length({b}))) "
    "ELSE " + LOOP + " END"
)


def _uid() -> Column:
    return F.struct(F.col("pos"), F.col("ordinal"))


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


def _name_edges(events: DataFrame) -> DataFrame:
    """Events of one folded name told by two documents or more: each linked to the first."""
    named = events.where(F.col("name_key").isNotNull()).select("name_key", "pos", _uid().alias("uid"))
    groups = (
        named.groupBy("name_key")
        .agg(F.min("uid").alias("root"), F.countDistinct("pos").alias("docs"))
        .where("docs >= 2")
    )
    return named.join(groups, "name_key").select(F.col("uid").alias("a"), F.col("root").alias("b"))


def _pair_edges(events: DataFrame) -> DataFrame:
    """Links through (type, participant key pair) buckets with compatible dates."""
    keys = F.array_sort(F.array_distinct(F.filter("participant_keys", lambda k: k.isNotNull())))
    dated = events.where(F.col("start").isNotNull()).select(
        "type", "start", "end", "pos", _uid().alias("uid"), keys.alias("keys")
    )
    pairs = (
        dated.select("*", F.posexplode("keys").alias("ia", "ka"))
        .select("*", F.posexplode("keys").alias("ib", "kb"))
        .where("ia < ib")
        .select("type", "ka", "kb", "start", F.coalesce("end", F.lit("")).alias("end"), "pos", "uid")
    )
    bucket = ["type", "ka", "kb"]
    pairs = pairs.localCheckpoint()
    groups = pairs.groupBy(*bucket, "start", "end").agg(
        F.min("uid").alias("rep"), F.min("pos").alias("d1"), F.max("pos").alias("d2")
    )
    groups = groups.localCheckpoint()
    # a single known day (no end, or the same end): two different ones never agree, so such groups
    # are compared only with vague ones (the engine skips days without an end; days ending the
    # same day fail the comparison there, so leaving them out changes nothing)
    day = (
        ((F.col("end") == "") | (F.col("end") == F.col("start")))
        & (F.length("start") == 10)
        & ~F.col("start").contains("X")
    )
    g = groups.withColumn("day", day).alias("g")
    h = groups.withColumn("day", day).where(~F.col("day")).alias("h")
    end_g = F.when(F.col("g.end") == "", F.col("g.start")).otherwise(F.col("g.end"))
    end_h = F.when(F.col("h.end") == "", F.col("h.start")).otherwise(F.col("h.end"))
    agree = F.expr(FITS.format(a="g.start", b="h.start")) | (
        (F.col("g.start") <= end_h) & (F.col("h.start") <= end_g)
    )
    one_doc = (F.col("g.d1") == F.col("g.d2")) & (F.col("h.d1") == F.col("h.d2")) & (F.col("g.d1") == F.col("h.d1"))
    matched = g.join(
        h,
        [F.col(f"g.{c}") == F.col(f"h.{c}") for c in bucket]
        + [(F.col("g.start") != F.col("h.start")) | (F.col("g.end") != F.col("h.end"))],
    ).where(agree & ~one_doc)
    matched = matched.localCheckpoint()
    between = matched.select(F.col("g.rep").alias("a"), F.col("h.rep").alias("b"))
    active = (
        matched.select(*[F.col(f"g.{c}").alias(c) for c in bucket + ["start", "end"]])
        .union(matched.select(*[F.col(f"h.{c}").alias(c) for c in bucket + ["start", "end"]]))
        .union(groups.where(F.col("d1") != F.col("d2")).select(*bucket, "start", "end"))
        .distinct()
    )
    members = (
        pairs.join(active, bucket + ["start", "end"])
        .join(groups, bucket + ["start", "end"])
        .select(F.col("uid").alias("a"), F.col("rep").alias("b"))
    )
    return between.union(members)


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


def occurrences(events: DataFrame) -> DataFrame:
    """``doc_id``, ``pos``, ``ordinal``, ``event_id``, ``occurrence`` (``x1``…) of every event
    linked to another, in corpus order."""
    edges = _name_edges(events).union(_pair_edges(events)).where(F.col("a") != F.col("b"))
    labels = components(edges)
    ids = labels.select("label").distinct()
    numbered = ids.rdd.sortBy(lambda r: (r.label.pos, r.label.ordinal)).zipWithIndex()
    ranks = numbered.map(lambda x: (x[0].label, f"x{x[1] + 1}")).toDF(["label", "occurrence"])
    linked = labels.join(ranks, "label").select(
        F.col("v.pos").alias("pos"), F.col("v.ordinal").alias("ordinal"), "occurrence"
    )
    ids = events.select("doc_id", "pos", "ordinal", "event_id")
    return linked.join(ids, ["pos", "ordinal"]).select("doc_id", "pos", "ordinal", "event_id", "occurrence").orderBy(
        "pos", "ordinal"
    )


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

