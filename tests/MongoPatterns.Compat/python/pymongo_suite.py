"""Compatibility checks with pymongo 3.11 (Debian's python3-pymongo).

Usage: MONGODB_URI=mongodb://127.0.0.1:27017/ /usr/bin/python3 python/pymongo_suite.py

Every expectation is what a MongoDB 7.0 standalone returns. pymongo 3.11 opens connections with a legacy
OP_QUERY isMaster handshake, monitors with `ismaster`, and counts with the `count` command; all three are
part of what a MongoDB 7.0 server accepts.
"""

import binascii
import datetime
import os
import re
import sys
import time

try:
    import pymongo
    from bson import Int64, ObjectId, json_util
    from bson.codec_options import CodecOptions
    from bson.decimal128 import Decimal128
    from bson.json_util import RELAXED_JSON_OPTIONS
    from pymongo import (ASCENDING, DESCENDING, DeleteMany, DeleteOne, InsertOne, MongoClient, ReplaceOne,
                         ReturnDocument, UpdateMany, UpdateOne, monitoring)
    from pymongo.errors import BulkWriteError, DuplicateKeyError, OperationFailure, WriteError
    from compat_harness import CheckFailure, CheckList, describe_error, expect_true, run
except ImportError as missing:  # pragma: no cover - reported as a failed setup
    print("FAIL setup: pymongo is not importable (%s); install it with: apt-get install python3-pymongo" % missing)
    print("pymongo: 0 passed, 1 failed")
    sys.exit(1)

CLIENT = "pymongo"


# ---------------------------------------------------------------------------------------------
# Expectations (the harness itself is compat_harness.py)

def show(value):
    try:
        return json_util.dumps(value, json_options=RELAXED_JSON_OPTIONS)
    except Exception:  # noqa: BLE001 - showing a value must never fail a check by itself
        return repr(value)


def _canonical(value, ordered):
    """A comparable form: bools and numbers kept apart, documents ordered or sorted by key."""
    if isinstance(value, bool):
        return ("bool", value)
    if isinstance(value, dict):
        items = [(key, _canonical(item, ordered)) for key, item in value.items()]
        return ("doc", items if ordered else sorted(items, key=lambda pair: pair[0]))
    if isinstance(value, (list, tuple)):
        return ("array", [_canonical(item, ordered) for item in value])
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return ("number", value)
    return (type(value).__name__, value)


def expect_equal(actual, expected, what="value"):
    """Fails unless the values are equal, including the order of document keys."""
    if _canonical(actual, True) != _canonical(expected, True):
        raise CheckFailure("%s: expected %s but got %s" % (what, show(expected), show(actual)))


def expect_same(actual, expected, what="value"):
    """Fails unless the values are equal when document keys are compared regardless of order."""
    if _canonical(actual, False) != _canonical(expected, False):
        raise CheckFailure("%s: expected %s but got %s" % (what, show(expected), show(actual)))


def expect_same_members(actual, expected, what="items"):
    """Fails unless the lists hold the same items in any order."""
    key = lambda item: show(_canonical(item, False))  # noqa: E731
    if sorted(map(key, actual)) != sorted(map(key, expected)):
        raise CheckFailure("%s: expected (any order) %s but got %s" % (what, show(expected), show(actual)))


def expect_error(action, what="operation"):
    """Runs an action that must fail; returns the exception it raised."""
    try:
        action()
    except CheckFailure:
        raise
    except Exception as error:  # noqa: BLE001 - any error is the expected outcome here
        return error
    raise CheckFailure("%s: expected an error but it succeeded" % what)


def expect_code(error, code, code_name=None):
    if getattr(error, "code", None) != code:
        raise CheckFailure("expected error code %s but got %s" % (code, describe_error(error)))
    if code_name is not None:
        details = getattr(error, "details", None) or {}
        if details.get("codeName") != code_name:
            raise CheckFailure("expected codeName %s but got %s" % (code_name, describe_error(error)))


check = CheckList()


# ---------------------------------------------------------------------------------------------
# Connection and command monitoring

class CommandRecorder(monitoring.CommandListener):
    """Keeps every command event so checks can prove implicit getMore/killCursors."""

    def __init__(self):
        self.started_events = []
        self.succeeded_events = []

    def started(self, event):
        self.started_events.append(event)

    def succeeded(self, event):
        self.succeeded_events.append(event)

    def failed(self, event):
        pass

    def names_since(self, mark):
        return [event.command_name for event in self.started_events[mark:]]


