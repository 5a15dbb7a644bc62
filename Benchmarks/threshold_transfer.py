#!/usr/bin/env python3
"""Asks whether the shipped horseman thresholds, chosen on out-of-fold scores of the training
writers, are what holds the unseen writers back.

For each of the six older unseen-writers files in turn, `haven eval --thresholds-from` chooses
the four thresholds on the other five (pooled), by the rule and code `haven train` uses, and
measures macro-F1 and false alarms on the file left out; beside it, the same file under the
model's own thresholds. A mean that does not rise says the thresholds are not the problem: the
ranking is.

Build first (`swift build -c release`), then:
    python3 Benchmarks/threshold_transfer.py [--haven .build/release/haven] [--max-false-alarms 0.026]
"""
import argparse
import json
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
LABELLED = os.path.join(HERE, "..", "Data", "labelled")
FILES = ["unseen-writers"] + [f"unseen-writers-{i}" for i in range(2, 7)]


def evaluate(haven, name, choose_on, ceiling):
    """`haven eval --json` on one file, with thresholds chosen on `choose_on` when given."""
    command = [haven, "eval", "--json", os.path.join(LABELLED, name + ".jsonl")]
    for other in choose_on:
        command += ["--thresholds-from", os.path.join(LABELLED, other + ".jsonl")]
    if choose_on:
        command += ["--max-false-alarms", str(ceiling)]
    # haven's own messages (a bad line, a missing file) go straight to the terminal.
    return json.loads(subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True).stdout)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--haven", default=os.path.join(HERE, "..", ".build", "release", "haven"))
    parser.add_argument("--max-false-alarms", type=float, default=0.026,
                        help="share of horseman-free lines that may be flagged when choosing")
    args = parser.parse_args()
    moved, kept = [], []
    for name in FILES:
        chosen = evaluate(args.haven, name, [other for other in FILES if other != name], args.max_false_alarms)
        own = evaluate(args.haven, name, [], args.max_false_alarms)
        moved.append(chosen["macroF1Horsemen"])
        kept.append(own["macroF1Horsemen"])
        thresholds = " ".join(f"{label[:4]} {value:.2f}" for label, value in chosen["chosenThresholds"]["thresholds"].items())
        print(f"{name:18s} chosen on the other five ({thresholds}): macro-F1 {chosen['macroF1Horsemen']:.3f}, "
              f"false alarms {chosen['falseAlarmRate']:.1%}   own: {own['macroF1Horsemen']:.3f}, {own['falseAlarmRate']:.1%}")
    print(f"mean macro-F1: thresholds from the other writers {sum(moved) / len(moved):.4f}, own {sum(kept) / len(kept):.4f}")


if __name__ == "__main__":
    main()
