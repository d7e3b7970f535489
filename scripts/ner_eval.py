#!/usr/bin/env python3
"""Exact-span name F1 of `trame analyze` on a public NER corpus (CoNLL-2003 or CLEF-HIPE-2020).

usage: python3 scripts/ner_eval.py [--cli PATH] [--format conll|hipe] [--all] [--limit N]
                                   [--errors N] CORPUS_FILE

The corpus is not in the repository: fetch the public CoNLL-2003 English train/dev files
(`-DOCSTART-` separated, token and NER tag in the first and last column) or the CLEF-HIPE-2020
French train/dev TSV files yourself, and never measure on their test files.

Each document is rebuilt as plain text (tokens joined with the usual spacing rules, one
sentence or printed line per line), analysed by the CLI, and every entity mention the engine
gives is compared with the gold spans by exact character span and type.

Mapping (Trame -> corpus types): person -> PER, organization -> ORG, country and place -> LOC.
CoNLL's MISC (demonyms such as "German", events, products) has no Trame type: gold MISC spans
are not scored, and a Trame mention that covers exactly a gold MISC span, or whose text is a
demonym of its country (it is not the country's name and ends like an adjective of
nationality: "-an", "-ese", "-ish", "-i", ...), is counted as excluded, not as a false positive. HIPE: pers ->
PER, org -> ORG, loc -> LOC; its prod, time and other types are not scored; a French country
mention that is not the country's name ("allemande", "Suisses") is a demonym; HIPE person spans
include a leading title ("M. Dupont", "général X") which Trame keeps as the person's role, so
the title tokens (NE-FINE-COMP comp.title) are cut from the gold span.

CoNLL documents whose headline opens with a sport ("SOCCER - ...", "CRICKET - ...") are left
out unless --all is given (the issue measures the non-sports documents).
"""
import argparse
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile
from collections import Counter

SPORTS = {
    "SOCCER", "CRICKET", "TENNIS", "GOLF", "BASEBALL", "BASKETBALL", "RUGBY", "RUGBY UNION",
    "RUGBY LEAGUE", "CYCLING", "ATHLETICS", "MOTORCYCLING", "MOTOR RACING", "BOXING",
    "HORSE RACING", "NFL", "NHL", "NBA", "SKIING", "SWIMMING", "ROWING", "SAILING", "YACHTING",
    "BADMINTON", "SQUASH", "FORMULA ONE", "OLYMPICS", "ICE HOCKEY", "HOCKEY", "AMERICAN FOOTBALL",
    "AUSTRALIAN RULES", "TRIATHLON", "CHESS", "SNOOKER", "DARTS", "JUDO", "WRESTLING",
    "VOLLEYBALL", "HANDBALL", "FENCING", "EQUESTRIANISM", "SHOOTING", "GYMNASTICS", "BOBSLEIGH",
    "CANOEING", "SPEEDWAY", "POLO", "TABLE TENNIS", "WEIGHTLIFTING", "ALPINE SKIING",
    "NORDIC SKIING", "FIGURE SKATING", "SPEED SKATING", "MOTOCROSS", "RALLYING", "GOLF-",
}
TYPES = {"person": "PER", "organization": "ORG", "country": "LOC", "place": "LOC"}
HIPE_TYPES = {"pers": "PER", "org": "ORG", "loc": "LOC"}
NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", ")", "]", "}", "'s", "'", "n't", "%", "'re",
                   "'ll", "'ve", "'d", "'m"}
NO_SPACE_AFTER = {"(", "[", "{", "$"}
DEMONYM = re.compile(r"(an|ian|ese|ish|i|ic|ch|ene|ique|ais|aise|ois|oise|ien|ienne|ain|aine)s?$",
                     re.IGNORECASE)


def conll_docs(path):
    """Documents as (id, [sentence]) with each sentence a list of (token, tag)."""
    docs, sent, doc = [], [], None
    for line in open(path, encoding="utf-8"):
        cols = line.split()
        if not cols:
            if sent and doc is not None:
                doc.append(sent)
            sent = []
            continue
        if cols[0] == "-DOCSTART-":
            doc = []
            docs.append((f"doc{len(docs) + 1}", doc))
            continue
        sent.append((cols[0], cols[-1]))
    if sent and doc is not None:
        doc.append(sent)
    return docs


def hipe_docs(path):
    """HIPE documents as (id, [line]) with each printed line a list of (token, tag, no_space)."""
    docs, doc, line = [], None, []
    for raw in open(path, encoding="utf-8"):
        raw = raw.rstrip("\n")
        if raw.startswith("# document_id"):
            doc = []
            docs.append((raw.split("=", 1)[1].strip(), doc))
            line = []
            continue
        if not raw or raw.startswith("#") or raw.startswith("TOKEN\t") or doc is None:
            continue
        cols = raw.split("\t")
        misc = cols[-1]
        if not line:
            doc.append(line)
        title = "title" in cols[5] if len(cols) > 5 else False
        line.append((cols[0], "O" if title else cols[1], "NoSpaceAfter" in misc))
        if "EndOfLine" in misc or "EndOfSentence" in misc:
            line = []
    return docs


def spans(tags):
    """Gold spans (first token, end token, type) from IOB1/IOB2 tags."""
    out, start, kind = [], None, None
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, t = tag.partition("-")
        t = t.split(".")[0].upper()
        if start is not None and (tag == "O" or prefix == "B" or t != kind):
            out.append((start, i, kind))
            start = None
        if tag != "O" and start is None:
            start, kind = i, t
    return out