URI = os.environ.get("MONGODB_URI")
DB_NAME = "compat_pymongo_%s_%s" % (format(int(time.time()), "x"), binascii.hexlify(os.urandom(3)).decode())
recorder = CommandRecorder()
client = None
db = None
_counter = [0]


def fresh(prefix):
    _counter[0] += 1
    return db["%s_%d" % (prefix, _counter[0])]


def seed_numbers(coll, count):
    docs = []
    for k in range(count):
        i = (k * 97) % count
        docs.append({"_id": "n%d" % i, "i": i, "parity": i % 2})
    coll.insert_many(docs)


# ---------------------------------------------------------------------------------------------
# Server identity

@check("isMaster/hello describe a writable MongoDB 7.0 standalone")
def _():
    hello = client.admin.command("hello")
    expect_equal(hello.get("isWritablePrimary"), True, "isWritablePrimary")
    expect_equal(hello.get("maxWireVersion"), 21, "maxWireVersion")
    expect_equal(hello.get("minWireVersion"), 0, "minWireVersion")
    expect_true("setName" not in hello, "a standalone has no setName, got %s" % show(hello.get("setName")))
    legacy = client.admin.command("isMaster")
    expect_equal(legacy.get("ismaster"), True, "legacy isMaster reports ismaster: true")
    expect_true("isWritablePrimary" not in legacy, "legacy isMaster does not report isWritablePrimary")
    info = client.server_info()
    expect_true(re.match(r"^7\.0\.\d+$", info.get("version", "")), "version should be 7.0.x, got %s" % show(info.get("version")))
    expect_equal(client.admin.command("ping"), {"ok": 1.0}, "ping")


# ---------------------------------------------------------------------------------------------
# CRUD

@check("insert_one and insert_many results; _id is stored first")
def _():
    coll = fresh("crud")
    result = coll.insert_one({"name": "apple", "qty": 5})
    expect_equal(result.acknowledged, True, "acknowledged")
    expect_true(isinstance(result.inserted_id, ObjectId), "inserted_id should be an ObjectId")
    expect_equal(list(coll.find_one({"_id": result.inserted_id}).keys()), ["_id", "name", "qty"], "field order")
    many = coll.insert_many([{"_id": 1}, {"_id": 2}, {"_id": 3}])
    expect_equal(many.inserted_ids, [1, 2, 3], "inserted_ids")
    raw = db.command("insert", coll.name, documents=[{"name": "pear", "_id": "pear-1"}])
    expect_equal(raw, {"n": 1, "ok": 1.0}, "raw insert reply")
    expect_equal(list(coll.find_one({"_id": "pear-1"}).keys()), ["_id", "name"], "field order when _id was sent last")


@check("find/find_one with filter, projection, sort; None when nothing matches")
def _():
    coll = fresh("crud")
    coll.insert_many([
        {"_id": 1, "name": "apple", "qty": 5, "color": "red"},
        {"_id": 2, "name": "banana", "qty": 12, "color": "yellow"},
        {"_id": 3, "name": "cherry", "qty": 40, "color": "red"},
    ])
    red = list(coll.find({"color": "red"}, {"_id": 0, "name": 1}).sort("qty", DESCENDING))
    expect_equal(red, [{"name": "cherry"}, {"name": "apple"}], "find")
    expect_equal(coll.find_one({"_id": 2}, {"color": 0}), {"_id": 2, "name": "banana", "qty": 12}, "find_one with exclusion")
    expect_equal(coll.find_one({"name": "kiwi"}), None, "find_one without a match")
    expect_equal([d["_id"] for d in coll.find({"qty": {"$in": [5, 40]}, "name": {"$regex": "^c"}})], [3], "$in with $regex")


