#!/usr/bin/env bash
# Times `haven import` on a synthetic WhatsApp export (default 1,000,000 messages) and compares
# with `wc -l` on the same file. Not a test: a quick check of the WhatsApp parser's speed and memory.
# Usage: Benchmarks/import-throughput.sh [MESSAGES]   (builds haven in release mode first)
set -euo pipefail
cd "$(dirname "$0")/.."
messages="${1:-1000000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 Benchmarks/make_whatsapp_export.py "$messages" > "$work/chat.txt"
swift build -c release --product haven >/dev/null
ls -l "$work/chat.txt" | awk '{printf "file: %.1f MB\n", $5 / 1e6}'
/usr/bin/time -f "wc -l: %e s" wc -l "$work/chat.txt"
/usr/bin/time -f "haven import: %e s, peak %M KB" .build/release/haven import "$work/chat.txt"
