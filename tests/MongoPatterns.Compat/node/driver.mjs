// Compatibility checks with the official MongoDB Node.js driver (package `mongodb` 7.x).
//
// Usage: MONGODB_URI=mongodb://127.0.0.1:27017/ node node/driver.mjs
// Every expectation is what a MongoDB 7.0 standalone returns.
import { MongoClient, MongoServerError, MongoBulkWriteError, ObjectId } from 'mongodb';
import {
  CheckSuite,
  describeError,
  expectCode,
  expectEqual,
  expectError,
  expectSame,
  expectSameMembers,
  expectTrue,
  serverUri,
  show,
  uniqueDatabaseName,
} from './harness.mjs';

const CLIENT = 'driver';
const uri = serverUri(CLIENT);
const dbName = uniqueDatabaseName(CLIENT);
const client = new MongoClient(uri, {
  monitorCommands: true,
  serverSelectionTimeoutMS: 10_000,
  appName: 'mongopatterns-compat-driver',
});

// Command monitoring: what the driver actually sent, so checks can prove implicit getMore/killCursors.
const started = [];
const succeeded = [];
client.on('commandStarted', (event) => started.push(event));
client.on('commandSucceeded', (event) => succeeded.push(event));

/** Runs an action and returns the commands the driver started while it ran. */
async function commandsDuring(action) {
  const from = started.length;
  await action();
  return started.slice(from);
}

const db = client.db(dbName);
const suite = new CheckSuite(CLIENT);

/** A fresh collection for one check (dropped with the database at the end). */
let collectionCounter = 0;
function freshCollection(prefix) {
  collectionCounter++;
  return db.collection(`${prefix}_${collectionCounter}`);
}

// ---------------------------------------------------------------------------------------------
// Handshake and server identity

suite.check('hello reports a writable MongoDB 7.0 standalone', async () => {
  const hello = await db.admin().command({ hello: 1 });
  expectEqual(hello.ok, 1, 'ok');
  expectEqual(hello.isWritablePrimary, true, 'isWritablePrimary');
  expectEqual(hello.maxWireVersion, 21, 'maxWireVersion');
  expectEqual(hello.minWireVersion, 0, 'minWireVersion');
  expectEqual(hello.maxBsonObjectSize, 16 * 1024 * 1024, 'maxBsonObjectSize');
  expectEqual(hello.maxMessageSizeBytes, 48_000_000, 'maxMessageSizeBytes');
  expectEqual(hello.maxWriteBatchSize, 100_000, 'maxWriteBatchSize');
  expectEqual(hello.logicalSessionTimeoutMinutes, 30, 'logicalSessionTimeoutMinutes');
  expectEqual(hello.readOnly, false, 'readOnly');
  expectTrue(hello.localTime instanceof Date, `localTime should be a date, got ${show(hello.localTime)}`);
  expectTrue(Number.isInteger(hello.connectionId), `connectionId should be an integer, got ${show(hello.connectionId)}`);
  expectTrue(hello.setName === undefined, `a standalone has no setName, got ${show(hello.setName)}`);
  expectTrue(hello.msg === undefined, `only mongos reports msg: isdbgrid, got ${show(hello.msg)}`);
});

suite.check('buildInfo reports version 7.0.x', async () => {
  const info = await db.admin().command({ buildInfo: 1 });
  expectTrue(/^7\.0\.\d+$/.test(info.version), `version should be 7.0.x, got ${show(info.version)}`);
  expectEqual(info.versionArray.slice(0, 2), [7, 0], 'versionArray[0..1]');
  expectEqual(info.versionArray.length, 4, 'versionArray length');
  expectEqual(info.ok, 1, 'ok');
});

suite.check('ping answers ok 1', async () => {
  expectEqual(await db.command({ ping: 1 }), { ok: 1 }, 'ping reply');
});

suite.check('unknown command fails with CommandNotFound (59)', async () => {
  const error = await expectError(() => db.command({ noSuchCommandForCompat: 1 }), 'unknown command');
  expectTrue(error instanceof MongoServerError, `expected MongoServerError, got ${describeError(error)}`);
  expectCode(error, 59, 'CommandNotFound');
});

// ---------------------------------------------------------------------------------------------
// CRUD

suite.check('insertOne returns the generated ObjectId and the stored document has _id first', async () => {
  const items = freshCollection('crud');
  const doc = { name: 'apple', qty: 5 };
  const result = await items.insertOne(doc);
  expectEqual(result.acknowledged, true, 'acknowledged');
  expectTrue(result.insertedId instanceof ObjectId, `insertedId should be an ObjectId, got ${show(result.insertedId)}`);
  const stored = await items.findOne({ _id: result.insertedId });
  expectEqual(stored, { _id: result.insertedId, name: 'apple', qty: 5 }, 'stored document');
  expectEqual(Object.keys(stored), ['_id', 'name', 'qty'], 'field order');

  // A client-supplied _id that is not the first field is moved to the front by the server.
  await items.insertOne({ name: 'pear', _id: 'pear-1', qty: 2 });
  const pear = await items.findOne({ _id: 'pear-1' });
  expectEqual(Object.keys(pear), ['_id', 'name', 'qty'], 'field order when _id was sent last');
});

suite.check('insertMany reports insertedCount and insertedIds by position', async () => {
  const items = freshCollection('crud');
  const result = await items.insertMany([{ _id: 1, v: 'a' }, { _id: 2, v: 'b' }, { _id: 3, v: 'c' }]);
  expectEqual(result.acknowledged, true, 'acknowledged');
  expectEqual(result.insertedCount, 3, 'insertedCount');
  expectSame(result.insertedIds, { 0: 1, 1: 2, 2: 3 }, 'insertedIds');
  expectEqual(await items.find().sort({ _id: 1 }).toArray(), [{ _id: 1, v: 'a' }, { _id: 2, v: 'b' }, { _id: 3, v: 'c' }], 'documents');
});

suite.check('find and findOne honour filter, projection, sort, and return null when nothing matches', async () => {
  const fruits = freshCollection('crud');
  await fruits.insertMany([
    { _id: 1, name: 'apple', qty: 5, color: 'red' },
    { _id: 2, name: 'banana', qty: 12, color: 'yellow' },
    { _id: 3, name: 'cherry', qty: 40, color: 'red' },
    { _id: 4, name: 'damson', qty: 0, color: 'purple' },
  ]);
  const red = await fruits.find({ color: 'red' }, { projection: { _id: 0, name: 1 }, sort: { qty: -1 } }).toArray();
  expectEqual(red, [{ name: 'cherry' }, { name: 'apple' }], 'red fruits by qty desc');
  const excluded = await fruits.findOne({ _id: 2 }, { projection: { color: 0 } });
  expectEqual(excluded, { _id: 2, name: 'banana', qty: 12 }, 'exclusion projection');
  const firstByName = await fruits.findOne({ qty: { $gte: 5 } }, { sort: { name: -1 } });
  expectEqual(firstByName?._id, 3, 'findOne with sort');
  expectEqual(await fruits.findOne({ name: 'kiwi' }), null, 'findOne without a match');
  expectEqual(await fruits.find({ qty: { $gt: 1000 } }).toArray(), [], 'find without a match');
});