@check("update_one/update_many/replace_one/delete_one/delete_many results")
def _():
    coll = fresh("crud")
    coll.insert_many([{"_id": 1, "g": "odd", "n": 1}, {"_id": 2, "g": "even", "n": 2}, {"_id": 3, "g": "odd", "n": 3}])
    r = coll.update_one({"_id": 1}, {"$set": {"n": 10}})
    expect_equal((r.matched_count, r.modified_count, r.upserted_id), (1, 1, None), "update_one (matched, modified, upserted_id)")
    r = coll.update_one({"_id": 1}, {"$set": {"n": 10}})
    expect_equal((r.matched_count, r.modified_count), (1, 0), "no-op update_one")
    r = coll.update_one({"_id": "u", "kind": "new"}, {"$set": {"n": 0}}, upsert=True)
    expect_equal((r.matched_count, r.modified_count, r.upserted_id), (0, 0, "u"), "upsert")
    expect_equal(coll.find_one({"_id": "u"}), {"_id": "u", "kind": "new", "n": 0}, "upserted document")
    r = coll.update_many({"g": "odd"}, {"$inc": {"n": 1}})
    expect_equal((r.matched_count, r.modified_count), (2, 2), "update_many")
    r = coll.replace_one({"_id": 2}, {"label": "two"})
    expect_equal((r.matched_count, r.modified_count), (1, 1), "replace_one")
    expect_equal(coll.find_one({"_id": 2}), {"_id": 2, "label": "two"}, "replaced document")
    expect_equal(coll.delete_one({"g": "odd"}).deleted_count, 1, "delete_one")
    expect_equal(coll.delete_many({}).deleted_count, 3, "delete_many")
    expect_equal(coll.delete_many({}).deleted_count, 0, "delete_many on an empty collection")


@check("find_one_and_update with ReturnDocument.AFTER and upsert")
def _():
    coll = fresh("fam")
    coll.insert_one({"_id": "a", "seq": 1})
    expect_equal(coll.find_one_and_update({"_id": "a"}, {"$inc": {"seq": 1}}), {"_id": "a", "seq": 1}, "default returns the document before")
    after = coll.find_one_and_update({"_id": "a"}, {"$inc": {"seq": 1}}, return_document=ReturnDocument.AFTER)
    expect_equal(after, {"_id": "a", "seq": 3}, "ReturnDocument.AFTER")
    upserted = coll.find_one_and_update({"_id": "b"}, {"$inc": {"seq": 5}}, upsert=True, return_document=ReturnDocument.AFTER)
    expect_equal(upserted, {"_id": "b", "seq": 5}, "upsert")
    expect_equal(coll.find_one_and_update({"_id": "zzz"}, {"$inc": {"seq": 1}}), None, "no match")
    coll.insert_many([{"_id": "p1", "p": 3, "done": False}, {"_id": "p2", "p": 9, "done": False}])
    top = coll.find_one_and_update({"done": False}, {"$set": {"done": True}}, sort=[("p", DESCENDING)],
                                   projection={"_id": 1}, return_document=ReturnDocument.AFTER)
    expect_equal(top, {"_id": "p2"}, "sort and projection")
    expect_equal(coll.find_one_and_delete({"_id": "p1"}), {"_id": "p1", "p": 3, "done": False}, "find_one_and_delete")
    replaced = coll.find_one_and_replace({"_id": "b"}, {"seq": 0}, return_document=ReturnDocument.AFTER)
    expect_equal(replaced, {"_id": "b", "seq": 0}, "find_one_and_replace")


@check("BSON types round-trip: Int64, Decimal128, datetime, ObjectId, nested documents")
def _():
    coll = fresh("types")
    oid = ObjectId()
    at = datetime.datetime(2024, 2, 29, 12, 34, 56, 789000)
    coll.insert_one({"_id": 1, "small": 7, "big": 2 ** 40, "long": Int64(5), "dec": Decimal128("19.99"), "at": at,
                     "oid": oid, "nested": {"a": [1, {"b": None}]}, "flag": True, "f": 1.5})
    doc = coll.find_one({"_id": 1})
    expect_equal(doc["big"], 2 ** 40, "int64 value")
    expect_true(isinstance(doc["long"], Int64), "Int64 stays Int64, got %r" % type(doc["long"]))
    expect_equal(str(doc["dec"]), "19.99", "Decimal128")
    expect_equal(doc["at"], at, "datetime with millisecond precision")
    expect_equal(doc["oid"], oid, "ObjectId")
    expect_equal(doc["nested"], {"a": [1, {"b": None}]}, "nested")
    expect_equal(doc["flag"], True, "bool")
    expect_equal(doc["f"], 1.5, "double")
    expect_equal(coll.count_documents({"small": {"$type": "int"}, "big": {"$type": "long"}, "f": {"$type": "double"}}), 1, "$type by BSON type name")


# ---------------------------------------------------------------------------------------------
# Cursors

