#!/usr/bin/env python3
"""The pymongo side of the comparison: the same tasks as `dotnet ... -- compare` (same names, data, operation counts
and iteration rules as Runner/IterationPolicy.cs and iteration.js).

Usage: /usr/bin/python3 pymongo_client.py --uri mongodb://... --data <benchmark-data> --json out.json [--quick]
"""
import argparse
import copy
import json
import os
import platform
import sys
import time

import pymongo

PERCENTILES = [10, 25, 50, 75, 90, 95, 98, 99]
SMALL_FIELD1 = "miNVpaKW"
UPDATE_FIELD = "field1"


class Policy:
    def __init__(self, name, warmup, warmup_seconds, target, min_seconds, max_seconds, divisor):
        self.name, self.warmup, self.warmup_seconds, self.target = name, warmup, warmup_seconds, target
        self.min_seconds, self.max_seconds, self.divisor = min_seconds, max_seconds, divisor

    def operations(self, count):
        return max(1, count // self.divisor) if count >= 1000 else count

    def should_continue(self, count, elapsed):
        return count == 0 or (elapsed < self.max_seconds and (elapsed < self.min_seconds or count < self.target))


FULL = Policy("full", 1, 5, 100, 60, 300, 1)
QUICK = Policy("quick", 1, 2, 5, 0, 10, 10)


def measure(policy, task):
    if task.get("setup"):
        task["setup"]()

    def once():
        if task.get("before"):
            task["before"]()
        started = time.perf_counter()
        task["run"]()
        return time.perf_counter() - started

    warmups, warmup_elapsed = 0, 0.0
    while warmups < policy.warmup or warmup_elapsed < policy.warmup_seconds:
        warmup_elapsed += once()
        warmups += 1
    times, elapsed = [], 0.0
    while policy.should_continue(len(times), elapsed):
        seconds = once()
        times.append(seconds)
        elapsed += seconds
    return times


def nearest_rank(ordered, p):
    index = int(len(ordered) * p / 100) - 1
    return ordered[min(max(index, 0), len(ordered) - 1)]


def to_result(task, operations, dataset_bytes, times):
    ordered = sorted(times)
    percentiles = {str(p): nearest_rank(ordered, p) for p in PERCENTILES}
    median = percentiles["50"]
    return {
        "client": "pymongo", "group": "compare", "task": task, "operations": operations,
        "datasetBytes": dataset_bytes, "iterations": len(ordered), "medianSeconds": median,
        "mbPerSecond": dataset_bytes / 1e6 / median if median > 0 else 0, "percentileSeconds": percentiles,
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--uri", required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--json", required=True)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    policy = QUICK if args.quick else FULL
    small_file = os.path.join(args.data, "odm", "flat-models", "small_doc.json")
    driver_small_file = os.path.join(args.data, "single_and_multi_document", "small_doc.json")
    tweet_file = os.path.join(args.data, "single_and_multi_document", "tweet.json")

    def read_json(path):
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)

    client = pymongo.MongoClient(args.uri)
    db = client["perftest"]
    models = db["small_flat_model"]
    corpus = db["corpus"]
    ops = policy.operations(10000)
    small = read_json(small_file)
    state = {"ids": [], "value": "", "counter": 0}

    def save_instances():
        models.drop()
        state["ids"] = []
        for _ in range(ops):
            state["ids"].append(models.insert_one(dict(small)).inserted_id)

    def create():
        doc = dict(small)
        for _ in range(ops):
            doc.pop("_id", None)
            models.insert_one(doc)

    def find_by_id():
        found = sum(1 for i in state["ids"] if models.find_one({"_id": i}) is not None)
        if found != ops:
            raise RuntimeError("found %d of %d" % (found, ops))

    def find_many():
        found = len(list(models.find({UPDATE_FIELD: SMALL_FIELD1})))
        if found != ops:
            raise RuntimeError("found %d of %d" % (found, ops))

    def next_value():
        state["counter"] += 1
        state["value"] = "updated-%d" % state["counter"]

    def update():
        for i in state["ids"]:
            models.update_one({"_id": i}, {"$set": {UPDATE_FIELD: state["value"]}})

    def tweets_setup():
        client.drop_database("perftest")
        tweet = read_json(tweet_file)
        docs = []
        for i in range(1, ops + 1):
            doc = copy.deepcopy(tweet)
            doc["_id"] = i
            docs.append(doc)
        corpus.insert_many(docs)

    def find_one_by_id():
        found = sum(1 for i in range(1, ops + 1) if corpus.find_one({"_id": i}) is not None)
        if found != ops:
            raise RuntimeError("found %d of %d" % (found, ops))

    def recreate_corpus():
        corpus.drop()
        db.create_collection("corpus")

    def insert_one_small():
        doc = read_json(driver_small_file)
        for _ in range(ops):
            doc.pop("_id", None)
            corpus.insert_one(doc)

    tasks = [
        {"name": "odm-small-create", "file": small_file, "before": models.drop, "run": create},
        {"name": "odm-small-find-by-id", "file": small_file, "setup": save_instances, "run": find_by_id},
        {"name": "odm-small-find-many", "file": small_file, "setup": save_instances, "run": find_many},
        {"name": "odm-small-update", "file": small_file, "setup": save_instances, "before": next_value, "run": update},
        {"name": "driver-find-one-by-id", "file": tweet_file, "setup": tweets_setup, "run": find_one_by_id},
        {"name": "driver-insert-one-small", "file": driver_small_file,
         "setup": lambda: client.drop_database("perftest"), "before": recreate_corpus, "run": insert_one_small},
    ]
    results, skipped = [], []
    for task in tasks:
        try:
            times = measure(policy, task)
            result = to_result(task["name"], ops, os.path.getsize(task["file"]) * ops, times)
            results.append(result)
            sys.stderr.write("  compare/%-30s %-12s %10.2f MB/s  median %9.1f ms  (%d iterations)\n" % (
                task["name"], "pymongo", result["mbPerSecond"], result["medianSeconds"] * 1000, result["iterations"]))
        except Exception as error:  # noqa: BLE001 - a failed task is reported, the others still run
            skipped.append({"client": "pymongo", "task": "compare/" + task["name"], "reason": "failed: %s" % error})
            sys.stderr.write("  failed compare/%s [pymongo]: %s\n" % (task["name"], error))
    client.drop_database("perftest")
    with open(args.json, "w", encoding="utf-8") as handle:
        json.dump({
            "command": "python3 " + " ".join(sys.argv), "mode": policy.name,
            "runtime": "python " + platform.python_version(), "versions": "pymongo " + pymongo.version,
            "results": results, "skipped": skipped,
        }, handle, indent=2)


if __name__ == "__main__":
    main()
