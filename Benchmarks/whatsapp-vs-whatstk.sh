#!/usr/bin/env bash
# Safehold's WhatsApp parsing and importing, side by side in one run with the Python library whatstk
# (pip install whatstk) on the same generated chat. Usage: Benchmarks/whatsapp-vs-whatstk.sh [LINES]
set -euo pipefail
cd "$(dirname "$0")/.."
lines=${1:-1000000}
swift build -c release --product safehold-bench >/dev/null
swift build -c release --product safehold >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chat="$work/WhatsApp Chat with Jordan Reece.txt"
.build/release/safehold-bench generate-whatsapp "$lines" "$chat"
echo "chat: $lines lines, $(du -h "$chat" | cut -f1)"

/usr/bin/time -f "whatstk parse: %e s, peak %M KB" python3 - "$chat" <<'PY'
import sys, time
from whatstk import df_from_whatsapp
start = time.time()
frame = df_from_whatsapp(sys.argv[1], hformat="%m/%d/%y, %I:%M %p - %name:", max_size=None)
elapsed = time.time() - start
print(f"whatstk: {len(frame)} messages in {elapsed:.2f} s")
PY

/usr/bin/time -f "safehold parse (inspect): %e s, peak %M KB" \
    .build/release/safehold inspect "$chat" --json --no-text-recognition | python3 -c 'import json,sys; r=json.load(sys.stdin)["records"]; print("safehold:", r)'
/usr/bin/time -f "safehold import with sealing: %e s, peak %M KB" .build/release/safehold-bench import-path "$chat"