@check("a cursor with batch_size 7 returns 250 documents in order through 35 implicit getMores")
def _():
    coll = fresh("cursor")
    seed_numbers(coll, 250)
    mark = len(recorder.started_events)
    seen = [doc["i"] for doc in coll.find().sort("i", ASCENDING).batch_size(7)]
    names = recorder.names_since(mark)
    expect_equal(len(seen), 250, "documents returned")
    expect_equal(seen, list(range(250)), "documents in sort order")
    expect_equal(names.count("find"), 1, "find commands")
    expect_equal(names.count("getMore"), 35, "getMore commands")
    expect_equal(names.count("killCursors"), 0, "killCursors after exhausting the cursor")
    get_mores = [e for e in recorder.started_events[mark:] if e.command_name == "getMore"]
    expect_equal(get_mores[0].command.get("batchSize"), 7, "getMore batchSize")


@check("skip and limit with a small batch size")
def _():
    coll = fresh("cursor")
    seed_numbers(coll, 250)
    window = [d["i"] for d in coll.find().sort("i", ASCENDING).skip(10).limit(15).batch_size(7)]
    expect_equal(window, list(range(10, 25)), "skip 10 limit 15")
    odd = [d["i"] for d in coll.find({"parity": 1}).sort("i", DESCENDING).skip(3).limit(4)]
    expect_equal(odd, [243, 241, 239, 237], "filtered, descending")
    expect_equal(list(coll.find().skip(300)), [], "skip beyond the end")


@check("closing a cursor early sends killCursors; getMore on it fails with CursorNotFound (43)")
def _():
    coll = fresh("cursor")
    seed_numbers(coll, 50)
    cursor = coll.find().sort("i", ASCENDING).batch_size(5)
    first = [next(cursor)["i"] for _ in range(6)]
    expect_equal(first, [0, 1, 2, 3, 4, 5], "first documents")
    cursor_id = cursor.cursor_id
    expect_true(cursor_id, "an open cursor has a non-zero id, got %r" % cursor_id)
    mark = len(recorder.started_events)
    cursor.close()
    kills = [e for e in recorder.started_events[mark:] if e.command_name == "killCursors"]
    expect_equal(len(kills), 1, "killCursors commands")
    replies = [e.reply for e in recorder.succeeded_events if e.request_id == kills[0].request_id]
    expect_equal(len(replies), 1, "killCursors replies")
    expect_equal([int(c) for c in replies[0].get("cursorsKilled", [])], [cursor_id], "cursorsKilled")
    error = expect_error(lambda: db.command("getMore", Int64(cursor_id), collection=coll.name), "getMore on a killed cursor")
    expect_code(error, 43, "CursorNotFound")


@check("aggregate with batchSize 4 iterates through getMore")
def _():
    coll = fresh("aggcursor")
    seed_numbers(coll, 30)
    mark = len(recorder.started_events)
    values = [d["i"] for d in coll.aggregate([{"$sort": {"i": 1}}, {"$project": {"_id": 0, "i": 1}}], batchSize=4)]
    expect_equal(values, list(range(30)), "values")
    expect_true(recorder.names_since(mark).count("getMore") >= 7, "expected getMores, saw %s" % recorder.names_since(mark))


# ---------------------------------------------------------------------------------------------
# Unique indexes

@check("a unique index rejects a duplicate with DuplicateKeyError carrying keyPattern/keyValue")
def _():
    coll = fresh("users")
    expect_equal(coll.create_index([("email", ASCENDING)], unique=True), "email_1", "index name")
    coll.insert_one({"email": "ann@example.com"})
    error = expect_error(lambda: coll.insert_one({"email": "ann@example.com"}), "duplicate insert")
    expect_true(isinstance(error, DuplicateKeyError), "expected DuplicateKeyError, got %s" % describe_error(error))
    expect_code(error, 11000)
    expect_equal(error.details.get("keyPattern"), {"email": 1}, "details.keyPattern")
    expect_equal(error.details.get("keyValue"), {"email": "ann@example.com"}, "details.keyValue")
    expect_equal(error.details.get("index"), 0, "details.index")
    expect_equal(error.details.get("errmsg"),
                 'E11000 duplicate key error collection: %s.%s index: email_1 dup key: { email: "ann@example.com" }' % (DB_NAME, coll.name),
                 "details.errmsg")
    expect_equal(coll.count_documents({}), 1, "documents after the failed insert")
    index_error = expect_error(lambda: fresh_with_duplicates().create_index("sku", unique=True), "unique index over duplicates")
    expect_true(isinstance(index_error, OperationFailure), "expected OperationFailure, got %s" % describe_error(index_error))
    expect_code(index_error, 11000, "DuplicateKey")


