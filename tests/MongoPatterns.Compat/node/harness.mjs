// A tiny check harness shared by the Node.js suites (no test framework on purpose).
//
// A suite registers named checks, runs them one after another and prints one line per failed check
// ("FAIL <name>: <reason>") and a final line "<client>: N passed, M failed". The process exit code is 0
// only when no check failed. Values are compared through Extended JSON so BSON types (ObjectId, Long,
// Decimal128, Date, ...) compare by value and show readably in failure messages.
import { randomBytes } from 'node:crypto';
import { BSON } from 'mongodb';

const CHECK_TIMEOUT_MS = 30_000;

/** Raised by the expectation helpers; its message is the failure reason printed for a check. */
export class CheckFailure extends Error {
  get name() {
    return 'CheckFailure';
  }
}

/** A database name that no other run uses: compat_<client>_<time>_<random>. */
export function uniqueDatabaseName(client) {
  return `compat_${client}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
}

/** The server URI from MONGODB_URI; exits with a clear message when it is missing. */
export function serverUri(client) {
  const uri = process.env.MONGODB_URI;
  if (!uri) {
    console.log(`FAIL setup: MONGODB_URI is not set (e.g. MONGODB_URI=mongodb://127.0.0.1:27017/)`);
    console.log(`${client}: 0 passed, 1 failed`);
    process.exit(1);
  }
  return uri;
}

/** Extended JSON text of a value, keeping key order (relaxed: numbers stay plain). */
export function show(value) {
  if (value === undefined) {
    return 'undefined';
  }
  try {
    return BSON.EJSON.stringify(value, { relaxed: true });
  } catch {
    return String(value);
  }
}

/** Extended JSON text with object keys sorted recursively, for comparisons where key order does not matter. */
function showUnordered(value) {
  if (value === undefined) {
    return 'undefined';
  }
  const plain = BSON.EJSON.serialize(value, { relaxed: true });
  return JSON.stringify(sortKeys(plain));
}

function sortKeys(value) {
  if (Array.isArray(value)) {
    return value.map(sortKeys);
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys(value[key])]));
  }
  return value;
}

/** Fails unless actual and expected are equal, including the order of document keys and array items. */
export function expectEqual(actual, expected, what = 'value') {
  const a = show(actual);
  const e = show(expected);
  if (a !== e) {
    throw new CheckFailure(`${what}: expected ${e} but got ${a}`);
  }
}

/** Fails unless actual and expected are equal when document keys are compared regardless of order. */
export function expectSame(actual, expected, what = 'value') {
  if (showUnordered(actual) !== showUnordered(expected)) {
    throw new CheckFailure(`${what}: expected ${show(expected)} but got ${show(actual)}`);
  }
}

/** Fails unless the condition holds. */
export function expectTrue(condition, message) {
  if (!condition) {
    throw new CheckFailure(message);
  }
}

/** Fails unless the array holds the same items in any order (items compared regardless of key order). */
export function expectSameMembers(actual, expected, what = 'items') {
  expectTrue(Array.isArray(actual), `${what}: expected an array but got ${show(actual)}`);
  const a = actual.map(showUnordered).sort();
  const e = expected.map(showUnordered).sort();
  if (a.join('\n') !== e.join('\n')) {
    throw new CheckFailure(`${what}: expected (any order) ${show(expected)} but got ${show(actual)}`);
  }
}

/** Runs an action that must fail; returns the error it threw. */
export async function expectError(action, what = 'operation') {
  try {
    await action();
  } catch (error) {
    if (error instanceof CheckFailure) {
      throw error;
    }
    return error;
  }
  throw new CheckFailure(`${what}: expected an error but it succeeded`);
}

/** Fails unless the error carries the server error code (and code name, when given). */
export function expectCode(error, code, codeName = undefined) {
  if (error?.code !== code) {
    throw new CheckFailure(`expected error code ${code}${codeName ? ` (${codeName})` : ''} but got ${describeError(error)}`);
  }
  if (codeName !== undefined && error.codeName !== codeName) {
    throw new CheckFailure(`expected codeName ${codeName} but got ${show(error.codeName)} (${describeError(error)})`);
  }
}

/** One line describing an error: its class, code, code name and message. */
export function describeError(error) {
  if (error === null || error === undefined) {
    return String(error);
  }
  const parts = [error.name ?? 'Error'];
  if (error.code !== undefined) {
    parts.push(`code ${error.code}`);
  }
  if (error.codeName !== undefined) {
    parts.push(error.codeName);
  }
  return `${parts.join(' ')}: ${oneLine(error.message ?? String(error))}`;
}

function oneLine(text) {
  return String(text).replace(/\s+/g, ' ').trim();
}

function withTimeout(promise, ms, name) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new CheckFailure(`timed out after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Collects named checks and runs them in order. */
export class CheckSuite {
  #client;
  #checks = [];

  constructor(client) {
    this.#client = client;
  }

  /** Registers a check: an async function that throws to fail. */
  check(name, action) {
    this.#checks.push({ name, action });
  }

  /**
   * Runs setup (a failure there fails the run as the check "setup"), then every check, then teardown
   * (a failure there counts as the failed check "teardown"), prints the summary and exits the process.
   * Teardown receives { ready }: false when setup failed, so it can skip cleanup that needs the server.
   */
  async runAndExit({ setup = async () => {}, teardown = async () => {} } = {}) {
    let passed = 0;
    let failed = 0;
    const fail = (name, error) => {
      failed++;
      const reason = error instanceof CheckFailure ? error.message : describeError(error);
      console.log(`FAIL ${name}: ${oneLine(reason)}`);
    };

    let ready = false;
    try {
      await withTimeout(setup(), CHECK_TIMEOUT_MS, 'setup');
      ready = true;
    } catch (error) {
      fail('setup', error);
    }

    if (ready) {
      for (const { name, action } of this.#checks) {
        try {
          await withTimeout(Promise.resolve().then(action), CHECK_TIMEOUT_MS, name);
          passed++;
          if (process.env.COMPAT_VERBOSE) {
            console.log(`ok   ${name}`);
          }
        } catch (error) {
          fail(name, error);
        }
      }
    }

    try {
      await withTimeout(Promise.resolve().then(() => teardown({ ready })), CHECK_TIMEOUT_MS, 'teardown');
    } catch (error) {
      fail('teardown', error);
    }

    console.log(`${this.#client}: ${passed} passed, ${failed} failed`);
    process.exit(failed === 0 ? 0 : 1);
  }
}