def rebuild(lines, hipe):
    """Plain text of a document and each token's (start, end) character offsets."""
    text, offs, tags = "", [], []
    for line in lines:
        glue = True
        for tok in line:
            word, tag = tok[0], tok[1]
            if not glue and word not in NO_SPACE_BEFORE:
                text += " "
            offs.append((len(text), len(text) + len(word)))
            tags.append(tag)
            text += word
            glue = tok[2] if hipe else word in NO_SPACE_AFTER
        text += "\n"
    return text, offs, tags


def analyse(cli, lang, texts):
    """Run the CLI once over all texts; returns each document's entities in file order."""
    tmp = tempfile.mkdtemp(prefix="trame_ner_")
    files = []
    for i, text in enumerate(texts):
        p = os.path.join(tmp, f"d{i:05}.txt")
        with open(p, "w", encoding="utf-8") as f:
            f.write(text)
        files.append(p)
    out = []
    for k in range(0, len(files), 200):
        r = subprocess.run([cli, "analyze", "--lang", lang] + files[k:k + 200],
                           capture_output=True, text=True)
        if r.returncode != 0:
            sys.exit(f"the CLI failed: {r.stderr.strip()[:300]}")
        out += [d.get("entities", []) for d in json.loads(r.stdout)["documents"]]
    return out


def predicted(entities, text, french):
    """Trame mentions as {(start, end): type} plus the spans read as demonyms."""
    pred, demonyms = {}, set()
    for e in entities:
        kind = TYPES.get(e.get("type"))
        if not kind:
            continue
        name = e.get("name", "").lower()
        for m in e.get("mentions", []):
            span = (m["start"], m["end"])
            surface = text[span[0]:span[1]]
            if kind == "LOC" and e["type"] == "country" and (surface[:1].islower() or (
                    surface.lower() != name and (DEMONYM.search(surface) or french))):
                demonyms.add(span)
            pred[span] = kind
    return pred, demonyms


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--cli", default="target/release/trame")
    ap.add_argument("--format", choices=["conll", "hipe"])
    ap.add_argument("--all", action="store_true", help="keep sports documents (CoNLL)")
    ap.add_argument("--limit", type=int, default=0, help="first N documents only")
    ap.add_argument("--errors", type=int, default=0, help="print N most frequent misses")
    a = ap.parse_args()
    fmt = a.format or ("hipe" if a.corpus.endswith(".tsv") else "conll")
    hipe = fmt == "hipe"
    docs = hipe_docs(a.corpus) if hipe else conll_docs(a.corpus)
    if not hipe and not a.all:
        docs = [d for d in docs if d[1] and
                " ".join(t for t, _ in d[1][0]).split(" - ")[0].strip() not in SPORTS]
    if a.limit:
        docs = docs[:a.limit]
    built = [rebuild(lines, hipe) for _, lines in docs]
    results = analyse(a.cli, "fr" if hipe else "en", [b[0] for b in built])
    tp, fp, fn = Counter(), Counter(), Counter()
    excluded = 0
    misses, false = Counter(), Counter()
    for (text, offs, tags), entities in zip(built, results):
        gold, misc = {}, set()
        for s, e, kind in spans(tags):
            span = (offs[s][0], offs[e - 1][1])
            kind = HIPE_TYPES.get(kind.lower(), "MISC") if hipe else kind
            if kind in ("PER", "ORG", "LOC"):
                gold[span] = kind
            else:
                misc.add(span)
        pred, demonyms = predicted(entities, text, hipe)
        for span, kind in pred.items():
            if gold.get(span) == kind:
                tp[kind] += 1
            elif span in misc or (span in demonyms and span not in gold):
                excluded += 1
            else:
                fp[kind] += 1
                false[(text[span[0]:span[1]], kind, gold.get(span, "-"))] += 1
        for span, kind in gold.items():
            if pred.get(span) != kind:
                fn[kind] += 1
                misses[(text[span[0]:span[1]], kind, pred.get(span, "-"))] += 1
    print(f"{len(docs)} documents ({fmt}, {'all' if a.all or hipe else 'non-sports'}); "
          f"{excluded} predicted spans excluded (MISC / demonyms)")
    print(f"{'type':5} {'P':>6} {'R':>6} {'F1':>6} {'tp':>6} {'fp':>6} {'fn':>6}")
    for kind in ["PER", "ORG", "LOC", "all"]:
        t = sum(tp.values()) if kind == "all" else tp[kind]
        p_ = sum(fp.values()) if kind == "all" else fp[kind]
        n = sum(fn.values()) if kind == "all" else fn[kind]
        prec = t / (t + p_) if t + p_ else 0.0
        rec = t / (t + n) if t + n else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        print(f"{kind:5} {prec:6.3f} {rec:6.3f} {f1:6.3f} {t:6} {p_:6} {n:6}")
    if a.errors:
        print("\nmost frequent misses (text, gold type, predicted type):")
        for (s, k, p_), c in misses.most_common(a.errors):
            print(f"  {c:4}  {s!r} {k} -> {p_}")
        print("\nmost frequent false positives (text, predicted type, gold type):")
        for (s, k, g), c in false.most_common(a.errors):
            print(f"  {c:4}  {s!r} {k} (gold {g})")


if __name__ == "__main__":
    main()