def fresh_with_duplicates():
    coll = fresh("dup")
    coll.insert_many([{"sku": "x"}, {"sku": "x"}])
    return coll


# ---------------------------------------------------------------------------------------------
# Update operators

@check("update operators $set/$unset/$inc/$min/$max/$rename/$mul and array operators")
def _():
    coll = fresh("ops")
    coll.insert_one({"_id": 1, "qty": 5, "low": 5, "high": 5, "old": "x", "gone": 1, "tags": ["a"], "set": ["x"],
                     "scores": [1, 8, 3, 9], "nums": [3]})
    coll.update_one({"_id": 1}, {"$set": {"dims.h": 2}, "$unset": {"gone": ""}, "$inc": {"qty": 3}})
    coll.update_one({"_id": 1}, {"$min": {"low": 2}, "$max": {"high": 10}, "$rename": {"old": "renamed"}, "$mul": {"qty": 2}})
    coll.update_one({"_id": 1}, {"$push": {"tags": {"$each": ["b", "c", "d"], "$slice": -3},
                                           "nums": {"$each": [5, 1], "$sort": 1}},
                                 "$addToSet": {"set": {"$each": ["x", "y"]}},
                                 "$pull": {"scores": {"$gte": 8}}})
    expect_same(coll.find_one({"_id": 1}), {"_id": 1, "qty": 16, "low": 2, "high": 10, "tags": ["b", "c", "d"], "set": ["x", "y"],
                                            "scores": [1, 3], "nums": [1, 3, 5], "dims": {"h": 2}, "renamed": "x"},
                "document after the updates")
    r = coll.update_one({"_id": 1}, {"$addToSet": {"set": "x"}})
    expect_equal(r.modified_count, 0, "$addToSet of an existing value")
    coll.update_one({"_id": 2}, {"$set": {"zeta": 1, "alpha": 1}}, upsert=True)
    expect_equal(list(coll.find_one({"_id": 2}).keys()), ["_id", "alpha", "zeta"], "new fields are added in lexicographic order")


@check("positional $, $[] and arrayFilters; invalid updates fail with server codes")
def _():
    coll = fresh("ops")
    coll.insert_one({"_id": 1, "items": [{"sku": "a", "qty": 1}, {"sku": "b", "qty": 2}],
                     "grades": [{"score": 50}, {"score": 70}, {"score": 90}], "name": "text"})
    coll.update_one({"_id": 1, "items.sku": "b"}, {"$set": {"items.$.qty": 20}})
    coll.update_one({"_id": 1}, {"$inc": {"items.$[].qty": 100}})
    coll.update_one({"_id": 1}, {"$set": {"grades.$[g].passed": True}}, array_filters=[{"g.score": {"$gte": 60}}])
    expect_equal(coll.find_one({"_id": 1}), {
        "_id": 1,
        "items": [{"sku": "a", "qty": 101}, {"sku": "b", "qty": 120}],
        "grades": [{"score": 50}, {"score": 70, "passed": True}, {"score": 90, "passed": True}],
        "name": "text",
    }, "document after positional updates")
    expect_code(expect_error(lambda: coll.update_one({"_id": 1}, {"$set": {"name": 1}, "$inc": {"name": 1}}), "conflict"), 40)
    expect_code(expect_error(lambda: coll.update_one({"_id": 1}, {"$inc": {"name": 1}}), "$inc on a string"), 14)
    expect_code(expect_error(lambda: coll.update_one({"_id": 1}, {"$set": {"_id": 2}}), "changing _id"), 66)


# ---------------------------------------------------------------------------------------------
# Aggregation

def shop():
    customers = db["shop_customers"]
    orders = db["shop_orders"]
    if orders.count_documents({}) == 0:
        customers.insert_many([{"_id": "ann", "city": "Oslo"}, {"_id": "bob", "city": "Rome"}])
        orders.insert_many([
            {"_id": 1, "cust": "ann", "amount": 10, "items": ["x", "y"]},
            {"_id": 2, "cust": "bob", "amount": 20, "items": ["y"]},
            {"_id": 3, "cust": "ann", "amount": 30, "items": []},
            {"_id": 4, "cust": "cy", "amount": 5, "items": ["z"]},
        ])
    return customers, orders