suite.check('query operators: $in, $nin, $exists, $regex, $elemMatch, $or, $and, dotted paths, $type', async () => {
  const people = freshCollection('query');
  await people.insertMany([
    { _id: 1, name: 'Ann', age: 31, tags: ['a', 'b'], address: { city: 'Oslo' }, scores: [{ k: 'x', v: 3 }, { k: 'y', v: 9 }] },
    { _id: 2, name: 'bob', age: 25, tags: ['b'], address: { city: 'Rome' }, scores: [{ k: 'x', v: 9 }] },
    { _id: 3, name: 'Cy', tags: [], address: { city: 'Oslo' }, nick: null },
    { _id: 4, name: 'dee', age: '40' },
  ]);
  const ids = async (filter) => (await people.find(filter, { projection: { _id: 1 }, sort: { _id: 1 } }).toArray()).map((d) => d._id);
  expectEqual(await ids({ age: { $in: [25, 31] } }), [1, 2], '$in');
  expectEqual(await ids({ age: { $nin: [25, 31] } }), [3, 4], '$nin (missing field matches)');
  expectEqual(await ids({ age: { $exists: false } }), [3], '$exists false');
  expectEqual(await ids({ nick: null }), [1, 2, 3, 4], 'equality to null matches missing and null');
  expectEqual(await ids({ name: { $regex: '^[a-c]', $options: 'i' } }), [1, 2, 3], '$regex with i');
  expectEqual(await ids({ scores: { $elemMatch: { k: 'x', v: { $gt: 5 } } } }), [2], '$elemMatch');
  expectEqual(await ids({ 'scores.v': 9 }), [1, 2], 'dotted path into an array of documents');
  expectEqual(await ids({ 'address.city': 'Oslo' }), [1, 3], 'dotted path');
  expectEqual(await ids({ tags: 'b' }), [1, 2], 'array contains');
  expectEqual(await ids({ tags: { $size: 0 } }), [3], '$size');
  expectEqual(await ids({ $or: [{ age: { $lt: 30 } }, { name: 'Cy' }] }), [2, 3], '$or');
  expectEqual(await ids({ $and: [{ age: { $gt: 20 } }, { age: { $lt: 30 } }] }), [2], '$and');
  expectEqual(await ids({ age: { $type: 'string' } }), [4], '$type string');
  expectEqual(await ids({ age: { $gt: 30 } }), [1], 'comparison does not cross BSON types');
});

suite.check('updateOne reports matched/modified counts, a no-op update, a miss and an upsert', async () => {
  const items = freshCollection('crud');
  await items.insertMany([{ _id: 1, qty: 1 }, { _id: 2, qty: 1 }]);
  const modified = await items.updateOne({ qty: 1 }, { $set: { qty: 2 } });
  expectSame(modified, { acknowledged: true, matchedCount: 1, modifiedCount: 1, upsertedCount: 0, upsertedId: null }, 'update result');
  const noop = await items.updateOne({ _id: 1 }, { $set: { qty: 2 } });
  expectSame(noop, { acknowledged: true, matchedCount: 1, modifiedCount: 0, upsertedCount: 0, upsertedId: null }, 'no-op update result');
  const miss = await items.updateOne({ _id: 99 }, { $set: { qty: 9 } });
  expectSame(miss, { acknowledged: true, matchedCount: 0, modifiedCount: 0, upsertedCount: 0, upsertedId: null }, 'miss result');
  const upsert = await items.updateOne({ _id: 'u1', kind: 'new' }, { $set: { qty: 7 } }, { upsert: true });
  expectSame(upsert, { acknowledged: true, matchedCount: 0, modifiedCount: 0, upsertedCount: 1, upsertedId: 'u1' }, 'upsert result');
  expectEqual(await items.findOne({ _id: 'u1' }), { _id: 'u1', kind: 'new', qty: 7 }, 'upserted document (filter equality fields, then $set)');
  const generated = await items.updateOne({ kind: 'generated' }, { $set: { qty: 1 } }, { upsert: true });
  expectTrue(generated.upsertedId instanceof ObjectId, `an upsert without _id generates an ObjectId, got ${show(generated.upsertedId)}`);
});

suite.check('updateMany, replaceOne, deleteOne and deleteMany report exact counts', async () => {
  const items = freshCollection('crud');
  await items.insertMany([1, 2, 3, 4, 5].map((i) => ({ _id: i, group: i % 2 === 0 ? 'even' : 'odd', n: i })));
  const many = await items.updateMany({ group: 'odd' }, { $inc: { n: 10 } });
  expectSame(many, { acknowledged: true, matchedCount: 3, modifiedCount: 3, upsertedCount: 0, upsertedId: null }, 'updateMany result');
  expectEqual((await items.find({ group: 'odd' }).sort({ _id: 1 }).toArray()).map((d) => d.n), [11, 13, 15], 'incremented values');

  const replaced = await items.replaceOne({ _id: 2 }, { label: 'two', n: 2 });
  expectSame(replaced, { acknowledged: true, matchedCount: 1, modifiedCount: 1, upsertedCount: 0, upsertedId: null }, 'replaceOne result');
  const two = await items.findOne({ _id: 2 });
  expectEqual(two, { _id: 2, label: 'two', n: 2 }, 'replaced document keeps _id and drops old fields');
  const replaceUpsert = await items.replaceOne({ _id: 9 }, { label: 'nine' }, { upsert: true });
  expectEqual(replaceUpsert.upsertedId, 9, 'replaceOne upsertedId');

  const one = await items.deleteOne({ group: 'odd' });
  expectSame(one, { acknowledged: true, deletedCount: 1 }, 'deleteOne result');
  const rest = await items.deleteMany({ group: 'odd' });
  expectSame(rest, { acknowledged: true, deletedCount: 2 }, 'deleteMany result');
  const none = await items.deleteMany({ group: 'nothing' });
  expectSame(none, { acknowledged: true, deletedCount: 0 }, 'deleteMany without matches');
  expectEqual(await items.countDocuments(), 3, 'documents left');
});

