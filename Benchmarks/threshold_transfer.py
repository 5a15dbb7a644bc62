#!/usr/bin/env python3
"""Asks whether the shipped horseman thresholds, chosen on out-of-fold scores of the training
writers, are what holds the unseen writers back.

For each of the six older unseen-writers files in turn, it chooses the four thresholds on the
other five (pooled) by the rule `haven train` uses (F1 read over +-2 steps of the 0.30..0.80
grid; the best summed F1 whose share of horseman-free lines flagged stays under the limit). The
search is simpler than `HorsemanThresholds`' (no greedy walk first: from each label's best it
tries every threshold of each label and each pair of labels until nothing improves), so on the
same scores the two can stop at different thresholds. It then measures macro-F1 and false alarms on the file left out, beside the same file
under the model's own thresholds. A mean that does not rise says the thresholds are not the
problem: the ranking is. It reads the scores `classify` prints (three decimals), so its figures
under the model's own thresholds can differ from `haven eval`'s by a line or two.

Needs numpy. Build first (`swift build -c release`), then:
    python3 Benchmarks/threshold_transfer.py [--haven .build/release/haven] [--limit 0.026]
"""
import argparse
import json
import os
import subprocess
import tempfile

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
LABELLED = os.path.join(HERE, "..", "Data", "labelled")
FILES = ["unseen-writers"] + [f"unseen-writers-{i}" for i in range(2, 7)]
HORSEMEN = ["criticism", "contempt", "defensiveness", "stonewalling"]
GRID = np.array([x / 100 for x in range(30, 81)])
REACH = 2


def classify(haven, name, folder):
    """Scores one labelled file; returns (scores, truth), each lines x horsemen."""
    source = os.path.join(LABELLED, name + ".jsonl")
    out = os.path.join(folder, name + ".out.jsonl")
    subprocess.run([haven, "classify", "--input", source, "--output", out], check=True)
    with open(source, encoding="utf-8") as fh:
        truth = [json.loads(line)["labels"] for line in fh]
    with open(out, encoding="utf-8") as fh:
        scores = [json.loads(line).get("scores", {}) for line in fh]
    if len(truth) != len(scores):
        raise SystemExit(f"{name}: {len(truth)} labelled lines but {len(scores)} classified")
    s = np.array([[line.get(h, 0.0) for h in HORSEMEN] for line in scores])
    t = np.array([[h in labels for h in HORSEMEN] for labels in truth])
    return s, t


def f1_score(predicted, truth):
    """F1 of one label's predictions against its truth (both boolean columns)."""
    tp = (predicted & truth).sum()
    return 2 * tp / max(1, 2 * tp + (predicted & ~truth).sum() + (~predicted & truth).sum())


def measure(scores, truth, thresholds):
    """Macro-F1 over the horsemen and the share of horseman-free lines flagged."""
    predicted = scores >= np.array(thresholds) - 1e-9
    f1 = [f1_score(predicted[:, k], truth[:, k]) for k in range(len(HORSEMEN))]
    clean = ~truth.any(axis=1)
    return float(np.mean(f1)), float(predicted[clean].any(axis=1).mean())


def choose(scores, truth, limit):
    """The four grid thresholds with the best summed (smoothed) F1 under the false-alarm limit."""
    count = len(HORSEMEN)
    table = np.array([[f1_score(scores[:, k] >= t - 1e-9, truth[:, k]) for t in GRID] for k in range(count)])
    smooth = np.array([[table[k, max(0, i - REACH):i + REACH + 1].mean() for i in range(len(GRID))]
                       for k in range(count)])
    clean = scores[~truth.any(axis=1)]
    flags = [clean[:, k][:, None] >= GRID[None, :] - 1e-9 for k in range(count)]

    def false_alarms(steps):
        hit = np.zeros(len(clean), dtype=bool)
        for k in range(count):
            hit |= flags[k][:, steps[k]]
        return hit.mean()

    def gain(steps):
        return sum(smooth[k, steps[k]] for k in range(count))

    best = [int(np.argmax(smooth[k])) for k in range(count)]
    best_fa = false_alarms(best)
    improved = True
    while improved:
        improved = False
        for a in range(count):
            for b in range(a, count):
                for sa in range(len(GRID)):
                    for sb in ([sa] if a == b else range(len(GRID))):
                        trial = list(best)
                        trial[a], trial[b] = sa, sb
                        fa = false_alarms(trial)
                        if (fa <= limit) != (best_fa <= limit):
                            better = fa <= limit
                        elif fa > limit:
                            better = fa < best_fa - 1e-12
                        else:
                            better = gain(trial) > gain(best) + 1e-9
                        if better:
                            best, best_fa, improved = trial, fa, True
    return [float(GRID[s]) for s in best]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--haven", default=os.path.join(HERE, "..", ".build", "release", "haven"))
    parser.add_argument("--limit", type=float, default=0.026,
                        help="share of horseman-free lines that may be flagged when choosing")
    args = parser.parse_args()
    model_path = os.path.join(os.path.dirname(args.haven), "Haven_HavenCore.resources", "Resources",
                              "Signals", "model.json")
    with open(model_path, encoding="utf-8") as fh:
        model = json.load(fh)
    own = [model["labels"][h]["threshold"] for h in HORSEMEN]
    with tempfile.TemporaryDirectory() as folder:
        data = {name: classify(args.haven, name, folder) for name in FILES}
    moved, kept = [], []
    print(f"model's own thresholds {own}")
    for name in FILES:
        rest = [data[other] for other in FILES if other != name]
        chosen = choose(np.concatenate([r[0] for r in rest]), np.concatenate([r[1] for r in rest]), args.limit)
        m, fa = measure(*data[name], chosen)
        m0, fa0 = measure(*data[name], own)
        moved.append(m)
        kept.append(m0)
        print(f"{name:18s} chosen on the other five {chosen}: macro-F1 {m:.3f}, false alarms {fa:.1%}"
              f"   own: {m0:.3f}, {fa0:.1%}")
    print(f"mean macro-F1: thresholds from the other writers {np.mean(moved):.4f}, own {np.mean(kept):.4f}")


if __name__ == "__main__":
    main()