@check("aggregate $match/$group/$sort with $sum/$avg/$push")
def _():
    _, orders = shop()
    groups = list(orders.aggregate([
        {"$match": {"amount": {"$gte": 10}}},
        {"$sort": {"_id": 1}},
        {"$group": {"_id": "$cust", "total": {"$sum": "$amount"}, "avg": {"$avg": "$amount"}, "ids": {"$push": "$_id"}}},
        {"$sort": {"_id": 1}},
    ]))
    expect_equal(groups, [{"_id": "ann", "total": 40, "avg": 20.0, "ids": [1, 3]}, {"_id": "bob", "total": 20, "avg": 20.0, "ids": [2]}], "$group")
    expect_true(isinstance(groups[0]["total"], int) and isinstance(groups[0]["avg"], float), "$sum of ints is an int, $avg a double")


@check("aggregate $lookup (both forms), $facet, $unwind, $project")
def _():
    _, orders = shop()
    joined = list(orders.aggregate([
        {"$sort": {"_id": 1}},
        {"$lookup": {"from": "shop_customers", "localField": "cust", "foreignField": "_id", "as": "c"}},
        {"$project": {"_id": 1, "cities": "$c.city"}},
    ]))
    expect_equal(joined, [{"_id": 1, "cities": ["Oslo"]}, {"_id": 2, "cities": ["Rome"]}, {"_id": 3, "cities": ["Oslo"]}, {"_id": 4, "cities": []}], "equality $lookup")
    per_customer = list(db["shop_customers"].aggregate([
        {"$sort": {"_id": 1}},
        {"$lookup": {"from": "shop_orders", "let": {"c": "$_id"},
                     "pipeline": [{"$match": {"$expr": {"$eq": ["$cust", "$$c"]}}}, {"$sort": {"amount": 1}}, {"$project": {"_id": 0, "amount": 1}}],
                     "as": "orders"}},
    ]))
    expect_equal(per_customer, [
        {"_id": "ann", "city": "Oslo", "orders": [{"amount": 10}, {"amount": 30}]},
        {"_id": "bob", "city": "Rome", "orders": [{"amount": 20}]},
    ], "pipeline $lookup")
    facet = list(orders.aggregate([
        {"$facet": {"n": [{"$count": "n"}],
                    "items": [{"$unwind": "$items"}, {"$group": {"_id": "$items", "k": {"$sum": 1}}}, {"$sort": {"_id": 1}}]}},
    ]))
    expect_equal(facet, [{"n": [{"n": 4}], "items": [{"_id": "x", "k": 1}, {"_id": "y", "k": 2}, {"_id": "z", "k": 1}]}], "$facet")
    projected = list(orders.aggregate([{"$match": {"_id": 2}}, {"$project": {"_id": 0, "cust": 1, "doubled": {"$multiply": ["$amount", 2]}}}]))
    expect_same(projected, [{"cust": "bob", "doubled": 40}], "$project")


# ---------------------------------------------------------------------------------------------
# Indexes, counting, distinct

@check("create_index options and list_indexes shape")
def _():
    coll = fresh("idx")
    coll.insert_one({"_id": 1})
    expect_equal(coll.create_index("sku", unique=True), "sku_1", "unique")
    expect_equal(coll.create_index("nick", sparse=True), "nick_1", "sparse")
    expect_equal(coll.create_index([("score", DESCENDING)], partialFilterExpression={"score": {"$gt": 10}}), "score_-1", "partial")
    expect_equal(coll.create_index("at", expireAfterSeconds=60), "at_1", "TTL")
    expect_equal(coll.create_index([("a", ASCENDING), ("b", DESCENDING)], name="a_then_b"), "a_then_b", "custom name")
    indexes = list(coll.list_indexes())
    expect_equal(indexes[0], {"v": 2, "key": {"_id": 1}, "name": "_id_"}, "the _id index")
    by_name = dict((index["name"], index) for index in indexes)
    expect_same_members(list(by_name), ["_id_", "sku_1", "nick_1", "score_-1", "at_1", "a_then_b"], "index names")
    expect_same(by_name["sku_1"], {"v": 2, "key": {"sku": 1}, "name": "sku_1", "unique": True}, "unique spec")
    expect_same(by_name["nick_1"], {"v": 2, "key": {"nick": 1}, "name": "nick_1", "sparse": True}, "sparse spec")
    expect_same(by_name["score_-1"], {"v": 2, "key": {"score": -1}, "name": "score_-1", "partialFilterExpression": {"score": {"$gt": 10}}}, "partial spec")
    expect_same(by_name["at_1"], {"v": 2, "key": {"at": 1}, "name": "at_1", "expireAfterSeconds": 60}, "TTL spec")
    expect_equal(by_name["a_then_b"]["key"], {"a": 1, "b": -1}, "compound key order")
    expect_true(all("ns" not in index for index in indexes), "listIndexes has no ns field since 4.4")
    info = coll.index_information()
    expect_equal(info["sku_1"]["key"], [("sku", 1)], "index_information key")
    expect_equal(info["sku_1"].get("unique"), True, "index_information unique")
    coll.drop_index("nick_1")
    expect_true("nick_1" not in coll.index_information(), "dropped index is gone")
    expect_code(expect_error(lambda: coll.drop_index("nick_1"), "dropping a missing index"), 27, "IndexNotFound")


