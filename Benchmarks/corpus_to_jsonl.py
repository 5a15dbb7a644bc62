#!/usr/bin/env python3
"""Turns the dialogue corpora in ../shared/data/corpora into `haven classify` input lines
(each utterance with up to three turns before it), for benchmarks and smoke runs.

These corpora are never labelled or trained on; this only feeds them to the engine.
Usage: python3 Benchmarks/corpus_to_jsonl.py {meld|dailydialog|all} > out.jsonl
"""
import csv, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPORA = os.path.join(HERE, "..", "..", "shared", "data", "corpora")


def meld():
    for split in ("train", "dev", "test"):
        path = os.path.join(CORPORA, "MELD", "data", "MELD", f"{split}_sent_emo.csv")
        dialogues = {}
        with open(path, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                dialogues.setdefault(row["Dialogue_ID"], []).append((row["Speaker"], row["Utterance"]))
        for did, turns in dialogues.items():
            yield f"meld-{split}-{did}", turns


def dailydialog():
    for split in ("test", "validation"):
        path = os.path.join(CORPORA, "DailyDialog", "ijcnlp_dailydialog", split, f"dialogues_{split}.txt")
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                utterances = [u.strip() for u in line.split("__eou__") if u.strip()]
                yield f"dd-{split}-{n}", [("AB"[i % 2], u) for i, u in enumerate(utterances)]


def main():
    which = sys.argv[1] if len(sys.argv) > 1 else "all"
    sources = {"meld": [meld], "dailydialog": [dailydialog], "all": [meld, dailydialog]}[which]
    out = sys.stdout
    for source in sources:
        for did, turns in source():
            for i, (speaker, text) in enumerate(turns):
                context = [{"speaker": s, "text": t} for s, t in turns[max(0, i - 3):i]]
                out.write(json.dumps({"id": f"{did}-{i}", "speaker": speaker, "text": text, "context": context}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
