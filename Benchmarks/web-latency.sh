#!/usr/bin/env bash
# Page latency of the web app with a large vault, measured with wrk from a second process on loopback.
# Usage: Benchmarks/web-latency.sh [ITEMS] [DURATION]     (defaults: 100000 items, 20s per page)
# Builds a vault of about ITEMS chat messages (a generated WhatsApp chat imported through the real
# importer; cheap test key settings, which do not affect page latency), serves it with the release
# `safehold serve`, unlocks it with curl like a browser would (cookie + CSRF token from the form), then
# runs `wrk -t2 -c8 --timeout 60s --latency` against each page and prints its median and p99, and the
# time of one request made alone (the first request after unlocking reads the whole vault into the
# page snapshot, so the first row's "one alone" is that cold cost). Needs wrk and curl
# (Debian: apt-get install -y wrk curl). The issue's goal: p99 under 50 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
items=${1:-100000}
duration=${2:-20s}
passphrase="copper lantern walks quietly north"
pages=("/" "/triage" "/search?q=lantern" "/items" "/items?page=1000")
for tool in wrk curl; do
    command -v "$tool" >/dev/null || { echo "web-latency: $tool is not installed (Debian: apt-get install -y $tool)" >&2; exit 1; }
done

swift build -c release --product safehold-bench >/dev/null
swift build -c release --product safehold >/dev/null
work=$(mktemp -d)
server=""
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

.build/release/safehold-bench web-vault "$items" "$work/vault"

.build/release/safehold serve --vault "$work/vault" --port 0 >"$work/serve.log" 2>&1 &
server=$!
base=""
for _ in $(seq 1 100); do
    base=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/serve.log" | head -1 || true)
    [ -n "$base" ] && break
    sleep 0.1
done
[ -n "$base" ] || { echo "web-latency: safehold serve did not start:" >&2; cat "$work/serve.log" >&2; exit 1; }

# Unlock as a browser does: the form gives a session cookie and a CSRF token; the POST replaces the session.
jar="$work/cookies"
csrf=$(curl -sf -c "$jar" -b "$jar" "$base/unlock" | grep -o 'name="csrf" value="[^"]*"' | head -1 | cut -d'"' -f4)
unlock_time=$(curl -sf -o /dev/null -w '%{time_total}' -c "$jar" -b "$jar" \
    -H "Origin: $base" -H "Sec-Fetch-Site: same-origin" \
    --data-urlencode "csrf=$csrf" --data-urlencode "passphrase=$passphrase" "$base/unlock")
cookie="safehold_session=$(awk '$6 == "safehold_session" { print $7 }' "$jar" | tail -1)"
curl -sf -H "Cookie: $cookie" "$base/items" | grep -q '<h1>Items</h1>' \
    || { echo "web-latency: unlocking with curl did not work" >&2; exit 1; }

echo "web-latency: $items items, wrk -t2 -c8 -d$duration --latency, $(date -u +%Y-%m-%d), $(nproc) cores"
echo "unlock (one POST, cheap key settings): ${unlock_time} s"
echo "wrk waits up to 60 s for a reply (its default, 2 s, would drop slow pages from the figures)"
printf '%-20s %10s %10s %10s %12s %10s\n' "page" "median" "p99" "max" "requests/s" "one alone"
for page in "${pages[@]}"; do
    read -r status single < <(curl -s -o "$work/page.html" -w '%{http_code} %{time_total}\n' -H "Cookie: $cookie" "$base$page")
    if [ "$status" != "200" ]; then
        printf '%-20s %s\n' "$page" "not measured: the page answers HTTP $status"
        continue
    fi
    wrk -t2 -c8 -d"$duration" --timeout 60s --latency -H "Cookie: $cookie" "$base$page" >"$work/wrk.txt"
    median=$(awk '$1 == "50%" { print $2 }' "$work/wrk.txt")
    p99=$(awk '$1 == "99%" { print $2 }' "$work/wrk.txt")
    max=$(awk '$1 == "Latency" && NF >= 4 { print $4; exit }' "$work/wrk.txt")
    rate=$(awk '$1 == "Requests/sec:" { print $2 }' "$work/wrk.txt")
    printf '%-20s %10s %10s %10s %12s %9ss\n' "$page" "$median" "$p99" "$max" "$rate" "$single"
    grep -E 'Non-2xx|Socket errors|requests in' "$work/wrk.txt" | sed "s|^ *|  $page: |" || true
done