@check("count_documents with filter/skip/limit, estimated_document_count, distinct")
def _():
    coll = fresh("count")
    seed_numbers(coll, 40)
    expect_equal(coll.count_documents({}), 40, "count_documents")
    expect_equal(coll.count_documents({"parity": 0}), 20, "with filter")
    expect_equal(coll.count_documents({"parity": 0}, skip=5, limit=10), 10, "with skip and limit")
    expect_equal(coll.count_documents({"i": {"$gte": 30}}, skip=8), 2, "with skip near the end")
    expect_equal(coll.estimated_document_count(), 40, "estimated_document_count")
    expect_equal(db["never_created"].estimated_document_count(), 0, "estimated_document_count of a missing collection")
    expect_same_members(coll.distinct("parity"), [0, 1], "distinct")
    expect_same_members(coll.distinct("i", {"i": {"$lt": 3}}), [0, 1, 2], "distinct with filter")
    tagged = fresh("count")
    tagged.insert_many([{"tags": ["a", "b"]}, {"tags": ["b", "c"]}, {"tags": []}])
    expect_same_members(tagged.distinct("tags"), ["a", "b", "c"], "distinct flattens arrays")


# ---------------------------------------------------------------------------------------------
# Bulk writes

DUPLICATE_IN_THE_MIDDLE = [InsertOne({"_id": 1}), InsertOne({"_id": 2}), InsertOne({"_id": 1}), InsertOne({"_id": 3})]


@check("ordered bulk_write stops at the duplicate and reports its index")
def _():
    coll = fresh("bulk")
    error = expect_error(lambda: coll.bulk_write(DUPLICATE_IN_THE_MIDDLE, ordered=True), "ordered bulk_write")
    expect_true(isinstance(error, BulkWriteError), "expected BulkWriteError, got %s" % describe_error(error))
    details = error.details
    expect_equal(details["nInserted"], 2, "nInserted")
    expect_equal([(e["index"], e["code"]) for e in details["writeErrors"]], [(2, 11000)], "writeErrors (index, code)")
    expect_equal(details["writeErrors"][0].get("keyValue"), {"_id": 1}, "keyValue")
    expect_equal([d["_id"] for d in coll.find().sort("_id", ASCENDING)], [1, 2], "documents stored")


@check("unordered bulk_write continues past the duplicate and reports its index")
def _():
    coll = fresh("bulk")
    error = expect_error(lambda: coll.bulk_write(DUPLICATE_IN_THE_MIDDLE, ordered=False), "unordered bulk_write")
    expect_true(isinstance(error, BulkWriteError), "expected BulkWriteError, got %s" % describe_error(error))
    expect_equal(error.details["nInserted"], 3, "nInserted")
    expect_equal([(e["index"], e["code"]) for e in error.details["writeErrors"]], [(2, 11000)], "writeErrors (index, code)")
    expect_equal([d["_id"] for d in coll.find().sort("_id", ASCENDING)], [1, 2, 3], "documents stored")
    many = fresh("bulk")
    many_error = expect_error(lambda: many.insert_many([{"_id": "a"}, {"_id": "a"}, {"_id": "b"}, {"_id": "a"}], ordered=False), "unordered insert_many")
    expect_equal(many_error.details["nInserted"], 2, "insert_many nInserted")
    expect_equal([e["index"] for e in many_error.details["writeErrors"]], [1, 3], "insert_many write error indexes")