suite.check('findOneAndUpdate returns the document before/after, upserts, and reports lastErrorObject', async () => {
  const counters = freshCollection('fam');
  await counters.insertOne({ _id: 'a', seq: 1 });
  const before = await counters.findOneAndUpdate({ _id: 'a' }, { $inc: { seq: 1 } });
  expectEqual(before, { _id: 'a', seq: 1 }, 'default returnDocument is before');
  const after = await counters.findOneAndUpdate({ _id: 'a' }, { $inc: { seq: 1 } }, { returnDocument: 'after' });
  expectEqual(after, { _id: 'a', seq: 3 }, 'returnDocument after');
  const projected = await counters.findOneAndUpdate({ _id: 'a' }, { $set: { x: 1 } }, { returnDocument: 'after', projection: { _id: 0, x: 1 } });
  expectEqual(projected, { x: 1 }, 'projection');

  const upserted = await counters.findOneAndUpdate({ _id: 'b' }, { $inc: { seq: 5 } }, { upsert: true, returnDocument: 'after' });
  expectEqual(upserted, { _id: 'b', seq: 5 }, 'upserted document');
  const missing = await counters.findOneAndUpdate({ _id: 'zzz' }, { $inc: { seq: 1 } });
  expectEqual(missing, null, 'no match without upsert');

  const withMetaExisting = await counters.findOneAndUpdate({ _id: 'a' }, { $inc: { seq: 1 } }, { returnDocument: 'after', includeResultMetadata: true });
  expectEqual(withMetaExisting.ok, 1, 'ok');
  expectSame(withMetaExisting.lastErrorObject, { n: 1, updatedExisting: true }, 'lastErrorObject for an update');
  expectEqual(withMetaExisting.value, { _id: 'a', seq: 4, x: 1 }, 'value');
  const withMetaUpsert = await counters.findOneAndUpdate({ _id: 'c' }, { $set: { seq: 0 } }, { upsert: true, returnDocument: 'after', includeResultMetadata: true });
  expectSame(withMetaUpsert.lastErrorObject, { n: 1, updatedExisting: false, upserted: 'c' }, 'lastErrorObject for an upsert');

  const sorted = freshCollection('fam');
  await sorted.insertMany([{ _id: 1, p: 3, done: false }, { _id: 2, p: 9, done: false }, { _id: 3, p: 5, done: false }]);
  const top = await sorted.findOneAndUpdate({ done: false }, { $set: { done: true } }, { sort: { p: -1 }, returnDocument: 'after' });
  expectEqual(top, { _id: 2, p: 9, done: true }, 'sort picks the highest priority');

  const replaced = await sorted.findOneAndReplace({ _id: 1 }, { p: 0 }, { returnDocument: 'after' });
  expectEqual(replaced, { _id: 1, p: 0 }, 'findOneAndReplace');
  const deleted = await sorted.findOneAndDelete({ _id: 3 });
  expectEqual(deleted, { _id: 3, p: 5, done: false }, 'findOneAndDelete returns the removed document');
  expectEqual(await sorted.countDocuments(), 2, 'documents left');
});

// ---------------------------------------------------------------------------------------------
// Cursors

async function seedNumbers(collection, count) {
  // Inserted in a scrambled order so that only the sort can produce ascending results.
  const docs = [];
  for (let k = 0; k < count; k++) {
    const i = (k * 97) % count;
    docs.push({ _id: `n${i}`, i, parity: i % 2 });
  }
  await collection.insertMany(docs);
}

suite.check('a cursor with batchSize 7 returns all 250 documents in sort order through implicit getMores', async () => {
  const numbers = freshCollection('cursor');
  await seedNumbers(numbers, 250);
  const seen = [];
  const commands = await commandsDuring(async () => {
    for await (const doc of numbers.find({}, { sort: { i: 1 }, batchSize: 7 })) {
      seen.push(doc.i);
    }
  });
  expectEqual(seen.length, 250, 'documents returned');
  expectTrue(seen.every((value, index) => value === index), `documents out of order: ${show(seen.slice(0, 20))}...`);
  const names = commands.map((c) => c.commandName);
  expectEqual(names.filter((n) => n === 'find').length, 1, 'find commands');
  // 250 = 7 in the first batch + 34 full getMore batches of 7 + one last batch of 5 that exhausts the cursor.
  expectEqual(names.filter((n) => n === 'getMore').length, 35, 'getMore commands');
  expectEqual(names.filter((n) => n === 'killCursors').length, 0, 'killCursors after exhausting the cursor');
  const getMores = commands.filter((c) => c.commandName === 'getMore');
  expectEqual(getMores[0].command.collection, numbers.collectionName, 'getMore collection');
  const replies = succeeded.filter((e) => e.commandName === 'getMore' && getMores.some((g) => g.requestId === e.requestId));
  expectEqual(replies.length, 35, 'successful getMore replies');
  const last = replies[replies.length - 1].reply.cursor;
  expectEqual(last.nextBatch.length, 5, 'last batch size');
  expectEqual(String(last.id), '0', 'cursor id after the last batch');
  expectEqual(last.ns, `${dbName}.${numbers.collectionName}`, 'cursor ns');
});

suite.check('skip and limit with a small batch size return exactly the requested window', async () => {
  const numbers = freshCollection('cursor');
  await seedNumbers(numbers, 250);
  const window = await numbers.find({}, { sort: { i: 1 }, skip: 10, limit: 15, batchSize: 7 }).toArray();
  expectEqual(window.map((d) => d.i), Array.from({ length: 15 }, (_, k) => 10 + k), 'skip 10 limit 15');
  const odd = await numbers.find({ parity: 1 }).sort({ i: -1 }).skip(3).limit(4).toArray();
  expectEqual(odd.map((d) => d.i), [243, 241, 239, 237], 'filtered, sorted descending, skip 3 limit 4');
  const beyond = await numbers.find({}).sort({ i: 1 }).skip(300).toArray();
  expectEqual(beyond, [], 'skip beyond the end');
  const projected = await numbers.find({ i: { $lt: 3 } }).sort({ i: 1 }).project({ _id: 0, i: 1 }).toArray();
  expectEqual(projected, [{ i: 0 }, { i: 1 }, { i: 2 }], 'cursor.project');
});

suite.check('closing a cursor early sends killCursors and the server reports the cursor killed', async () => {
  const numbers = freshCollection('cursor');
  await seedNumbers(numbers, 50);
  const cursor = numbers.find({}, { sort: { i: 1 }, batchSize: 5 });
  const firstSix = [];
  for (let k = 0; k < 6; k++) {
    firstSix.push((await cursor.next()).i);
  }
  expectEqual(firstSix, [0, 1, 2, 3, 4, 5], 'first documents');
  const id = cursor.id;
  expectTrue(id !== undefined && String(id) !== '0', `an open cursor has a non-zero id, got ${show(id)}`);
  const commands = await commandsDuring(() => cursor.close());
  const kill = commands.find((c) => c.commandName === 'killCursors');
  expectTrue(kill !== undefined, `close() should send killCursors, sent ${show(commands.map((c) => c.commandName))}`);
  const reply = succeeded.find((e) => e.requestId === kill.requestId)?.reply;
  expectTrue(reply !== undefined, 'killCursors reply was not seen');
  expectEqual(reply.cursorsKilled.map(String), [String(id)], 'cursorsKilled');
  expectEqual(reply.cursorsNotFound, [], 'cursorsNotFound');
  expectEqual(reply.cursorsAlive, [], 'cursorsAlive');
  expectEqual(reply.cursorsUnknown, [], 'cursorsUnknown');

  const error = await expectError(() => db.command({ getMore: id, collection: numbers.collectionName }), 'getMore on a killed cursor');
  expectCode(error, 43, 'CursorNotFound');
});

