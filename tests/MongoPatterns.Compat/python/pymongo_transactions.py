"""Transaction checks with pymongo 3.11 (Debian's python3-pymongo) against a replica set member (`--replSet rs0`).

Usage: MONGODB_URI='mongodb://127.0.0.1:27017/?replicaSet=rs0' /usr/bin/python3 python/pymongo_transactions.py

Every expectation is what a single-member MongoDB 7.0 replica set returns.
"""

import binascii
import os
import sys
import time

try:
    from pymongo import MongoClient
    from pymongo.errors import OperationFailure
    from pymongo.read_concern import ReadConcern
    from pymongo.write_concern import WriteConcern
    from compat_harness import CheckFailure, CheckList, expect_true, run
except ImportError as missing:  # pragma: no cover - reported as a failed setup
    print("FAIL setup: pymongo is not importable (%s); install it with: apt-get install python3-pymongo" % missing)
    print("pymongo-transactions: 0 passed, 1 failed")
    sys.exit(1)

CLIENT = "pymongo-transactions"
URI = os.environ.get("MONGODB_URI")
DB_NAME = "compat_txn_py_%s_%s" % (format(int(time.time()), "x"), binascii.hexlify(os.urandom(3)).decode())
client = None
db = None
_counter = [0]


def expect_equal(actual, expected, what="value"):
    if actual != expected:
        raise CheckFailure("%s: expected %r, got %r" % (what, expected, actual))


check = CheckList()


def fresh(prefix):
    _counter[0] += 1
    return db["%s_%d" % (prefix, _counter[0])]


class InsufficientFunds(Exception):
    pass


@check("isMaster reports the primary of replica set rs0")
def _():
    hello = client.admin.command("isMaster")
    expect_equal(hello.get("setName"), "rs0", "setName")
    expect_equal(hello.get("ismaster"), True, "ismaster")
    expect_true(hello.get("me") in hello.get("hosts", []), "hosts should include me: %r" % hello)


@check("with_transaction commits: writes visible together after the commit, invisible before")
def _():
    accounts = fresh("accounts")
    transfers = fresh("transfers")
    accounts.insert_many([{"_id": "alice", "balance": 100}, {"_id": "bob", "balance": 0}])

    def transfer(session):
        accounts.update_one({"_id": "alice"}, {"$inc": {"balance": -30}}, session=session)
        accounts.update_one({"_id": "bob"}, {"$inc": {"balance": 30}}, session=session)
        transfers.insert_one({"from": "alice", "to": "bob", "amount": 30}, session=session)
        expect_equal(accounts.find_one({"_id": "bob"}, session=session)["balance"], 30, "balance inside the transaction")
        expect_equal(accounts.find_one({"_id": "bob"})["balance"], 0, "balance outside before the commit")

    with client.start_session() as session:
        session.with_transaction(transfer)

    expect_equal(list(accounts.find({}, sort=[("_id", 1)])), [{"_id": "alice", "balance": 70}, {"_id": "bob", "balance": 30}], "balances")
    expect_equal(transfers.count_documents({}), 1, "transfers logged")


@check("an exception raised by the callback aborts: nothing is written, no retry")
def _():
    accounts = fresh("accounts")
    accounts.insert_one({"_id": "alice", "balance": 10})
    attempts = [0]

    def transfer(session):
        attempts[0] += 1
        accounts.update_one({"_id": "alice"}, {"$inc": {"balance": -50}}, session=session)
        raise InsufficientFunds("insufficient funds")

    raised = False
    with client.start_session() as session:
        try:
            session.with_transaction(transfer)
        except InsufficientFunds:
            raised = True
    expect_true(raised, "the callback's exception should propagate")
    expect_equal(attempts[0], 1, "attempts")
    expect_equal(accounts.find_one({"_id": "alice"}), {"_id": "alice", "balance": 10}, "document after the abort")


@check("start_transaction/abort_transaction leaves no trace")
def _():
    coll = fresh("abort")
    with client.start_session() as session:
        session.start_transaction(read_concern=ReadConcern("snapshot"), write_concern=WriteConcern("majority"))
        coll.insert_one({"_id": 1}, session=session)
        expect_equal(coll.count_documents({}, session=session), 1, "count inside the transaction")
        session.abort_transaction()
    expect_equal(coll.count_documents({}), 0, "count after the abort")


@check("a write conflict with another transaction is retried by with_transaction")
def _():
    counters = fresh("counters")
    counters.insert_one({"_id": "c", "n": 0})
    attempts = [0]
    codes = []
    second = client.start_session()

    def increment(session):
        attempts[0] += 1
        if attempts[0] == 1:
            second.start_transaction()
            counters.update_one({"_id": "c"}, {"$inc": {"n": 10}}, session=second)
            try:
                counters.update_one({"_id": "c"}, {"$inc": {"n": 1}}, session=session)
            except OperationFailure as error:
                codes.append(error.code)
                expect_true(error.has_error_label("TransientTransactionError"), "the conflict should be labelled TransientTransactionError")
                raise
        else:
            if second.in_transaction:
                second.commit_transaction()
            counters.update_one({"_id": "c"}, {"$inc": {"n": 1}}, session=session)

    try:
        with client.start_session() as first:
            first.with_transaction(increment)
    finally:
        second.end_session()
    expect_equal(codes, [112], "WriteConflict codes")
    expect_equal(attempts[0], 2, "attempts")
    expect_equal(counters.find_one({"_id": "c"}), {"_id": "c", "n": 11}, "counter after both commits")


@check("committing twice succeeds")
def _():
    coll = fresh("twice")
    with client.start_session() as session:
        session.start_transaction()
        coll.insert_one({"_id": 1}, session=session)
        session.commit_transaction()
        session.commit_transaction()
    expect_equal(coll.count_documents({}), 1, "documents")


def connect():
    global client, db
    client = MongoClient(URI, serverSelectionTimeoutMS=10000, socketTimeoutMS=60000, appname="mongopatterns-compat-pymongo-txn")
    client.admin.command("ping")
    db = client[DB_NAME]
    return client


def main():
    return run(CLIENT, "'mongodb://127.0.0.1:27017/?replicaSet=rs0'", check, connect, DB_NAME)


if __name__ == "__main__":
    sys.exit(main())
