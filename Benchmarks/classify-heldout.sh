#!/usr/bin/env bash
# Quality of `safehold classify` as a person gets it (the model, the rules raising labels, and the labels set
# aside in counter-speech, everyday phrases, reported words and mere mentions of a group) on the held-out test
# portions of EDOS, Davidson, Jigsaw and Toxic Spans. `safehold-train evaluate` measures the model alone; this measures what
# the flags say after everything else. Per set and label: F1 of the flagged label, macro-F1, and the counts.
#
#   Benchmarks/classify-heldout.sh [SAFEHOLD_BINARY] [DATA_DIR]
#
# DATA_DIR defaults to ../shared/data/abuse. Labels follow AbuseDataSets (EDOS: sexism, and threat for sexist
# rows of category 1; Davidson: hate gives identity_attack and insult, offensive gives profanity; Jigsaw: toxic,
# and a calm comment is none of insult, identity attack, profanity or sexism).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${1:-}"
DATA="${2:-../shared/data/abuse}"
if [ ! -d "$DATA" ]; then
    echo "The training data is not here: $DATA does not exist (see ../shared/data/README.md)." >&2
    exit 2
fi
if [ -z "$BIN" ]; then
    swift build --product safehold >/dev/null
    BIN=.build/debug/safehold
fi
python3 - "$BIN" "$DATA" <<'PY'
import collections, csv, json, subprocess, sys
binary, data = sys.argv[1], sys.argv[2]

def portion(text):
    # The FNV-1a split rule of SplitPortion: the test portion is hash mod 100 in 10..19.
    h = 0xcbf29ce484222325
    for b in text.strip().encode("utf-8"):
        h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h % 100

def rows(path, column):
    with open(f"{data}/{path}", newline="", encoding="utf-8") as handle:
        yield from (row for row in csv.DictReader(handle) if 10 <= portion(row[column]) < 20)

examples = []
for row in rows("edos-sexism/edos_train_dev.csv", "text"):
    labels = {"sexism": row["label_sexist"] == "sexist"}
    if labels["sexism"]:
        labels["threat"] = row["label_vector"].startswith("1.")
    examples.append(("edos", row["text"], labels))
for row in rows("davidson-hate-offensive/data_labeled_data.csv", "tweet"):
    if row["class"] == "0":
        labels = {"toxicity": True, "identity_attack": True, "insult": True}
    elif row["class"] == "1":
        labels = {"toxicity": True, "profanity": True}
        if row["hate_speech"] == "0":
            labels["identity_attack"] = False
    else:
        labels = {"toxicity": False, "identity_attack": False, "insult": False, "profanity": False}
    examples.append(("davidson", row["tweet"], labels))
for row in rows("jigsaw-binary/jigsaw_binary_balanced.csv", "text"):
    toxic = row["toxic"] == "1"
    labels = {"toxicity": toxic}
    if not toxic:
        labels.update({"insult": False, "identity_attack": False, "profanity": False, "sexism": False})
    examples.append(("jigsaw", row["text"], labels))

# Toxic Spans as AbuseDataSets.toxicSpans reads it: a label is true when at least a third of a comment's annotators
# gave it, false when none did, and left out in between; any typed span, or "all toxic", makes the comment toxic.
types = collections.defaultdict(set)
with open(f"{data}/toxic-spans/data_spans.csv", newline="", encoding="utf-8") as handle:
    for row in csv.DictReader(handle):
        types[row["annotation"]].add(row["type"])
named = {"Insult": "insult", "Threat": "threat", "Identity based Attack": "identity_attack",
         "Profane/Obscene": "profanity"}
votes = collections.defaultdict(lambda: [0, collections.Counter()])
with open(f"{data}/toxic-spans/data_annotations.csv", newline="", encoding="utf-8") as handle:
    for row in csv.DictReader(handle):
        said = {named[t] for t in types[row["annotation"]] if t in named}
        if types[row["annotation"]] or (row["all toxic"] == "True" and row["not toxic"] == "False"):
            said.add("toxicity")
        vote = votes[row["comment_id"]]
        vote[0] += 1
        vote[1].update(said)
for row in rows("toxic-spans/data_comments.csv", "comment_text"):
    if row["comment_id"] not in votes:
        continue
    annotators, counts = votes[row["comment_id"]]
    labels = {}
    for label in ["toxicity", "insult", "threat", "identity_attack", "profanity"]:
        if counts[label] == 0:
            labels[label] = False
        elif counts[label] * 3 >= annotators:
            labels[label] = True
    examples.append(("toxicspans", row["comment_text"], labels))

lines = "".join(json.dumps({"id": str(i), "text": text}) + "\n" for i, (_, text, _) in enumerate(examples))
answers = subprocess.run([binary, "classify"], input=lines, capture_output=True, text=True, check=True).stdout
counts = collections.defaultdict(lambda: [0, 0, 0, 0])  # true positives, false positives, false negatives, true negatives
for (source, _, labels), line in zip(examples, answers.splitlines()):
    flagged = set(json.loads(line)["flagged"])
    for label, truth in labels.items():
        said = label in flagged
        counts[(source, label)][(0 if truth else 1) if said else (2 if truth else 3)] += 1

def f1(tp, fp, fn):
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

for (source, label), (tp, fp, fn, tn) in sorted(counts.items()):
    if tp + fn == 0:
        print(f"{source:9s} {label:16s} false flags {fp} of {fp + tn}")
        continue
    positive, negative = f1(tp, fp, fn), f1(tn, fn, fp)
    print(f"{source:9s} {label:16s} F1 {positive:.3f}  macro-F1 {(positive + negative) / 2:.3f}  "
          f"tp {tp} fp {fp} fn {fn} tn {tn}")
PY