suite.check('find and getMore commands return the documented cursor shape', async () => {
  const numbers = freshCollection('cursor');
  await seedNumbers(numbers, 10);
  const first = await db.command({ find: numbers.collectionName, filter: {}, sort: { i: 1 }, batchSize: 4 });
  expectEqual(first.ok, 1, 'ok');
  expectEqual(first.cursor.ns, `${dbName}.${numbers.collectionName}`, 'ns');
  expectEqual(first.cursor.firstBatch.map((d) => d.i), [0, 1, 2, 3], 'firstBatch');
  expectTrue(String(first.cursor.id) !== '0', 'the cursor stays open');
  const more = await db.command({ getMore: first.cursor.id, collection: numbers.collectionName, batchSize: 4 });
  expectEqual(more.cursor.nextBatch.map((d) => d.i), [4, 5, 6, 7], 'nextBatch');
  const rest = await db.command({ getMore: first.cursor.id, collection: numbers.collectionName });
  expectEqual(rest.cursor.nextBatch.map((d) => d.i), [8, 9], 'final nextBatch');
  expectEqual(String(rest.cursor.id), '0', 'exhausted cursor id');
  const single = await db.command({ find: numbers.collectionName, filter: { i: 3 }, singleBatch: true });
  expectEqual(String(single.cursor.id), '0', 'singleBatch closes the cursor');
});

// ---------------------------------------------------------------------------------------------
// Unique indexes and duplicate keys

suite.check('a unique index rejects a duplicate with E11000, keyPattern and keyValue', async () => {
  const users = freshCollection('users');
  const name = await users.createIndex({ email: 1 }, { unique: true });
  expectEqual(name, 'email_1', 'index name');
  await users.insertOne({ email: 'ann@example.com', name: 'Ann' });
  const error = await expectError(() => users.insertOne({ email: 'ann@example.com', name: 'Other Ann' }), 'duplicate insert');
  expectTrue(error instanceof MongoServerError, `expected MongoServerError, got ${describeError(error)}`);
  expectCode(error, 11000);
  expectEqual(error.keyPattern, { email: 1 }, 'keyPattern');
  expectEqual(error.keyValue, { email: 'ann@example.com' }, 'keyValue');
  expectEqual(
    error.message,
    `E11000 duplicate key error collection: ${dbName}.${users.collectionName} index: email_1 dup key: { email: "ann@example.com" }`,
    'message');
  expectEqual(await users.countDocuments(), 1, 'documents after the failed insert');

  await users.insertOne({ email: 'bob@example.com' });
  const updateError = await expectError(() => users.updateOne({ email: 'bob@example.com' }, { $set: { email: 'ann@example.com' } }), 'update into a duplicate');
  expectCode(updateError, 11000);
  expectEqual(updateError.keyValue, { email: 'ann@example.com' }, 'keyValue of the update');
});

suite.check('a duplicate _id fails with 11000 on the _id_ index', async () => {
  const items = freshCollection('dup');
  await items.insertOne({ _id: 7 });
  const error = await expectError(() => items.insertOne({ _id: 7 }), 'duplicate _id');
  expectCode(error, 11000);
  expectEqual(error.keyPattern, { _id: 1 }, 'keyPattern');
  expectEqual(error.keyValue, { _id: 7 }, 'keyValue');
  expectEqual(error.message, `E11000 duplicate key error collection: ${dbName}.${items.collectionName} index: _id_ dup key: { _id: 7 }`, 'message');
});

suite.check('building a unique index over existing duplicates fails with DuplicateKey', async () => {
  const items = freshCollection('dup');
  await items.insertMany([{ _id: 1, sku: 'x' }, { _id: 2, sku: 'x' }]);
  const error = await expectError(() => items.createIndex({ sku: 1 }, { unique: true }), 'unique index over duplicates');
  expectCode(error, 11000, 'DuplicateKey');
  const names = (await items.listIndexes().toArray()).map((i) => i.name);
  expectEqual(names, ['_id_'], 'indexes after the failed build');
});

suite.check('a compound unique index allows the same value in one field and rejects the full duplicate', async () => {
  const items = freshCollection('dup');
  await items.createIndex({ tenant: 1, slug: 1 }, { unique: true });
  await items.insertMany([{ tenant: 'a', slug: 'home' }, { tenant: 'b', slug: 'home' }]);
  const error = await expectError(() => items.insertOne({ tenant: 'a', slug: 'home' }), 'compound duplicate');
  expectCode(error, 11000);
  expectEqual(error.keyPattern, { tenant: 1, slug: 1 }, 'keyPattern');
  expectEqual(error.keyValue, { tenant: 'a', slug: 'home' }, 'keyValue');
});

// ---------------------------------------------------------------------------------------------
// Update operators

suite.check('update operators $set, $unset, $inc, $min, $max, $rename, $mul, $setOnInsert', async () => {
  const docs = freshCollection('ops');
  await docs.insertOne({ _id: 1, name: 'w', qty: 5, low: 5, high: 5, old: 'x', gone: true });
  await docs.updateOne({ _id: 1 }, { $set: { name: 'widget', 'dims.h': 2 }, $unset: { gone: '' }, $inc: { qty: 3, views: 1 } });
  expectEqual(await docs.findOne({ _id: 1 }), { _id: 1, name: 'widget', qty: 8, low: 5, high: 5, old: 'x', dims: { h: 2 }, views: 1 }, 'after $set/$unset/$inc');
  await docs.updateOne({ _id: 1 }, { $min: { low: 2 } });
  await docs.updateOne({ _id: 1 }, { $min: { low: 4 } });
  await docs.updateOne({ _id: 1 }, { $max: { high: 10 } });
  await docs.updateOne({ _id: 1 }, { $max: { high: 1 } });
  await docs.updateOne({ _id: 1 }, { $rename: { old: 'renamed' }, $mul: { qty: 2 } });
  const doc = await docs.findOne({ _id: 1 });
  expectSame(doc, { _id: 1, name: 'widget', qty: 16, low: 2, high: 10, dims: { h: 2 }, views: 1, renamed: 'x' }, 'after $min/$max/$rename/$mul');

  await docs.updateOne({ _id: 2 }, { $set: { a: 1 }, $setOnInsert: { created: true } }, { upsert: true });
  await docs.updateOne({ _id: 2 }, { $set: { a: 2 }, $setOnInsert: { created: false } }, { upsert: true });
  expectEqual(await docs.findOne({ _id: 2 }), { _id: 2, a: 2, created: true }, '$setOnInsert applies only on insert');
});

suite.check('new fields from $set are appended in lexicographic order (MongoDB 5.0+)', async () => {
  const docs = freshCollection('ops');
  await docs.insertOne({ _id: 1, m: 1 });
  await docs.updateOne({ _id: 1 }, { $set: { zeta: 1, alpha: 2, m: 3 } });
  const doc = await docs.findOne({ _id: 1 });
  expectEqual(doc, { _id: 1, m: 3, alpha: 2, zeta: 1 }, 'document with field order');
});

