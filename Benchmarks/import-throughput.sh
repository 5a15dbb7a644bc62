#!/usr/bin/env bash
# Times `haven import` on a synthetic WhatsApp export (default 1,000,000 messages) and compares
# with `wc -l` on the same file. Not a test: a quick check of the WhatsApp parser's speed and memory.
# Usage: Benchmarks/import-throughput.sh [MESSAGES]   (builds haven in release mode first)
source "$(dirname "$0")/export-setup.sh" "${1:-1000000}"
/usr/bin/time -f "wc -l: %e s" wc -l "$work/chat.txt"
/usr/bin/time -f "haven import: %e s, peak %M KB" .build/release/haven import "$work/chat.txt"
