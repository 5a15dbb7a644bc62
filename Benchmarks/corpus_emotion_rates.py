#!/usr/bin/env python3
"""How often `haven classify` flags a horseman on the MELD and DailyDialog utterances, by the
emotion their own annotators gave each line: a check on false alarms in ordinary talk.

The corpora carry no horseman labels and are never trained on; their emotion tags only group
the lines. "Calm" is neutral or joy (DailyDialog: no emotion or happiness), "heated" is anger
or disgust. A calm line can still hold a horseman, so the calm rate is an upper bound on false
alarms there, not a measure of them.

Usage:
  python3 Benchmarks/corpus_to_jsonl.py all > /tmp/corpus.jsonl
  .build/release/haven classify --input /tmp/corpus.jsonl --output /tmp/classified.jsonl
  python3 Benchmarks/corpus_emotion_rates.py /tmp/classified.jsonl
"""
import csv, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPORA = os.path.join(HERE, "..", "..", "shared", "data", "corpora")
HORSEMEN = {"criticism", "contempt", "defensiveness", "stonewalling"}
DAILYDIALOG_EMOTIONS = ["neutral", "anger", "disgust", "fear", "joy", "sadness", "surprise"]
GROUPS = {"calm": {"neutral", "joy"}, "heated": {"anger", "disgust"}}


def emotions():
    """Each line id of corpus_to_jsonl.py mapped to its annotated emotion."""
    tags = {}
    for split in ("train", "dev", "test"):
        path = os.path.join(CORPORA, "MELD", "data", "MELD", f"{split}_sent_emo.csv")
        dialogues = {}
        with open(path, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                dialogues.setdefault(row["Dialogue_ID"], []).append(row["Emotion"])
        for did, row_emotions in dialogues.items():
            for i, emotion in enumerate(row_emotions):
                tags[f"meld-{split}-{did}-{i}"] = emotion
    for split in ("test", "validation"):
        path = os.path.join(CORPORA, "DailyDialog", "ijcnlp_dailydialog", split, f"dialogues_emotion_{split}.txt")
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                for i, code in enumerate(line.split()):
                    tags[f"dd-{split}-{n}-{i}"] = DAILYDIALOG_EMOTIONS[int(code)]
    return tags


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    tags = emotions()
    counts = {name: [0, 0] for name in ["all", *GROUPS]}
    with open(sys.argv[1], encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            try:
                result = json.loads(line)
            except json.JSONDecodeError as error:
                sys.exit(f"{sys.argv[1]}, line {number}: not JSON ({error})")
            flagged = bool(HORSEMEN & set(result.get("labels", [])))
            emotion = tags.get(result.get("id"))
            for name in ["all", *[g for g, members in GROUPS.items() if emotion in members]]:
                counts[name][0] += 1
                counts[name][1] += flagged
    for name, (lines, flagged) in counts.items():
        share = 100 * flagged / lines if lines else 0
        print(f"{name:7s} {share:5.2f}% of {lines} lines get a horseman ({flagged})")


if __name__ == "__main__":
    main()