suite.check('array operators $push with $each/$slice/$sort/$position, $addToSet, $pull, $pop', async () => {
  const docs = freshCollection('ops');
  await docs.insertOne({ _id: 1, tags: ['a'], nums: [3], set: ['x', 'y'], scores: [1, 8, 3, 9, 5], queue: [1, 2, 3] });
  await docs.updateOne({ _id: 1 }, { $push: { tags: { $each: ['b', 'c', 'd'], $slice: -3 } } });
  await docs.updateOne({ _id: 1 }, { $push: { nums: { $each: [5, 1], $sort: 1 } } });
  await docs.updateOne({ _id: 1 }, { $push: { nums: { $each: [0], $position: 0 } } });
  const addToSet = await docs.updateOne({ _id: 1 }, { $addToSet: { set: { $each: ['y', 'z'] } } });
  expectEqual(addToSet.modifiedCount, 1, '$addToSet with a new value modifies');
  const addExisting = await docs.updateOne({ _id: 1 }, { $addToSet: { set: 'x' } });
  expectEqual(addExisting.modifiedCount, 0, '$addToSet with an existing value does not modify');
  await docs.updateOne({ _id: 1 }, { $pull: { scores: { $gte: 8 } } });
  await docs.updateOne({ _id: 1 }, { $pop: { queue: -1 } });
  await docs.updateOne({ _id: 1 }, { $push: { fresh: 'first' } });
  expectEqual(await docs.findOne({ _id: 1 }), {
    _id: 1,
    tags: ['b', 'c', 'd'],
    nums: [0, 1, 3, 5],
    set: ['x', 'y', 'z'],
    scores: [1, 3, 5],
    queue: [2, 3],
    fresh: ['first'],
  }, 'arrays after the updates');
  await docs.updateOne({ _id: 1 }, { $pull: { set: { $in: ['x', 'z'] } }, $pullAll: { scores: [1, 5] } });
  const after = await docs.findOne({ _id: 1 }, { projection: { set: 1, scores: 1 } });
  expectEqual(after, { _id: 1, set: ['y'], scores: [3] }, '$pull with $in and $pullAll');
});

suite.check('positional $, all-positional $[] and filtered $[<id>] with arrayFilters', async () => {
  const docs = freshCollection('ops');
  await docs.insertOne({
    _id: 1,
    items: [{ sku: 'a', qty: 1 }, { sku: 'b', qty: 2 }, { sku: 'c', qty: 3 }],
    grades: [{ score: 50 }, { score: 70 }, { score: 90 }],
  });
  const positional = await docs.updateOne({ _id: 1, 'items.sku': 'b' }, { $set: { 'items.$.qty': 20 } });
  expectEqual(positional.modifiedCount, 1, 'positional modifiedCount');
  await docs.updateOne({ _id: 1 }, { $inc: { 'items.$[].qty': 100 } });
  await docs.updateOne({ _id: 1 }, { $set: { 'grades.$[g].passed': true } }, { arrayFilters: [{ 'g.score': { $gte: 60 } }] });
  expectEqual(await docs.findOne({ _id: 1 }), {
    _id: 1,
    items: [{ sku: 'a', qty: 101 }, { sku: 'b', qty: 120 }, { sku: 'c', qty: 103 }],
    grades: [{ score: 50 }, { score: 70, passed: true }, { score: 90, passed: true }],
  }, 'document after positional updates');
});

suite.check('invalid updates fail with the server error codes', async () => {
  const docs = freshCollection('ops');
  await docs.insertOne({ _id: 1, name: 'text', n: 1 });
  const conflict = await expectError(() => docs.updateOne({ _id: 1 }, { $set: { n: 2 }, $inc: { n: 1 } }), 'conflicting paths');
  expectCode(conflict, 40);
  const typeMismatch = await expectError(() => docs.updateOne({ _id: 1 }, { $inc: { name: 1 } }), '$inc on a string');
  expectCode(typeMismatch, 14);
  const immutable = await expectError(() => docs.updateOne({ _id: 1 }, { $set: { _id: 2 } }), 'changing _id');
  expectCode(immutable, 66);
  // The raw update command succeeds (ok: 1) and reports the bad modifier as a write error.
  const reply = await db.command({ update: docs.collectionName, updates: [{ q: { _id: 1 }, u: { $bogus: { n: 1 } } }] });
  expectEqual(reply.ok, 1, 'update command ok');
  expectEqual(reply.n, 0, 'n');
  expectEqual(reply.nModified, 0, 'nModified');
  expectEqual(reply.writeErrors?.length, 1, 'number of write errors');
  expectEqual(reply.writeErrors[0].index, 0, 'write error index');
  expectEqual(reply.writeErrors[0].code, 9, 'unknown modifier fails with FailedToParse (9)');
  expectEqual(await docs.findOne({ _id: 1 }), { _id: 1, name: 'text', n: 1 }, 'document unchanged');
});

// ---------------------------------------------------------------------------------------------
// Aggregation

async function seedShop() {
  const customers = db.collection('shop_customers');
  const orders = db.collection('shop_orders');
  await customers.insertMany([
    { _id: 'ann', city: 'Oslo' },
    { _id: 'bob', city: 'Rome' },
    { _id: 'eve', city: 'Kyiv' },
  ]);
  await orders.insertMany([
    { _id: 1, cust: 'ann', amount: 10, items: ['x', 'y'], status: 'paid' },
    { _id: 2, cust: 'bob', amount: 20, items: ['y'], status: 'paid' },
    { _id: 3, cust: 'ann', amount: 30, items: [], status: 'paid' },
    { _id: 4, cust: 'cy', amount: 5, items: ['z'], status: 'void' },
  ]);
  return { customers, orders };
}
let shop;
async function theShop() {
  shop ??= await seedShop();
  return shop;
}

suite.check('aggregate $match/$sort/$group with $sum, $avg, $push, $first then $sort', async () => {
  const { orders } = await theShop();
  const groups = await orders.aggregate([
    { $match: { status: 'paid' } },
    { $sort: { _id: 1 } },
    { $group: { _id: '$cust', total: { $sum: '$amount' }, avg: { $avg: '$amount' }, ids: { $push: '$_id' }, n: { $sum: 1 }, first: { $first: '$amount' } } },
    { $sort: { _id: 1 } },
  ]).toArray();
  expectEqual(groups, [
    { _id: 'ann', total: 40, avg: 20, ids: [1, 3], n: 2, first: 10 },
    { _id: 'bob', total: 20, avg: 20, ids: [2], n: 1, first: 20 },
  ], '$group output (sorted by _id)');

  const typed = await orders.aggregate([
    { $group: { _id: null, total: { $sum: '$amount' }, avg: { $avg: '$amount' }, count: { $count: {} } } },
  ], { promoteValues: false }).toArray();
  expectEqual(typed.length, 1, 'one group for _id null');
  expectEqual(typed[0].total?._bsontype, 'Int32', '$sum of int32 values is an int32');
  expectEqual(typed[0].avg?._bsontype, 'Double', '$avg is a double');
  expectEqual(Number(typed[0].avg.valueOf()), 16.25, '$avg value');
  expectEqual(Number(typed[0].count.valueOf()), 4, '$count accumulator');
  const empty = await orders.aggregate([{ $match: { status: 'none' } }, { $group: { _id: null, n: { $sum: 1 } } }]).toArray();
  expectEqual(empty, [], '$group over no input produces no document');
});

