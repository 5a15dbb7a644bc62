#!/usr/bin/env python3
"""Rewrites a labelled JSON Lines file in texting style (lower case, "u"/"ur", apostrophes
dropped), for checking that the engine keeps its F1 on chat-style spelling.
Usage: python3 Benchmarks/texting_style.py Data/labelled/test.jsonl > /tmp/texting.jsonl
       haven eval /tmp/texting.jsonl
"""
import json, re, sys

SWAPS = [(r"\byou're\b", "ur"), (r"\byou’re\b", "ur"), (r"\byour\b", "ur"), (r"\byou\b", "u"), (r"\bare\b", "r")]


def texting(text):
    out = text.lower()
    for pattern, repl in SWAPS:
        out = re.sub(pattern, repl, out)
    return out.replace("'", "").replace("’", "")


for line in open(sys.argv[1], encoding="utf-8"):
    record = json.loads(line)
    record["text"] = texting(record["text"])
    record["context"] = [dict(turn, text=texting(turn["text"])) for turn in record.get("context", [])]
    print(json.dumps(record, ensure_ascii=False))
