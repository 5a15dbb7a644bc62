#!/usr/bin/env bash
# Times `haven analyze` end to end (import, engine with context, episodes, timing, trends, JSON and
# HTML) on a WhatsApp export of N messages built from the corpora in ../shared/data/corpora, and
# compares with `wc -l` on the same file. Reports wall time, CPU time and peak memory.
# Usage: Benchmarks/analyze-throughput.sh [MESSAGES]   (builds haven in release mode first)
source "$(dirname "$0")/export-setup.sh" "${1:-1000000}"
echo "cores: $(nproc), load: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -f "wc -l: %e s" wc -l "$work/chat.txt"
/usr/bin/time -f "haven analyze --json --html: %e s wall, %U s user, %S s system, peak %M KB" \
    .build/release/haven analyze "$work/chat.txt" --json --html "$work/report.html" --timings > "$work/report.json"
ls -l "$work/report.json" "$work/report.html" | awk '{printf "%s: %.1f KB\n", $9, $5 / 1e3}'