suite.check('aggregate $lookup with localField/foreignField and with let/pipeline', async () => {
  const { customers, orders } = await theShop();
  const joined = await orders.aggregate([
    { $sort: { _id: 1 } },
    { $lookup: { from: customers.collectionName, localField: 'cust', foreignField: '_id', as: 'customer' } },
    { $project: { _id: 1, customer: 1 } },
  ]).toArray();
  expectEqual(joined, [
    { _id: 1, customer: [{ _id: 'ann', city: 'Oslo' }] },
    { _id: 2, customer: [{ _id: 'bob', city: 'Rome' }] },
    { _id: 3, customer: [{ _id: 'ann', city: 'Oslo' }] },
    { _id: 4, customer: [] },
  ], 'equality $lookup');

  const perCustomer = await customers.aggregate([
    { $sort: { _id: 1 } },
    {
      $lookup: {
        from: orders.collectionName,
        let: { c: '$_id' },
        pipeline: [{ $match: { $expr: { $eq: ['$cust', '$$c'] } } }, { $sort: { amount: -1 } }, { $project: { _id: 0, amount: 1 } }],
        as: 'orders',
      },
    },
  ]).toArray();
  expectEqual(perCustomer, [
    { _id: 'ann', city: 'Oslo', orders: [{ amount: 30 }, { amount: 10 }] },
    { _id: 'bob', city: 'Rome', orders: [{ amount: 20 }] },
    { _id: 'eve', city: 'Kyiv', orders: [] },
  ], 'pipeline $lookup');

  const concise = await customers.aggregate([
    { $match: { _id: 'ann' } },
    { $lookup: { from: orders.collectionName, localField: '_id', foreignField: 'cust', pipeline: [{ $project: { _id: 1 } }, { $sort: { _id: 1 } }], as: 'o' } },
  ]).toArray();
  expectEqual(concise, [{ _id: 'ann', city: 'Oslo', o: [{ _id: 1 }, { _id: 3 }] }], 'localField/foreignField with pipeline');
});

suite.check('aggregate $facet, $unwind, $project, $count, $limit/$skip, $addFields', async () => {
  const { orders } = await theShop();
  const facets = await orders.aggregate([
    {
      $facet: {
        count: [{ $count: 'n' }],
        top: [{ $sort: { amount: -1 } }, { $limit: 1 }, { $project: { _id: 1 } }],
        byStatus: [{ $group: { _id: '$status', n: { $sum: 1 } } }, { $sort: { _id: 1 } }],
      },
    },
  ]).toArray();
  expectEqual(facets, [{ count: [{ n: 4 }], top: [{ _id: 3 }], byStatus: [{ _id: 'paid', n: 3 }, { _id: 'void', n: 1 }] }], '$facet');

  const unwound = await orders.aggregate([{ $sort: { _id: 1 } }, { $unwind: '$items' }, { $project: { _id: 1, items: 1 } }]).toArray();
  expectEqual(unwound, [{ _id: 1, items: 'x' }, { _id: 1, items: 'y' }, { _id: 2, items: 'y' }, { _id: 4, items: 'z' }], '$unwind drops empty arrays');
  const preserved = await orders.aggregate([
    { $sort: { _id: 1 } },
    { $unwind: { path: '$items', includeArrayIndex: 'pos', preserveNullAndEmptyArrays: true } },
    { $project: { _id: 1, items: 1, pos: 1 } },
  ]).toArray();
  expectSame(preserved, [
    { _id: 1, items: 'x', pos: 0 },
    { _id: 1, items: 'y', pos: 1 },
    { _id: 2, items: 'y', pos: 0 },
    { _id: 3, pos: null },
    { _id: 4, items: 'z', pos: 0 },
  ], '$unwind with includeArrayIndex and preserveNullAndEmptyArrays');

  const projected = await orders.aggregate([
    { $match: { _id: { $lte: 2 } } },
    { $sort: { _id: 1 } },
    { $project: { _id: 0, cust: 1, doubled: { $multiply: ['$amount', 2] }, itemCount: { $size: '$items' }, big: { $gt: ['$amount', 15] } } },
  ]).toArray();
  expectSame(projected, [
    { cust: 'ann', doubled: 20, itemCount: 2, big: false },
    { cust: 'bob', doubled: 40, itemCount: 1, big: true },
  ], '$project with expressions');
  const excluded = await orders.aggregate([{ $match: { _id: 2 } }, { $project: { items: 0, status: 0 } }]).toArray();
  expectEqual(excluded, [{ _id: 2, cust: 'bob', amount: 20 }], '$project exclusion');
  const added = await orders.aggregate([{ $match: { _id: 2 } }, { $addFields: { amount: { $add: ['$amount', 1] }, extra: 'e' } }, { $project: { items: 0 } }]).toArray();
  expectEqual(added, [{ _id: 2, cust: 'bob', amount: 21, status: 'paid', extra: 'e' }], '$addFields replaces in place and appends new fields');
  const paged = await orders.aggregate([{ $sort: { amount: 1 } }, { $skip: 1 }, { $limit: 2 }, { $project: { _id: 1 } }]).toArray();
  expectEqual(paged, [{ _id: 1 }, { _id: 2 }], '$sort/$skip/$limit');
  const counted = await orders.aggregate([{ $match: { status: 'paid' } }, { $count: 'paid' }]).toArray();
  expectEqual(counted, [{ paid: 3 }], '$count stage');
});

suite.check('aggregate with a small batch size iterates through getMore', async () => {
  const numbers = freshCollection('aggcursor');
  await seedNumbers(numbers, 30);
  let values = [];
  const commands = await commandsDuring(async () => {
    values = (await numbers.aggregate([{ $sort: { i: 1 } }, { $project: { _id: 0, i: 1 } }], { batchSize: 4 }).toArray()).map((d) => d.i);
  });
  expectEqual(values, Array.from({ length: 30 }, (_, k) => k), 'values');
  expectTrue(commands.filter((c) => c.commandName === 'getMore').length >= 7, `expected getMores, saw ${show(commands.map((c) => c.commandName))}`);
});

// ---------------------------------------------------------------------------------------------
// Indexes

