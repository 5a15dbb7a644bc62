#!/usr/bin/env python3
"""Writes a synthetic Android WhatsApp export of N messages to stdout, built from the dialogue
corpora in ../shared/data/corpora (for import and analysis benchmarks).

Two people (Alex Morgan and Sam Rivera) replay real two-speaker dialogues from MELD (dyadic),
DailyDialog, RECCON and the four-horsemen synthetic set, with GoEmotions comments as one-off
messages between them. Timestamps follow a day: quick replies inside a conversation (seconds to
minutes, now and then hours), gaps of minutes to hours between conversations, and a night's
sleep. Conflict dialogues grow slowly more frequent over the years, so trends have something to
find. 3 % of messages are multi-line, and about 1 % more lines are media placeholders or deleted
messages (events, not counted in N).

If the corpora are missing, a fixed neutral word list is used instead (speed only).
Usage: python3 Benchmarks/make_whatsapp_export.py [MESSAGES] > chat.txt
"""
import csv
import datetime
import json
import math
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPORA = os.path.join(HERE, "..", "..", "shared", "data", "corpora")
PEOPLE = ("Alex Morgan", "Sam Rivera")
WORDS = ("i think we should talk about this later okay love you too why did you say that sorry "
         "my bad dinner tonight can you pick up the kids tomorrow really again never always fine "
         "whatever thanks").split()


def clean(text):
    text = text.replace("\r", " ").replace("\n", " ").replace("\u2019", "'").strip()
    # DailyDialog spaces out punctuation ("I ' m fine ."); close it up the way people type.
    for mark in (" ,", " .", " ?", " !", " '", "' "):
        text = text.replace(mark, mark.strip() if mark != "' " else "'")
    return text


def two_speaker(turns):
    """Keeps dialogues with exactly two speakers, as (0/1, text) pairs."""
    speakers = []
    for speaker, _ in turns:
        if speaker not in speakers:
            speakers.append(speaker)
    if len(speakers) != 2:
        return None
    return [(speakers.index(s), clean(t)) for s, t in turns if clean(t)]


def meld_dyadic():
    for split in ("train", "dev", "test"):
        path = os.path.join(CORPORA, "MELD", "data", "MELD_Dyadic", f"{split}_sent_emo_dya.csv")
        dialogues = {}
        with open(path, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                dialogues.setdefault(row["Dialogue_ID"], []).append((row["Speaker"], row["Utterance"]))
        yield from dialogues.values()


def dailydialog():
    for split in ("test", "validation"):
        path = os.path.join(CORPORA, "DailyDialog", "ijcnlp_dailydialog", split, f"dialogues_{split}.txt")
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                utterances = [u.strip() for u in line.split("__eou__") if u.strip()]
                yield [("AB"[i % 2], u) for i, u in enumerate(utterances)]


def reccon():
    path = os.path.join(CORPORA, "RECCON-DailyDialog", "data", "original_annotation", "dailydialog_train.json")
    with open(path, encoding="utf-8") as fh:
        for dialogue in json.load(fh).values():
            yield [(turn["speaker"], turn["utterance"]) for turn in dialogue[0]]


def horsemen():
    path = os.path.join(CORPORA, "four-horsemen-synthetic", "dataset", "synthetic_couples_dataset_large.csv")
    with open(path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            lines = [l.split(":", 1)[1] for l in row["conversation"].splitlines() if ":" in l]
            yield [("AB"[i % 2], l) for i, l in enumerate(lines)]


def goemotions():
    path = os.path.join(CORPORA, "GoEmotions-singlelabel", "train.tsv")
    with open(path, encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            text = clean(line.split("\t", 1)[0])
            if text and "[NAME]" not in text:
                yield text


def load():
    try:
        everyday = [d for source in (meld_dyadic, dailydialog, reccon) for d in map(two_speaker, source()) if d]
        conflict = [d for d in map(two_speaker, horsemen()) if d]
        singles = list(goemotions())
        return everyday, conflict, singles
    except OSError as error:
        sys.stderr.write(f"corpora not found ({error}); using a neutral word list\n")
        return None


def words_dialogue(rng):
    return [(i % 2, " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 14)))) for i in range(rng.randint(2, 12))]


def reply_delay(rng):
    """Seconds before the next message inside one conversation: mostly quick, sometimes hours."""
    if rng.random() < 0.002:
        return rng.randint(3600, 4 * 3600)
    return min(3 * 3600, int(rng.lognormvariate(math.log(30), 1.2)))


def conversation_gap(rng):
    """Seconds between two conversations on the same day."""
    return int(rng.lognormvariate(math.log(4 * 60), 1.0))


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    rng = random.Random(7)
    corpora = load()
    moment = datetime.datetime(2019, 1, 1, 8, 0)
    start = moment
    out = sys.stdout
    write = out.write
    write("01/01/2019, 08:00 - Messages and calls are end-to-end encrypted. No one outside of this "
          "chat, not even WhatsApp, can read or listen to them. Tap to learn more.\n")
    written = 0
    while written < count:
        if corpora:
            everyday, conflict, singles = corpora
            years = (moment - start).days / 365.0
            if rng.random() < 0.04 + 0.02 * years:
                dialogue = rng.choice(conflict)
            elif rng.random() < 0.08:
                dialogue = [(0, rng.choice(singles))]
            else:
                dialogue = rng.choice(everyday)
        else:
            dialogue = words_dialogue(rng)
        first = rng.randrange(2)
        for index, (speaker, text) in enumerate(dialogue):
            if written >= count:
                break
            if index:
                moment += datetime.timedelta(seconds=reply_delay(rng))
            if rng.random() < 0.03:
                text += "\n" + rng.choice(("ok", "anyway", "you know what I mean", "lol", "see you later"))
            roll = rng.random()
            if roll < 0.01:
                # An event, not a message: it does not count towards N.
                event = "<Media omitted>" if roll < 0.008 else "This message was deleted"
                write(f"{moment:%d/%m/%Y, %H:%M} - {PEOPLE[speaker ^ first]}: {event}\n")
                moment += datetime.timedelta(seconds=reply_delay(rng))
            write(f"{moment:%d/%m/%Y, %H:%M} - {PEOPLE[speaker ^ first]}: {text}\n")
            written += 1
        moment += datetime.timedelta(seconds=conversation_gap(rng))
        if moment.hour >= 23 or moment.hour < 7:
            # Sleep: the next conversation starts the next morning.
            wake = (moment if moment.hour < 7 else moment + datetime.timedelta(days=1)).replace(hour=7, minute=0)
            moment = wake + datetime.timedelta(seconds=rng.randint(0, 3 * 3600))


if __name__ == "__main__":
    main()