@check("mixed bulk_write reports every count and upserted id")
def _():
    coll = fresh("bulk")
    coll.insert_many([{"_id": 1, "n": 1}, {"_id": 2, "n": 2}, {"_id": 3, "n": 3}, {"_id": 4, "n": 4}])
    result = coll.bulk_write([
        InsertOne({"_id": 5, "n": 5}),
        UpdateOne({"_id": 1}, {"$set": {"n": 10}}),
        UpdateMany({"n": {"$gte": 3, "$lt": 10}}, {"$inc": {"n": 100}}),
        ReplaceOne({"_id": 2}, {"n": 20}),
        DeleteOne({"_id": 3}),
        DeleteMany({"n": {"$gt": 1000}}),
        UpdateOne({"_id": 6}, {"$set": {"n": 6}}, upsert=True),
    ])
    expect_equal((result.inserted_count, result.matched_count, result.modified_count, result.deleted_count, result.upserted_count),
                 (1, 5, 5, 1, 1), "(inserted, matched, modified, deleted, upserted)")
    expect_equal(result.upserted_ids, {6: 6}, "upserted_ids by operation index")
    expect_equal(list(coll.find().sort("_id", ASCENDING)),
                 [{"_id": 1, "n": 10}, {"_id": 2, "n": 20}, {"_id": 4, "n": 104}, {"_id": 5, "n": 105}, {"_id": 6, "n": 6}],
                 "documents after the bulk write")


# ---------------------------------------------------------------------------------------------
# Schema validation and collections

@check("a $jsonSchema validator rejects an invalid insert with WriteError code 121")
def _():
    people = db.create_collection("people", validator={"$jsonSchema": {
        "bsonType": "object",
        "required": ["name", "age"],
        "properties": {"name": {"bsonType": "string"}, "age": {"bsonType": "int", "minimum": 0}},
    }})
    people.insert_one({"_id": 1, "name": "Ann", "age": 31})
    error = expect_error(lambda: people.insert_one({"_id": 2, "name": "Bob"}), "insert without age")
    expect_true(isinstance(error, WriteError) and not isinstance(error, DuplicateKeyError), "expected WriteError, got %s" % describe_error(error))
    expect_code(error, 121)
    expect_equal(error.details.get("errmsg"), "Document failed validation", "errmsg")
    err_info = error.details.get("errInfo") or {}
    expect_equal(err_info.get("failingDocumentId"), 2, "errInfo.failingDocumentId")
    expect_equal(err_info.get("details", {}).get("operatorName"), "$jsonSchema", "errInfo.details.operatorName")
    rules = err_info.get("details", {}).get("schemaRulesNotSatisfied", [])
    expect_equal([(r.get("operatorName"), r.get("missingProperties")) for r in rules], [("required", ["age"])], "schemaRulesNotSatisfied")
    expect_code(expect_error(lambda: people.update_one({"_id": 1}, {"$set": {"age": -1}}), "update breaking the schema"), 121)
    people.insert_one({"_id": 3, "name": "Dee"}, bypass_document_validation=True)
    expect_equal(people.count_documents({}), 2, "documents stored")
    infos = list(db.list_collections(filter={"name": "people"}))
    expect_true(len(infos) == 1 and "validator" in infos[0].get("options", {}), "listCollections shows the validator: %s" % show(infos))


@check("list_collection_names, rename, drop")
def _():
    coll = fresh("coll")
    coll.insert_one({"_id": 1})
    expect_true(coll.name in db.list_collection_names(), "list_collection_names lists the collection")
    renamed = coll.name + "_r"
    coll.rename(renamed)
    expect_equal(db[renamed].find_one(), {"_id": 1}, "document after rename")
    db.drop_collection(renamed)
    expect_true(renamed not in db.list_collection_names(), "dropped collection is gone")


# ---------------------------------------------------------------------------------------------
# Run

def connect():
    global client, db
    client = MongoClient(URI, serverSelectionTimeoutMS=10000, socketTimeoutMS=60000, appname="mongopatterns-compat-pymongo",
                         event_listeners=[recorder])
    client.admin.command("ping")
    db = client.get_database(DB_NAME, codec_options=CodecOptions())
    return client


def main():
    return run(CLIENT, "mongodb://127.0.0.1:27017/", check, connect, DB_NAME)


if __name__ == "__main__":
    sys.exit(main())