suite.check('createIndex with unique/sparse/partial/TTL options and listIndexes shape', async () => {
  const coll = freshCollection('idx');
  await coll.insertOne({ _id: 1, sku: 'a', score: 20, createdAt: new Date() });
  expectEqual(await coll.createIndex({ sku: 1 }, { unique: true }), 'sku_1', 'unique index name');
  expectEqual(await coll.createIndex({ nick: 1 }, { sparse: true }), 'nick_1', 'sparse index name');
  expectEqual(await coll.createIndex({ score: -1 }, { partialFilterExpression: { score: { $gt: 10 } } }), 'score_-1', 'partial index name');
  expectEqual(await coll.createIndex({ createdAt: 1 }, { expireAfterSeconds: 3600 }), 'createdAt_1', 'TTL index name');
  expectEqual(await coll.createIndex({ a: 1, b: -1 }, { name: 'a_then_b' }), 'a_then_b', 'custom name');
  expectEqual(await coll.createIndex({ sku: 1 }, { unique: true }), 'sku_1', 'creating the same index again is a no-op');

  const indexes = await coll.listIndexes().toArray();
  expectEqual(indexes[0], { v: 2, key: { _id: 1 }, name: '_id_' }, 'the _id index comes first');
  const byName = Object.fromEntries(indexes.map((i) => [i.name, i]));
  expectSameMembers(Object.keys(byName), ['_id_', 'sku_1', 'nick_1', 'score_-1', 'createdAt_1', 'a_then_b'], 'index names');
  expectSame(byName.sku_1, { v: 2, key: { sku: 1 }, name: 'sku_1', unique: true }, 'unique index spec');
  expectSame(byName.nick_1, { v: 2, key: { nick: 1 }, name: 'nick_1', sparse: true }, 'sparse index spec');
  expectSame(byName['score_-1'], { v: 2, key: { score: -1 }, name: 'score_-1', partialFilterExpression: { score: { $gt: 10 } } }, 'partial index spec');
  expectSame(byName.createdAt_1, { v: 2, key: { createdAt: 1 }, name: 'createdAt_1', expireAfterSeconds: 3600 }, 'TTL index spec');
  expectEqual(byName.a_then_b.key, { a: 1, b: -1 }, 'compound key keeps its order');
  expectEqual(Object.keys(byName.sku_1).slice(0, 3), ['v', 'key', 'name'], 'spec starts with v, key, name');
  expectTrue(indexes.every((i) => !('ns' in i)), 'listIndexes has no ns field since 4.4');

  const info = await coll.indexInformation();
  expectSame(info.sku_1, [['sku', 1]], 'indexInformation');
  expectEqual(await coll.indexExists('nick_1'), true, 'indexExists');
});

suite.check('sparse and partial unique indexes only constrain the documents they cover', async () => {
  const coll = freshCollection('idx');
  await coll.createIndex({ nick: 1 }, { unique: true, sparse: true });
  await coll.insertMany([{ _id: 1 }, { _id: 2 }, { _id: 3, nick: 'n' }]);
  expectCode(await expectError(() => coll.insertOne({ _id: 4, nick: 'n' }), 'duplicate in a sparse unique index'), 11000);
  await coll.createIndex({ email: 1 }, { unique: true, partialFilterExpression: { active: true } });
  await coll.insertMany([{ _id: 5, email: 'e', active: false }, { _id: 6, email: 'e', active: true }]);
  expectCode(await expectError(() => coll.insertOne({ _id: 7, email: 'e', active: true }), 'duplicate in a partial unique index'), 11000);
});

suite.check('dropIndex removes an index and a missing index fails with IndexNotFound (27)', async () => {
  const coll = freshCollection('idx');
  await coll.createIndex({ k: 1 });
  await coll.dropIndex('k_1');
  expectEqual((await coll.listIndexes().toArray()).map((i) => i.name), ['_id_'], 'indexes after dropIndex');
  const error = await expectError(() => coll.dropIndex('k_1'), 'dropping a missing index');
  expectCode(error, 27, 'IndexNotFound');
});

suite.check('listIndexes on a missing collection fails with NamespaceNotFound (26)', async () => {
  const error = await expectError(() => db.collection('does_not_exist').listIndexes().toArray(), 'listIndexes on a missing collection');
  expectCode(error, 26, 'NamespaceNotFound');
});

// ---------------------------------------------------------------------------------------------
// Counting and distinct

suite.check('countDocuments with filter, skip and limit; estimatedDocumentCount', async () => {
  const numbers = freshCollection('count');
  await seedNumbers(numbers, 40);
  expectEqual(await numbers.countDocuments(), 40, 'countDocuments()');
  expectEqual(await numbers.countDocuments({ parity: 0 }), 20, 'with filter');
  expectEqual(await numbers.countDocuments({ parity: 0 }, { skip: 5 }), 15, 'with skip');
  expectEqual(await numbers.countDocuments({}, { limit: 7 }), 7, 'with limit');
  expectEqual(await numbers.countDocuments({ i: { $gte: 30 } }, { skip: 8, limit: 5 }), 2, 'with skip and limit near the end');
  expectEqual(await numbers.countDocuments({ i: -1 }), 0, 'no matches');
  expectEqual(await numbers.estimatedDocumentCount(), 40, 'estimatedDocumentCount');
  expectEqual(await db.collection('never_created').estimatedDocumentCount(), 0, 'estimatedDocumentCount of a missing collection');
  expectEqual(await db.collection('never_created').countDocuments({}), 0, 'countDocuments of a missing collection');
});

suite.check('distinct flattens arrays, honours a filter and dotted paths', async () => {
  const docs = freshCollection('distinct');
  await docs.insertMany([
    { _id: 1, cust: 'ann', tags: ['a', 'b'], address: { city: 'Oslo' } },
    { _id: 2, cust: 'bob', tags: ['b', 'c'], address: { city: 'Rome' } },
    { _id: 3, cust: 'ann', tags: [], address: { city: 'Oslo' } },
    { _id: 4, cust: 'cy' },
  ]);
  expectSameMembers(await docs.distinct('cust'), ['ann', 'bob', 'cy'], 'distinct cust');
  expectSameMembers(await docs.distinct('tags'), ['a', 'b', 'c'], 'distinct over arrays');
  expectSameMembers(await docs.distinct('cust', { 'address.city': 'Oslo' }), ['ann'], 'distinct with filter');
  expectSameMembers(await docs.distinct('address.city'), ['Oslo', 'Rome'], 'distinct dotted path');
  expectEqual(await docs.distinct('nothing'), [], 'distinct of a missing field');
});

// ---------------------------------------------------------------------------------------------
// Bulk writes

suite.check('ordered bulkWrite stops at the duplicate and reports its index', async () => {
  const coll = freshCollection('bulk');
  const error = await expectError(() => coll.bulkWrite([
    { insertOne: { document: { _id: 1 } } },
    { insertOne: { document: { _id: 2 } } },
    { insertOne: { document: { _id: 1 } } },
    { insertOne: { document: { _id: 3 } } },
  ], { ordered: true }), 'ordered bulkWrite');
  expectTrue(error instanceof MongoBulkWriteError, `expected MongoBulkWriteError, got ${describeError(error)}`);
  expectEqual(error.code, 11000, 'error code');
  expectEqual(error.insertedCount, 2, 'insertedCount');
  expectEqual(error.writeErrors.length, 1, 'number of write errors');
  expectEqual(error.writeErrors[0].index, 2, 'index of the failed operation');
  expectEqual(error.writeErrors[0].code, 11000, 'write error code');
  // The Node driver keeps only index, code, errmsg, errInfo and op of a bulk write error (not keyValue).
  expectTrue(/E11000 duplicate key error .* dup key: \{ _id: 1 \}/.test(error.writeErrors[0].errmsg), `write error errmsg: ${error.writeErrors[0].errmsg}`);
  expectEqual(error.writeErrors[0].getOperation(), { _id: 1 }, 'write error operation');
  expectEqual((await coll.find().sort({ _id: 1 }).toArray()).map((d) => d._id), [1, 2], 'documents stored');
});

