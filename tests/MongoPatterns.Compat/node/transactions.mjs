// Transaction checks with the official MongoDB Node.js driver against a replica set member (`--replSet rs0`).
//
// Usage: MONGODB_URI='mongodb://127.0.0.1:27017/?replicaSet=rs0' node node/transactions.mjs
// Every expectation is what a single-member MongoDB 7.0 replica set returns.
import { MongoClient } from 'mongodb';
import { CheckSuite, expectCode, expectEqual, expectError, expectTrue, serverUri, show, uniqueDatabaseName } from './harness.mjs';

const CLIENT = 'node-transactions';
const uri = serverUri(CLIENT);
const dbName = uniqueDatabaseName('txn');
const client = new MongoClient(uri, { serverSelectionTimeoutMS: 10_000, appName: 'mongopatterns-compat-transactions' });
const db = client.db(dbName);
const suite = new CheckSuite(CLIENT);

let collectionCounter = 0;
function freshCollection(prefix) {
  collectionCounter++;
  return db.collection(`${prefix}_${collectionCounter}`);
}

suite.check('hello reports the primary of replica set rs0', async () => {
  const hello = await db.admin().command({ hello: 1 });
  expectEqual(hello.setName, 'rs0', 'setName');
  expectEqual(hello.isWritablePrimary, true, 'isWritablePrimary');
  expectTrue(Array.isArray(hello.hosts) && hello.hosts.includes(hello.me), `hosts should include me: ${show(hello)}`);
  expectTrue(hello.logicalSessionTimeoutMinutes > 0, 'logicalSessionTimeoutMinutes');
});

suite.check('withTransaction commits: writes visible together after the commit, invisible before', async () => {
  const accounts = freshCollection('accounts');
  const transfers = freshCollection('transfers');
  await accounts.insertMany([{ _id: 'alice', balance: 100 }, { _id: 'bob', balance: 0 }]);
  const session = client.startSession();
  try {
    await session.withTransaction(async () => {
      await accounts.updateOne({ _id: 'alice' }, { $inc: { balance: -30 } }, { session });
      await accounts.updateOne({ _id: 'bob' }, { $inc: { balance: 30 } }, { session });
      await transfers.insertOne({ from: 'alice', to: 'bob', amount: 30 }, { session });
      const inside = await accounts.findOne({ _id: 'bob' }, { session });
      expectEqual(inside.balance, 30, 'balance read inside the transaction');
      const outside = await accounts.findOne({ _id: 'bob' });
      expectEqual(outside.balance, 0, 'balance read outside the transaction before the commit');
      expectEqual(await transfers.countDocuments({}), 0, 'transfers outside before the commit');
    });
  } finally {
    await session.endSession();
  }
  expectEqual(await accounts.find({}, { sort: { _id: 1 } }).toArray(), [{ _id: 'alice', balance: 70 }, { _id: 'bob', balance: 30 }], 'balances');
  expectEqual(await transfers.countDocuments({}), 1, 'transfers logged');
});

suite.check('an error thrown by the callback aborts: nothing is written', async () => {
  const accounts = freshCollection('accounts');
  await accounts.insertOne({ _id: 'alice', balance: 10 });
  const session = client.startSession();
  let attempts = 0;
  try {
    const error = await expectError(() => session.withTransaction(async () => {
      attempts++;
      await accounts.updateOne({ _id: 'alice' }, { $inc: { balance: -50 } }, { session });
      throw new Error('insufficient funds');
    }), 'withTransaction with a failing callback');
    expectEqual(error.message, 'insufficient funds', 'the callback error is rethrown');
  } finally {
    await session.endSession();
  }
  expectEqual(attempts, 1, 'user errors are not retried');
  expectEqual(await accounts.findOne({ _id: 'alice' }), { _id: 'alice', balance: 10 }, 'document after the abort');
});

suite.check('startTransaction/abortTransaction leaves no trace', async () => {
  const coll = freshCollection('abort');
  const session = client.startSession();
  try {
    session.startTransaction({ readConcern: { level: 'snapshot' }, writeConcern: { w: 'majority' } });
    await coll.insertOne({ _id: 1 }, { session });
    expectEqual(await coll.countDocuments({}, { session }), 1, 'count inside the transaction');
    await session.abortTransaction();
  } finally {
    await session.endSession();
  }
  expectEqual(await coll.countDocuments({}), 0, 'count after the abort');
});

suite.check('a write conflict with another transaction is retried by withTransaction', async () => {
  const counters = freshCollection('counters');
  await counters.insertOne({ _id: 'c', n: 0 });
  const first = client.startSession();
  const second = client.startSession();
  let attempts = 0;
  let conflictCode;
  try {
    await first.withTransaction(async () => {
      attempts++;
      if (attempts === 1) {
        second.startTransaction();
        await counters.updateOne({ _id: 'c' }, { $inc: { n: 10 } }, { session: second });
        try {
          await counters.updateOne({ _id: 'c' }, { $inc: { n: 1 } }, { session: first });
        } catch (error) {
          conflictCode = error.code;
          expectTrue(error.hasErrorLabel('TransientTransactionError'), `the conflict should be labelled TransientTransactionError: ${show(error.errorLabels)}`);
          throw error;
        }
      } else {
        if (second.inTransaction()) {
          await second.commitTransaction();
        }
        await counters.updateOne({ _id: 'c' }, { $inc: { n: 1 } }, { session: first });
      }
    });
  } finally {
    await first.endSession();
    await second.endSession();
  }
  expectEqual(conflictCode, 112, 'WriteConflict code');
  expectEqual(attempts, 2, 'attempts');
  expectEqual(await counters.findOne({ _id: 'c' }), { _id: 'c', n: 11 }, 'counter after both commits');
});

suite.check('committing an empty transaction and committing twice succeed', async () => {
  const coll = freshCollection('twice');
  const session = client.startSession();
  try {
    session.startTransaction();
    await session.commitTransaction();
    session.startTransaction();
    await coll.insertOne({ _id: 1 }, { session });
    await session.commitTransaction();
    await session.commitTransaction();
  } finally {
    await session.endSession();
  }
  expectEqual(await coll.countDocuments({}), 1, 'documents');
});

suite.check('a duplicate key inside a transaction fails it and nothing is committed', async () => {
  const coll = freshCollection('dup');
  await coll.insertOne({ _id: 1 });
  const session = client.startSession();
  try {
    session.startTransaction();
    await coll.insertOne({ _id: 2 }, { session });
    const duplicate = await expectError(() => coll.insertOne({ _id: 1 }, { session }), 'duplicate insert');
    expectCode(duplicate, 11000);
    const commit = await expectError(() => session.commitTransaction(), 'commit after the failed insert');
    expectCode(commit, 251, 'NoSuchTransaction');
  } finally {
    await session.endSession();
  }
  expectEqual(await coll.countDocuments({}), 1, 'documents');
});

await suite.runAndExit({
  setup: async () => {
    await client.connect();
  },
  teardown: async ({ ready }) => {
    try {
      if (ready) {
        await client.db(dbName).dropDatabase();
      }
    } finally {
      await client.close();
    }
  },
});
