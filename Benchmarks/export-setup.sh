# Sourced by the throughput scripts: builds a WhatsApp export of $1 messages (default 1,000,000)
# from the corpora into a temporary folder ($work, removed on exit), builds haven in release mode
# and prints the file's size.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
messages="${1:-1000000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 Benchmarks/make_whatsapp_export.py "$messages" > "$work/chat.txt"
swift build -c release --product haven >/dev/null
ls -l "$work/chat.txt" | awk '{printf "file: %.1f MB\n", $5 / 1e6}'
