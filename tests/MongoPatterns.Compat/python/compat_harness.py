"""The check harness shared by the pymongo suites: named checks, expectation failures, and the run that connects,
runs every check, drops the suite's database and prints one `<client>: N passed, N failed` line."""

import os
import sys


class CheckFailure(Exception):
    """Raised by the expectation helpers; its message is the failure reason printed for a check."""


def expect_true(condition, message):
    if not condition:
        raise CheckFailure(message)


def describe_error(error):
    if error is None:
        return "None"
    code = getattr(error, "code", None)
    details = getattr(error, "details", None) or {}
    code_name = details.get("codeName") if isinstance(details, dict) else None
    parts = [type(error).__name__]
    if code is not None:
        parts.append("code %s" % code)
    if code_name:
        parts.append(code_name)
    # OperationFailure's text ends with ", full error: {...}"; the server's errmsg alone reads better.
    message = details.get("errmsg") if isinstance(details, dict) and details.get("errmsg") else str(error)
    return "%s: %s" % (" ".join(parts), " ".join(str(message).split()))


class CheckList:
    """The checks of a suite, in order; used as a decorator: `@check("what it proves")`."""

    def __init__(self):
        self.items = []

    def __call__(self, name):
        def register(action):
            self.items.append((name, action))
            return action
        return register


def run(client_name, uri_example, checks, connect, database_name):
    """Connects (`connect()` returns the client), runs the checks, drops the database; returns the exit code."""
    passed = 0
    failed = 0

    def fail(name, error):
        reason = str(error) if isinstance(error, CheckFailure) else describe_error(error)
        print("FAIL %s: %s" % (name, " ".join(reason.split())))

    if not os.environ.get("MONGODB_URI"):
        fail("setup", CheckFailure("MONGODB_URI is not set (e.g. MONGODB_URI=%s)" % uri_example))
        print("%s: 0 passed, 1 failed" % client_name)
        return 1

    client = None
    try:
        client = connect()
    except Exception as error:  # noqa: BLE001 - any setup error fails the run with its reason
        failed += 1
        fail("setup", error)

    if client is not None:
        for name, action in checks.items:
            try:
                action()
                passed += 1
                if os.environ.get("COMPAT_VERBOSE"):
                    print("ok   %s" % name)
            except Exception as error:  # noqa: BLE001 - a check fails on any error, with its reason
                failed += 1
                fail(name, error)
        try:
            client.drop_database(database_name)
        except Exception as error:  # noqa: BLE001
            failed += 1
            fail("teardown", error)
        client.close()

    print("%s: %d passed, %d failed" % (client_name, passed, failed))
    sys.stdout.flush()
    return 0 if failed == 0 else 1
