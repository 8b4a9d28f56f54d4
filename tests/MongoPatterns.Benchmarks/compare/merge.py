#!/usr/bin/env python3
"""Merges the comparison JSON files (MongoPatterns, Node.js driver + Mongoose, pymongo) into one markdown table:
task, MB/s per client, and the ratio MongoPatterns/each, followed by the issue's targets and whether they were met.
When several files hold the same client and task (run.sh --rounds), the client's score is the median over them.

Usage: merge.py <out.md> <result.json>... (missing files are ignored, so a client that could not run leaves a gap)
"""
import json
import os
import statistics
import sys

CLIENTS = [
    ("repository", "MongoPatterns Repository<T>"),
    ("driver", "MongoPatterns driver"),
    ("node-driver", "Node.js driver"),
    ("mongoose", "Mongoose"),
    ("pymongo", "pymongo"),
]
RATIOS = [
    ("repository", "node-driver"), ("repository", "mongoose"), ("repository", "pymongo"),
    ("driver", "node-driver"), ("driver", "mongoose"), ("driver", "pymongo"),
]
TASKS = ["odm-small-create", "odm-small-find-by-id", "odm-small-find-many", "odm-small-update",
         "driver-find-one-by-id", "driver-insert-one-small"]
SHORT = {"repository": "Repo", "driver": "MP driver", "node-driver": "Node", "mongoose": "Mongoose", "pymongo": "pymongo"}


def fmt(value, digits=2):
    return "-" if value is None else ("%." + str(digits) + "f") % value


def main():
    out, files = sys.argv[1], sys.argv[2:]
    scores, notes, skipped = {}, [], []
    for path in files:
        if not os.path.exists(path):
            notes.append("missing: %s" % os.path.basename(path))
            continue
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        context = [data.get(k) for k in ("mode", "runtime", "versions", "loadAverageBefore", "loadAverageAfter") if data.get(k)]
        notes.append("%s: %s" % (os.path.basename(path), ", ".join(context)))
        for result in data.get("results", []):
            scores.setdefault(result["task"], {}).setdefault(result["client"], []).append(result["mbPerSecond"])
        skipped += ["%s [%s]: %s" % (s["task"], s["client"], s["reason"]) for s in data.get("skipped", [])]
    rounds = max((len(v) for row in scores.values() for v in row.values()), default=0)
    scores = {task: {client: statistics.median(v) for client, v in row.items()} for task, row in scores.items()}

    lines = ["| Task | " + " | ".join(label + " MB/s" for _, label in CLIENTS) + " | "
             + " | ".join("%s/%s" % (SHORT[a], SHORT[b]) for a, b in RATIOS) + " |",
             "| --- |" + " ---: |" * (len(CLIENTS) + len(RATIOS))]
    for task in TASKS:
        row = scores.get(task, {})
        cells = [fmt(row.get(key)) for key, _ in CLIENTS]
        ratios = [fmt(row[a] / row[b]) + "x" if row.get(a) and row.get(b) else "-" for a, b in RATIOS]
        lines.append("| %s | %s | %s |" % (task, " | ".join(cells), " | ".join(ratios)))

    def ratio(task, a, b):
        row = scores.get(task, {})
        return row[a] / row[b] if row.get(a) and row.get(b) else None

    def verdict(values, minimum):
        if not values or any(v is None for v in values):
            return "not measured"
        return ("met" if all(v >= minimum for v in values) else "NOT met") + " (" + ", ".join(fmt(v) + "x" for v in values) + ")"

    odm = [t for t in TASKS if t.startswith("odm-")]
    lines += ["", "Targets (same run):", "",
              "- Repository<T> >= 2x Mongoose on every small-model task: " + verdict([ratio(t, "repository", "mongoose") for t in odm], 2.0),
              "- Repository<T> >= 1.0x Node.js driver on every small-model task: " + verdict([ratio(t, "repository", "node-driver") for t in odm], 1.0),
              "- MongoPatterns driver >= 1.2x Node.js driver on find-one-by-_id: " + verdict([ratio("driver-find-one-by-id", "driver", "node-driver")], 1.2),
              "", "Rounds: %d (each client's median MB/s over the rounds)" % rounds, "", "Runs: " + "; ".join(notes)]
    if skipped:
        lines += ["", "Not measured:"] + ["- " + s for s in skipped]
    text = "\n".join(lines) + "\n"
    with open(out, "w", encoding="utf-8") as handle:
        handle.write(text)
    sys.stdout.write(text)


if __name__ == "__main__":
    main()
