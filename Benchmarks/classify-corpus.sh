#!/usr/bin/env bash
# Every shared-data text through `safehold classify`, to see what a change to the rules or the model does to real
# messages before it lands: save the answers before the change, save them after, and read every changed answer.
#
#   Benchmarks/classify-corpus.sh save BINARY OUT.jsonl [DATA_DIR]   answers of BINARY, one line per text
#   Benchmarks/classify-corpus.sh diff BEFORE.jsonl AFTER.jsonl [DATA_DIR]
#                                                                    each text whose rules, severity or flags
#                                                                    changed, then how many
#
# DATA_DIR defaults to ../shared/data/abuse; the texts are every row of EDOS, Toxic Spans, Davidson, Jigsaw and the
# SemEval-2021 train split (74,989), in that order. The answers hold no text; the diff reads the texts again.
set -euo pipefail
cd "$(dirname "$0")/.."
MODE="${1:-}"
case "$MODE" in
    save) [ $# -ge 3 ] || { echo "usage: $0 save BINARY OUT.jsonl [DATA_DIR]" >&2; exit 2; }; DATA="${4:-../shared/data/abuse}" ;;
    diff) [ $# -ge 3 ] || { echo "usage: $0 diff BEFORE.jsonl AFTER.jsonl [DATA_DIR]" >&2; exit 2; }; DATA="${4:-../shared/data/abuse}" ;;
    *) echo "usage: $0 save BINARY OUT.jsonl [DATA_DIR] | diff BEFORE.jsonl AFTER.jsonl [DATA_DIR]" >&2; exit 2 ;;
esac
if [ ! -d "$DATA" ]; then
    echo "The training data is not here: $DATA does not exist (see ../shared/data/README.md)." >&2
    exit 2
fi
python3 - "$MODE" "$2" "$3" "$DATA" <<'PY'
import csv, json, subprocess, sys
mode, first, second, data = sys.argv[1:5]
texts = []
for path, column in [("edos-sexism/edos_train_dev.csv", "text"), ("toxic-spans/data_comments.csv", "comment_text"),
                     ("davidson-hate-offensive/data_labeled_data.csv", "tweet"),
                     ("jigsaw-binary/jigsaw_binary_balanced.csv", "text"),
                     ("toxic-spans/SemEval2021_data_tsd_train.csv", "text")]:
    with open(f"{data}/{path}", newline="", encoding="utf-8") as handle:
        texts += [row[column] for row in csv.DictReader(handle)]
if mode == "save":
    lines = "".join(json.dumps({"id": str(i), "text": text}) + "\n" for i, text in enumerate(texts))
    answers = subprocess.run([first, "classify"], input=lines, capture_output=True, text=True, check=True).stdout
    with open(second, "w", encoding="utf-8") as handle:
        handle.write(answers)
    print(f"{len(texts)} texts")
    sys.exit()
def read(path):
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]
before, after = read(first), read(second)
changed = 0
for text, old, new in zip(texts, before, after):
    old_rules = sorted(rule["id"] for rule in old.get("rules", []))
    new_rules = sorted(rule["id"] for rule in new.get("rules", []))
    if old_rules != new_rules or old.get("severity") != new.get("severity") or old.get("flagged") != new.get("flagged"):
        changed += 1
        moved = sorted(set(old.get("flagged", [])) ^ set(new.get("flagged", [])))
        print(f"{old.get('severity')} -> {new.get('severity')}  rules {old_rules} -> {new_rules}  flags changed {moved}"
              f"  | {' '.join(text.split())[:160]}")
print(f"changed {changed} of {len(texts)}")
PY
