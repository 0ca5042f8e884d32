#!/usr/bin/env bash
# Safehold's abuse model against alt-profanity-check (PyPI) on the same messages, in one run:
# model load time and messages per second on one core and on all cores, for the models alone in a warm process
# and end to end (a fresh process that loads, reads every message and writes an answer a line).
#
#   Benchmarks/classify-vs-profanity-check.sh [DATA_DIR] [COUNT]
#
# SAFEHOLD_TRAIN and SAFEHOLD_BIN may name already built safehold-train and safehold binaries.
# DATA_DIR defaults to ../shared/data/abuse; the messages are held-out test rows of EDOS, toxic-spans,
# Davidson and Jigsaw (the split rule of safehold-train), one per line, COUNT of them (default 20000,
# repeated if there are fewer). The venv lives in /tmp and is made only when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:-../shared/data/abuse}"
COUNT="${2:-20000}"
VENV=/tmp/safehold-bench-venv
WORK="$(mktemp -d /tmp/safehold-bench.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

if [ ! -d "$DATA" ]; then
    echo "The training data is not here: $DATA does not exist (see ../shared/data/README.md)." >&2
    exit 2
fi
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import profanity_check" 2>/dev/null; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet alt-profanity-check
fi

# Held-out rows: the same FNV-1a rule as SplitPortion (test portion, hash mod 100 in 10..19).
"$VENV/bin/python" - "$DATA" "$COUNT" "$WORK/messages.txt" <<'PY'
import csv, sys
data, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
def portion(text):
    h = 0xcbf29ce484222325
    for b in text.strip().encode("utf-8"):
        h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h % 100
sources = [("edos-sexism/edos_train_dev.csv", "text"), ("toxic-spans/data_comments.csv", "comment_text"),
           ("davidson-hate-offensive/data_labeled_data.csv", "tweet"),
           ("jigsaw-binary/jigsaw_binary_balanced.csv", "text")]
texts = []
for path, column in sources:
    with open(f"{data}/{path}", newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            text = " ".join(row[column].split())
            if text and 10 <= portion(row[column]) < 20:
                texts.append(text)
lines = [texts[i % len(texts)] for i in range(count)]
with open(out, "w", encoding="utf-8") as handle:
    handle.write("\n".join(lines) + "\n")
print(f"{len(lines)} messages from {len(texts)} held-out rows")
PY

echo "== machine"
echo "$(uname -srm), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
date -u +"%Y-%m-%d %H:%M UTC"

echo "== Safehold: the model alone"
# SAFEHOLD_TRAIN may name an already built safehold-train (run from the repository root either way).
TRAIN="${SAFEHOLD_TRAIN:-}"
if [ -z "$TRAIN" ]; then
    swift build -c release --product safehold-train >/dev/null
    TRAIN=.build/release/safehold-train
fi
"$TRAIN" speed --messages "$WORK/messages.txt"
echo "== Safehold: the partner-abuse rules (safehold classify runs both)"
"$TRAIN" speed-rules --messages "$WORK/messages.txt"

echo "== Safehold: safehold classify end to end (JSON Lines in and out, model and rules)"
SAFEHOLD_BIN="${SAFEHOLD_BIN:-}"
if [ -z "$SAFEHOLD_BIN" ]; then
    swift build -c release --product safehold >/dev/null
    SAFEHOLD_BIN=.build/release/safehold
fi
"$VENV/bin/python" - "$WORK/messages.txt" "$WORK/messages.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as source, open(sys.argv[2], "w", encoding="utf-8") as out:
    for number, line in enumerate(source.read().splitlines()):
        out.write(json.dumps({"id": str(number), "text": line}) + "\n")
PY
for cpus in 0 0-$(($(nproc) - 1)); do
    start=$(date +%s.%N)
    taskset -c "$cpus" "$SAFEHOLD_BIN" classify < "$WORK/messages.jsonl" > "$WORK/classified.jsonl"
    end=$(date +%s.%N)
    lines=$(wc -l < "$WORK/classified.jsonl")
    echo "cpus $cpus: $lines lines, $(echo "$lines / ($end - $start)" | bc) messages/s (process start and model load included)"
done

echo "== alt-profanity-check"
"$VENV/bin/python" - "$WORK/messages.txt" <<'PY'
import os, sys, time
from concurrent.futures import ProcessPoolExecutor
start = time.perf_counter()
from profanity_check import predict_prob
predict_prob(["warm up"])
load = time.perf_counter() - start
messages = open(sys.argv[1], encoding="utf-8").read().splitlines()
batch = 1000
def run(chunk):
    flagged = 0
    for i in range(0, len(chunk), batch):
        flagged += int((predict_prob(chunk[i:i + batch]) >= 0.5).sum())
    return flagged
start = time.perf_counter()
flagged = run(messages)
single = time.perf_counter() - start
cores = os.cpu_count() or 1
parts = [messages[i::cores] for i in range(cores)]
with ProcessPoolExecutor(cores) as pool:
    list(pool.map(run, [["warm up"]] * cores))
    start = time.perf_counter()
    total = sum(pool.map(run, parts))
    parallel = time.perf_counter() - start
print(f"import and load: {load * 1000:.1f} ms")
print(f"{len(messages)} messages, {flagged} flagged (predict_prob >= 0.5, batches of {batch})")
print(f"one core: {len(messages) / single:.0f} messages/s")
print(f"{cores} cores: {len(messages) / parallel:.0f} messages/s")
PY

echo "== alt-profanity-check end to end (a fresh process: import, load, read the messages, write one score a line)"
for cpus in 0 0-$(($(nproc) - 1)); do
    start=$(date +%s.%N)
    taskset -c "$cpus" "$VENV/bin/python" - "$WORK/messages.txt" > "$WORK/scores.txt" <<'PY'
import sys
from profanity_check import predict_prob
messages = open(sys.argv[1], encoding="utf-8").read().splitlines()
for i in range(0, len(messages), 1000):
    sys.stdout.write("".join(f"{score:.4f}\n" for score in predict_prob(messages[i:i + 1000])))
PY
    end=$(date +%s.%N)
    lines=$(wc -l < "$WORK/scores.txt")
    echo "cpus $cpus: $lines lines, $(echo "$lines / ($end - $start)" | bc) messages/s (process start and model load included)"
done