suite.check('unordered bulkWrite continues past the duplicate and reports its index', async () => {
  const coll = freshCollection('bulk');
  const error = await expectError(() => coll.bulkWrite([
    { insertOne: { document: { _id: 1 } } },
    { insertOne: { document: { _id: 2 } } },
    { insertOne: { document: { _id: 1 } } },
    { insertOne: { document: { _id: 3 } } },
  ], { ordered: false }), 'unordered bulkWrite');
  expectTrue(error instanceof MongoBulkWriteError, `expected MongoBulkWriteError, got ${describeError(error)}`);
  expectEqual(error.insertedCount, 3, 'insertedCount');
  expectEqual(error.writeErrors.length, 1, 'number of write errors');
  expectEqual(error.writeErrors[0].index, 2, 'index of the failed operation');
  expectEqual(error.writeErrors[0].code, 11000, 'write error code');
  expectEqual((await coll.find().sort({ _id: 1 }).toArray()).map((d) => d._id), [1, 2, 3], 'documents stored');

  const many = freshCollection('bulk');
  const insertManyError = await expectError(() => many.insertMany([{ _id: 'a' }, { _id: 'a' }, { _id: 'b' }, { _id: 'a' }], { ordered: false }), 'unordered insertMany');
  expectEqual(insertManyError.insertedCount, 2, 'insertMany insertedCount');
  expectEqual(insertManyError.writeErrors.map((e) => e.index), [1, 3], 'insertMany write error indexes');
});

suite.check('mixed bulkWrite reports every count and upserted id', async () => {
  const coll = freshCollection('bulk');
  await coll.insertMany([{ _id: 1, n: 1 }, { _id: 2, n: 2 }, { _id: 3, n: 3 }, { _id: 4, n: 4 }]);
  const result = await coll.bulkWrite([
    { insertOne: { document: { _id: 5, n: 5 } } },
    { updateOne: { filter: { _id: 1 }, update: { $set: { n: 10 } } } },
    { updateMany: { filter: { n: { $gte: 3, $lt: 10 } }, update: { $inc: { n: 100 } } } },
    { replaceOne: { filter: { _id: 2 }, replacement: { n: 20 } } },
    { deleteOne: { filter: { _id: 3 } } },
    { deleteMany: { filter: { n: { $gt: 1000 } } } },
    { updateOne: { filter: { _id: 6 }, update: { $set: { n: 6 } }, upsert: true } },
  ]);
  expectEqual(result.insertedCount, 1, 'insertedCount');
  expectEqual(result.matchedCount, 5, 'matchedCount (1 + 3 + 1)');
  expectEqual(result.modifiedCount, 5, 'modifiedCount');
  expectEqual(result.deletedCount, 1, 'deletedCount');
  expectEqual(result.upsertedCount, 1, 'upsertedCount');
  expectSame(result.upsertedIds, { 6: 6 }, 'upsertedIds by operation index');
  expectEqual(await coll.find().sort({ _id: 1 }).toArray(), [
    { _id: 1, n: 10 }, { _id: 2, n: 20 }, { _id: 4, n: 104 }, { _id: 5, n: 105 }, { _id: 6, n: 6 },
  ], 'documents after the bulk write');
});

// ---------------------------------------------------------------------------------------------
// Schema validation

suite.check('a $jsonSchema validator rejects an invalid insert with DocumentValidationFailure (121)', async () => {
  const name = 'validated_people';
  await db.createCollection(name, {
    validator: {
      $jsonSchema: {
        bsonType: 'object',
        required: ['name', 'age'],
        properties: {
          name: { bsonType: 'string' },
          age: { bsonType: 'int', minimum: 0 },
        },
      },
    },
  });
  const people = db.collection(name);
  await people.insertOne({ _id: 1, name: 'Ann', age: 31 });

  const error = await expectError(() => people.insertOne({ _id: 2, name: 'Bob' }), 'insert without age');
  expectTrue(error instanceof MongoServerError, `expected MongoServerError, got ${describeError(error)}`);
  expectCode(error, 121);
  expectEqual(error.message, 'Document failed validation', 'message');
  expectEqual(error.errInfo?.failingDocumentId, 2, 'errInfo.failingDocumentId');
  expectEqual(error.errInfo?.details?.operatorName, '$jsonSchema', 'errInfo.details.operatorName');
  const rules = error.errInfo?.details?.schemaRulesNotSatisfied ?? [];
  expectEqual(rules.length, 1, 'number of unsatisfied rules');
  expectEqual(rules[0].operatorName, 'required', 'unsatisfied rule');
  expectEqual(rules[0].missingProperties, ['age'], 'missingProperties');

  const typeError = await expectError(() => people.insertOne({ _id: 3, name: 'Cy', age: 'old' }), 'insert with a string age');
  expectCode(typeError, 121);
  expectEqual(typeError.errInfo?.details?.schemaRulesNotSatisfied?.[0]?.operatorName, 'properties', 'unsatisfied rule');
  expectEqual(typeError.errInfo?.details?.schemaRulesNotSatisfied?.[0]?.propertiesNotSatisfied?.[0]?.propertyName, 'age', 'failing property');

  const updateError = await expectError(() => people.updateOne({ _id: 1 }, { $set: { age: -1 } }), 'update breaking the schema');
  expectCode(updateError, 121);
  expectEqual(await people.findOne({ _id: 1 }), { _id: 1, name: 'Ann', age: 31 }, 'document unchanged');

  await people.insertOne({ _id: 4, name: 'Dee' }, { bypassDocumentValidation: true });
  expectEqual(await people.countDocuments(), 2, 'documents stored');

  const [info] = await db.listCollections({ name }).toArray();
  expectEqual(info?.type, 'collection', 'listCollections type');
  expectTrue(info?.options?.validator?.$jsonSchema !== undefined, `listCollections shows the validator, got ${show(info?.options)}`);
});

// ---------------------------------------------------------------------------------------------
// Collections and databases

suite.check('listCollections, renameCollection and drop', async () => {
  const source = freshCollection('coll');
  await source.insertOne({ _id: 1 });
  const names = (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name);
  expectTrue(names.includes(source.collectionName), `listCollections should include ${source.collectionName}: ${show(names)}`);
  const target = `${source.collectionName}_renamed`;
  await source.rename(target);
  expectEqual(await db.collection(target).findOne({}), { _id: 1 }, 'document after rename');
  expectEqual(await db.collection(target).drop(), true, 'drop returns true');
  const after = (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name);
  expectTrue(!after.includes(target) && !after.includes(source.collectionName), `dropped collections still listed: ${show(after)}`);
  await db.createCollection('coll_with_validator', { validator: { a: { $exists: true } } });
  const exists = await expectError(() => db.createCollection('coll_with_validator'), 'creating an existing collection with other options');
  expectCode(exists, 48, 'NamespaceExists');
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
