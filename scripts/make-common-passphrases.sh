#!/usr/bin/env bash
# Regenerates Sources/Safehold/Resources/common-passphrases.txt from the
# "passwords" frequency list shipped in the zxcvbn package on PyPI (MIT licence).
# Usage, from the package root:  bash scripts/make-common-passphrases.sh
# Needs: python3 and pip, and access to PyPI. Writes only the one resource file.
set -euo pipefail

ZXCVBN_VERSION="4.5.0"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/Sources/Safehold/Resources/common-passphrases.txt"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

pip download --no-deps --only-binary=:all: -d "$WORK" "zxcvbn==$ZXCVBN_VERSION" >&2
WHEEL="$(ls "$WORK"/zxcvbn-"$ZXCVBN_VERSION"-*.whl)"

python3 - "$WHEEL" "$ZXCVBN_VERSION" > "$OUT.tmp" <<'PY'
import sys, unicodedata, zipfile, types

wheel, version = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(wheel) as z:
    source = z.read("zxcvbn/frequency_lists.py").decode("utf-8")
    licence = z.read(f"zxcvbn-{version}.dist-info/LICENSE.txt").decode("utf-8")
assert licence.startswith("MIT License"), "licence changed upstream; check it before use"

module = types.ModuleType("frequency_lists")
exec(compile(source, "frequency_lists.py", "exec"), module.__dict__)
entries = module.FREQUENCY_LISTS["passwords"]

seen, lines = set(), []
for entry in entries:
    word = unicodedata.normalize("NFC", entry).strip().lower()
    if not word or "#" == word[0] or word in seen:
        continue
    seen.add(word)
    lines.append(word)

print("# common-passphrases.txt: passphrases people choose most often, one per line,")
print("# lowercased, duplicates removed, most common first. Used by PassphraseCheck")
print("# to turn away passphrases that would be among the first anyone tries.")
print(f"# Source: PyPI package zxcvbn {version}, file zxcvbn/frequency_lists.py,")
print("#   list \"passwords\" (the package's own frequency list of leaked passwords).")
print("# Licence of the source package: MIT (Copyright (c) 2016 Daniel Wolf).")
print(f"# Entries: {len(lines)}")
print("# Regenerated with (from the package root):")
print("#   bash scripts/make-common-passphrases.sh")
print(f"# which runs: pip download --no-deps --only-binary=:all: zxcvbn=={version}")
print("#   and extracts, lowercases, NFC-normalises and deduplicates that list.")
for line in lines:
    print(line)
PY
mv "$OUT.tmp" "$OUT"
echo "wrote $OUT" >&2
