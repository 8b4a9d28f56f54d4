// Compatibility checks run inside mongosh 2.x (shell API on top of the Node.js driver).
//
// Usage: node_modules/.bin/mongosh "$MONGODB_URI" --quiet --file mongosh/suite.js
// mongosh awaits shell API calls implicitly, so the checks are written synchronously. Shell API calls are
// kept out of callbacks passed to built-in functions (Array.prototype.map and friends), where mongosh
// cannot await them. Every expectation is what a MongoDB 7.0 standalone returns.

const CLIENT = 'mongosh';
const dbName = 'compat_mongosh_' + Date.now().toString(36) + '_' + Math.floor(Math.random() * 0xffffff).toString(16);
const tdb = db.getSiblingDB(dbName);

// ---------------------------------------------------------------------------------------------
// A tiny check harness

const checks = [];
function check(name, action) {
  checks.push({ name: name, action: action });
}

function CheckFailure(message) {
  this.message = message;
}

function show(value) {
  if (value === undefined) {
    return 'undefined';
  }
  try {
    return EJSON.stringify(value, { relaxed: true });
  } catch (e) {
    return String(value);
  }
}

function sortKeys(value) {
  if (Array.isArray(value)) {
    const items = [];
    for (let k = 0; k < value.length; k++) {
      items.push(sortKeys(value[k]));
    }
    return items;
  }
  if (value !== null && typeof value === 'object') {
    const sorted = {};
    const keys = Object.keys(value).sort();
    for (let k = 0; k < keys.length; k++) {
      sorted[keys[k]] = sortKeys(value[keys[k]]);
    }
    return sorted;
  }
  return value;
}

function showUnordered(value) {
  if (value === undefined) {
    return 'undefined';
  }
  return JSON.stringify(sortKeys(EJSON.serialize(value, { relaxed: true })));
}

function expectEqual(actual, expected, what) {
  if (show(actual) !== show(expected)) {
    throw new CheckFailure(what + ': expected ' + show(expected) + ' but got ' + show(actual));
  }
}

function expectSame(actual, expected, what) {
  if (showUnordered(actual) !== showUnordered(expected)) {
    throw new CheckFailure(what + ': expected ' + show(expected) + ' but got ' + show(actual));
  }
}

function expectSameMembers(actual, expected, what) {
  const a = [];
  for (let k = 0; k < actual.length; k++) {
    a.push(showUnordered(actual[k]));
  }
  const e = [];
  for (let k = 0; k < expected.length; k++) {
    e.push(showUnordered(expected[k]));
  }
  if (a.sort().join('\n') !== e.sort().join('\n')) {
    throw new CheckFailure(what + ': expected (any order) ' + show(expected) + ' but got ' + show(actual));
  }
}

function expectTrue(condition, message) {
  if (!condition) {
    throw new CheckFailure(message);
  }
}

function describeError(error) {
  if (error === null || error === undefined) {
    return String(error);
  }
  let text = error.name || 'Error';
  if (error.code !== undefined) {
    text += ' code ' + error.code;
  }
  if (error.codeName !== undefined) {
    text += ' ' + error.codeName;
  }
  return text + ': ' + String(error.message).replace(/\s+/g, ' ');
}

function expectCode(error, code, codeName) {
  if (!error || error.code !== code) {
    throw new CheckFailure('expected error code ' + code + ' but got ' + describeError(error));
  }
  if (codeName !== undefined && error.codeName !== codeName) {
    throw new CheckFailure('expected codeName ' + codeName + ' but got ' + describeError(error));
  }
}

function ids(docs) {
  const result = [];
  for (let k = 0; k < docs.length; k++) {
    result.push(docs[k]._id);
  }
  return result;
}

function field(docs, name) {
  const result = [];
  for (let k = 0; k < docs.length; k++) {
    result.push(docs[k][name]);
  }
  return result;
}

function range(from, count) {
  const result = [];
  for (let k = 0; k < count; k++) {
    result.push(from + k);
  }
  return result;
}

let collectionCounter = 0;
function fresh(prefix) {
  collectionCounter++;
  return tdb.getCollection(prefix + '_' + collectionCounter);
}

function seedNumbers(coll, count) {
  const docs = [];
  for (let k = 0; k < count; k++) {
    const i = (k * 97) % count;
    docs.push({ _id: 'n' + i, i: i, parity: i % 2 });
  }
  coll.insertMany(docs);
}

// ---------------------------------------------------------------------------------------------
// Server identity (mongosh already ran its startup commands to get here)

check('db.hello() and db.version() describe a MongoDB 7.0 standalone', function () {
  const hello = db.hello();
  expectEqual(hello.isWritablePrimary, true, 'isWritablePrimary');
  expectEqual(hello.maxWireVersion, 21, 'maxWireVersion');
  expectTrue(hello.setName === undefined, 'a standalone has no setName, got ' + show(hello.setName));
  expectTrue(/^7\.0\.\d+$/.test(db.version()), 'db.version() should be 7.0.x, got ' + show(db.version()));
  expectEqual(db.runCommand({ ping: 1 }).ok, 1, 'ping');
  const status = db.runCommand({ connectionStatus: 1 });
  expectEqual(status.ok, 1, 'connectionStatus ok');
  expectTrue(Array.isArray(status.authInfo.authenticatedUsers), 'connectionStatus has authInfo.authenticatedUsers');
});

// ---------------------------------------------------------------------------------------------
// CRUD

check('insertOne and insertMany results; _id is stored first', function () {
  const coll = fresh('crud');
  const one = coll.insertOne({ name: 'apple', qty: 5 });
  expectEqual(one.acknowledged, true, 'acknowledged');
  expectTrue(one.insertedId instanceof ObjectId, 'insertedId should be an ObjectId, got ' + show(one.insertedId));
  expectEqual(Object.keys(coll.findOne({ _id: one.insertedId })), ['_id', 'name', 'qty'], 'field order');
  coll.insertOne({ name: 'pear', _id: 'pear-1' });
  expectEqual(Object.keys(coll.findOne({ _id: 'pear-1' })), ['_id', 'name'], 'field order when _id was sent last');
  const many = coll.insertMany([{ _id: 1 }, { _id: 2 }, { _id: 3 }]);
  expectEqual(many.acknowledged, true, 'insertMany acknowledged');
  expectSame(many.insertedIds, { 0: 1, 1: 2, 2: 3 }, 'insertedIds');
});

check('find/findOne with filter, projection, sort; null when nothing matches', function () {
  const coll = fresh('crud');
  coll.insertMany([
    { _id: 1, name: 'apple', qty: 5, color: 'red' },
    { _id: 2, name: 'banana', qty: 12, color: 'yellow' },
    { _id: 3, name: 'cherry', qty: 40, color: 'red' },
  ]);
  expectEqual(coll.find({ color: 'red' }, { _id: 0, name: 1 }).sort({ qty: -1 }).toArray(), [{ name: 'cherry' }, { name: 'apple' }], 'find');
  expectEqual(coll.findOne({ _id: 2 }, { color: 0 }), { _id: 2, name: 'banana', qty: 12 }, 'findOne with exclusion');
  expectEqual(coll.findOne({ name: 'kiwi' }), null, 'findOne without a match');
  expectEqual(coll.find({ qty: { $in: [5, 40] }, name: { $regex: /^c/ } }).toArray(), [{ _id: 3, name: 'cherry', qty: 40, color: 'red' }], '$in with $regex');
});

check('updateOne/updateMany/replaceOne/deleteOne/deleteMany results', function () {
  const coll = fresh('crud');
  coll.insertMany([{ _id: 1, g: 'odd', n: 1 }, { _id: 2, g: 'even', n: 2 }, { _id: 3, g: 'odd', n: 3 }]);
  expectSame(coll.updateOne({ _id: 1 }, { $set: { n: 10 } }), { acknowledged: true, insertedId: null, matchedCount: 1, modifiedCount: 1, upsertedCount: 0 }, 'updateOne');
  expectSame(coll.updateOne({ _id: 1 }, { $set: { n: 10 } }), { acknowledged: true, insertedId: null, matchedCount: 1, modifiedCount: 0, upsertedCount: 0 }, 'no-op updateOne');
  expectSame(coll.updateOne({ _id: 'u' }, { $set: { n: 0 } }, { upsert: true }), { acknowledged: true, insertedId: 'u', matchedCount: 0, modifiedCount: 0, upsertedCount: 1 }, 'upsert');
  expectSame(coll.updateMany({ g: 'odd' }, { $inc: { n: 1 } }), { acknowledged: true, insertedId: null, matchedCount: 2, modifiedCount: 2, upsertedCount: 0 }, 'updateMany');
  expectSame(coll.replaceOne({ _id: 2 }, { label: 'two' }), { acknowledged: true, insertedId: null, matchedCount: 1, modifiedCount: 1, upsertedCount: 0 }, 'replaceOne');
  expectEqual(coll.findOne({ _id: 2 }), { _id: 2, label: 'two' }, 'replaced document');
  expectSame(coll.deleteOne({ g: 'odd' }), { acknowledged: true, deletedCount: 1 }, 'deleteOne');
  expectSame(coll.deleteMany({}), { acknowledged: true, deletedCount: 3 }, 'deleteMany');
});

check('findOneAndUpdate with returnDocument after and upsert', function () {
  const coll = fresh('fam');
  coll.insertOne({ _id: 'a', seq: 1 });
  expectEqual(coll.findOneAndUpdate({ _id: 'a' }, { $inc: { seq: 1 } }), { _id: 'a', seq: 1 }, 'default returns the document before');
  expectEqual(coll.findOneAndUpdate({ _id: 'a' }, { $inc: { seq: 1 } }, { returnDocument: 'after' }), { _id: 'a', seq: 3 }, 'returnDocument after');
  expectEqual(coll.findOneAndUpdate({ _id: 'b' }, { $inc: { seq: 5 } }, { upsert: true, returnDocument: 'after' }), { _id: 'b', seq: 5 }, 'upsert');
  expectEqual(coll.findOneAndUpdate({ _id: 'zzz' }, { $inc: { seq: 1 } }), null, 'no match');
  expectEqual(coll.findOneAndUpdate({ _id: 'a' }, { $set: { x: 1 } }, { returnNewDocument: true, projection: { _id: 0, x: 1 } }), { x: 1 }, 'legacy returnNewDocument with projection');
  const raw = tdb.runCommand({ findAndModify: coll.getName(), query: { _id: 'c' }, update: { $set: { seq: 0 } }, upsert: true, new: true });
  expectEqual(raw.ok, 1, 'findAndModify ok');
  expectSame(raw.lastErrorObject, { n: 1, updatedExisting: false, upserted: 'c' }, 'lastErrorObject');
  expectEqual(raw.value, { _id: 'c', seq: 0 }, 'value');
});

// ---------------------------------------------------------------------------------------------
// Cursors

check('a cursor with batchSize 7 returns 250 documents in order over 36 batches', function () {
  const coll = fresh('cursor');
  seedNumbers(coll, 250);
  const cursor = coll.find({}).sort({ i: 1 }).batchSize(7);
  const seen = [];
  let batches = 0;
  let firstBatchLeft = -1;
  for (;;) {
    if (cursor.objsLeftInBatch() === 0) {
      if (!cursor.hasNext()) {
        break;
      }
      batches++;
    }
    seen.push(cursor.next().i);
    if (seen.length === 1) {
      firstBatchLeft = cursor.objsLeftInBatch();
    }
  }
  expectEqual(seen.length, 250, 'documents returned');
  expectEqual(seen, range(0, 250), 'documents in sort order');
  expectEqual(firstBatchLeft, 6, 'documents left in the first batch after one next()');
  // One find batch of 7, then 34 getMore batches of 7 and a last getMore batch of 5.
  expectEqual(batches, 36, 'batches fetched (find + implicit getMores)');
  expectEqual(cursor.isExhausted(), true, 'cursor exhausted');
});

check('skip and limit with a small batch size', function () {
  const coll = fresh('cursor');
  seedNumbers(coll, 250);
  expectEqual(field(coll.find({}).sort({ i: 1 }).skip(10).limit(15).batchSize(7).toArray(), 'i'), range(10, 15), 'skip 10 limit 15');
  expectEqual(field(coll.find({ parity: 1 }).sort({ i: -1 }).skip(3).limit(4).toArray(), 'i'), [243, 241, 239, 237], 'filtered, descending');
  expectEqual(coll.find({}).skip(300).toArray(), [], 'skip beyond the end');
  expectEqual(coll.find({ i: { $lt: 5 } }).count(), 5, 'legacy cursor.count()');
});

check('raw find/getMore/killCursors commands', function () {
  const coll = fresh('cursor');
  seedNumbers(coll, 10);
  const first = tdb.runCommand({ find: coll.getName(), filter: {}, sort: { i: 1 }, batchSize: 4 });
  expectEqual(first.cursor.ns, dbName + '.' + coll.getName(), 'ns');
  expectEqual(field(first.cursor.firstBatch, 'i'), [0, 1, 2, 3], 'firstBatch');
  expectTrue(first.cursor.id.toString() !== '0', 'cursor stays open');
  const more = tdb.runCommand({ getMore: first.cursor.id, collection: coll.getName(), batchSize: 4 });
  expectEqual(field(more.cursor.nextBatch, 'i'), [4, 5, 6, 7], 'nextBatch');
  const killed = tdb.runCommand({ killCursors: coll.getName(), cursors: [first.cursor.id] });
  expectEqual(killed.cursorsKilled.length, 1, 'cursorsKilled');
  expectEqual(killed.cursorsKilled[0].toString(), first.cursor.id.toString(), 'killed cursor id');
  let error;
  try {
    tdb.runCommand({ getMore: first.cursor.id, collection: coll.getName() });
  } catch (e) {
    error = e;
  }
  expectCode(error, 43, 'CursorNotFound');
});

// ---------------------------------------------------------------------------------------------
// Unique indexes

check('a unique index rejects a duplicate with 11000, keyPattern and keyValue', function () {
  const coll = fresh('users');
  expectEqual(coll.createIndex({ email: 1 }, { unique: true }), 'email_1', 'index name');
  coll.insertOne({ email: 'ann@example.com' });
  let error;
  try {
    coll.insertOne({ email: 'ann@example.com' });
  } catch (e) {
    error = e;
  }
  expectCode(error, 11000);
  expectEqual(error.keyPattern, { email: 1 }, 'keyPattern');
  expectEqual(error.keyValue, { email: 'ann@example.com' }, 'keyValue');
  expectEqual(error.message, 'E11000 duplicate key error collection: ' + dbName + '.' + coll.getName() + ' index: email_1 dup key: { email: "ann@example.com" }', 'message');
  expectEqual(coll.countDocuments({}), 1, 'documents after the failed insert');
});

// ---------------------------------------------------------------------------------------------
// Update operators

check('update operators $set/$unset/$inc/$min/$max/$rename and array operators', function () {
  const coll = fresh('ops');
  coll.insertOne({ _id: 1, qty: 5, low: 5, high: 5, old: 'x', gone: 1, tags: ['a'], set: ['x'], scores: [1, 8, 3, 9] });
  coll.updateOne({ _id: 1 }, { $set: { 'dims.h': 2 }, $unset: { gone: '' }, $inc: { qty: 3 } });
  coll.updateOne({ _id: 1 }, { $min: { low: 2 }, $max: { high: 10 }, $rename: { old: 'renamed' } });
  coll.updateOne({ _id: 1 }, { $push: { tags: { $each: ['b', 'c', 'd'], $slice: -3 } }, $addToSet: { set: { $each: ['x', 'y'] } }, $pull: { scores: { $gte: 8 } } });
  expectSame(coll.findOne({ _id: 1 }), { _id: 1, qty: 8, low: 2, high: 10, tags: ['b', 'c', 'd'], set: ['x', 'y'], scores: [1, 3], dims: { h: 2 }, renamed: 'x' }, 'document after the updates');
  coll.updateOne({ _id: 2 }, { $set: { zeta: 1, alpha: 1 } }, { upsert: true });
  expectEqual(Object.keys(coll.findOne({ _id: 2 })), ['_id', 'alpha', 'zeta'], 'new fields are added in lexicographic order');
});

check('positional $ and arrayFilters', function () {
  const coll = fresh('ops');
  coll.insertOne({ _id: 1, items: [{ sku: 'a', qty: 1 }, { sku: 'b', qty: 2 }], grades: [{ score: 50 }, { score: 70 }, { score: 90 }] });
  coll.updateOne({ _id: 1, 'items.sku': 'b' }, { $set: { 'items.$.qty': 20 } });
  coll.updateOne({ _id: 1 }, { $set: { 'grades.$[g].passed': true } }, { arrayFilters: [{ 'g.score': { $gte: 60 } }] });
  expectEqual(coll.findOne({ _id: 1 }), {
    _id: 1,
    items: [{ sku: 'a', qty: 1 }, { sku: 'b', qty: 20 }],
    grades: [{ score: 50 }, { score: 70, passed: true }, { score: 90, passed: true }],
  }, 'document after positional updates');
  let error;
  try {
    coll.updateOne({ _id: 1 }, { $set: { _id: 2 } });
  } catch (e) {
    error = e;
  }
  expectCode(error, 66);
});

// ---------------------------------------------------------------------------------------------
// Aggregation

function seedShop() {
  const customers = tdb.getCollection('shop_customers');
  const orders = tdb.getCollection('shop_orders');
  if (orders.countDocuments({}) === 0) {
    customers.insertMany([{ _id: 'ann', city: 'Oslo' }, { _id: 'bob', city: 'Rome' }]);
    orders.insertMany([
      { _id: 1, cust: 'ann', amount: 10, items: ['x', 'y'] },
      { _id: 2, cust: 'bob', amount: 20, items: ['y'] },
      { _id: 3, cust: 'ann', amount: 30, items: [] },
      { _id: 4, cust: 'cy', amount: 5, items: ['z'] },
    ]);
  }
  return { customers: customers, orders: orders };
}

check('aggregate $match/$group/$sort with $sum/$avg/$push', function () {
  const shop = seedShop();
  const groups = shop.orders.aggregate([
    { $match: { amount: { $gte: 10 } } },
    { $sort: { _id: 1 } },
    { $group: { _id: '$cust', total: { $sum: '$amount' }, avg: { $avg: '$amount' }, ids: { $push: '$_id' } } },
    { $sort: { _id: 1 } },
  ]).toArray();
  expectEqual(groups, [{ _id: 'ann', total: 40, avg: 20, ids: [1, 3] }, { _id: 'bob', total: 20, avg: 20, ids: [2] }], '$group');
});

check('aggregate $lookup (both forms), $facet, $unwind, $project', function () {
  const shop = seedShop();
  const joined = shop.orders.aggregate([
    { $sort: { _id: 1 } },
    { $lookup: { from: 'shop_customers', localField: 'cust', foreignField: '_id', as: 'c' } },
    { $project: { _id: 1, cities: '$c.city' } },
  ]).toArray();
  expectEqual(joined, [{ _id: 1, cities: ['Oslo'] }, { _id: 2, cities: ['Rome'] }, { _id: 3, cities: ['Oslo'] }, { _id: 4, cities: [] }], 'equality $lookup');
  const perCustomer = shop.customers.aggregate([
    { $sort: { _id: 1 } },
    { $lookup: { from: 'shop_orders', let: { c: '$_id' }, pipeline: [{ $match: { $expr: { $eq: ['$cust', '$$c'] } } }, { $sort: { amount: 1 } }, { $project: { _id: 0, amount: 1 } }], as: 'orders' } },
  ]).toArray();
  expectEqual(perCustomer, [
    { _id: 'ann', city: 'Oslo', orders: [{ amount: 10 }, { amount: 30 }] },
    { _id: 'bob', city: 'Rome', orders: [{ amount: 20 }] },
  ], 'pipeline $lookup');
  const facet = shop.orders.aggregate([
    { $facet: { n: [{ $count: 'n' }], items: [{ $unwind: '$items' }, { $group: { _id: '$items', k: { $sum: 1 } } }, { $sort: { _id: 1 } }] } },
  ]).toArray();
  expectEqual(facet, [{ n: [{ n: 4 }], items: [{ _id: 'x', k: 1 }, { _id: 'y', k: 2 }, { _id: 'z', k: 1 }] }], '$facet');
  const projected = shop.orders.aggregate([{ $match: { _id: 2 } }, { $project: { _id: 0, cust: 1, doubled: { $multiply: ['$amount', 2] } } }]).toArray();
  expectSame(projected, [{ cust: 'bob', doubled: 40 }], '$project');
});

// ---------------------------------------------------------------------------------------------
// Indexes, counting, distinct

check('createIndex options and getIndexes shape', function () {
  const coll = fresh('idx');
  coll.insertOne({ _id: 1 });
  expectEqual(coll.createIndex({ sku: 1 }, { unique: true }), 'sku_1', 'unique');
  expectEqual(coll.createIndex({ nick: 1 }, { sparse: true }), 'nick_1', 'sparse');
  expectEqual(coll.createIndex({ score: -1 }, { partialFilterExpression: { score: { $gt: 10 } } }), 'score_-1', 'partial');
  expectEqual(coll.createIndex({ at: 1 }, { expireAfterSeconds: 60 }), 'at_1', 'TTL');
  const indexes = coll.getIndexes();
  expectEqual(indexes[0], { v: 2, key: { _id: 1 }, name: '_id_' }, 'the _id index');
  const byName = {};
  for (let k = 0; k < indexes.length; k++) {
    byName[indexes[k].name] = indexes[k];
  }
  expectSameMembers(Object.keys(byName), ['_id_', 'sku_1', 'nick_1', 'score_-1', 'at_1'], 'index names');
  expectSame(byName.sku_1, { v: 2, key: { sku: 1 }, name: 'sku_1', unique: true }, 'unique spec');
  expectSame(byName.nick_1, { v: 2, key: { nick: 1 }, name: 'nick_1', sparse: true }, 'sparse spec');
  expectSame(byName['score_-1'], { v: 2, key: { score: -1 }, name: 'score_-1', partialFilterExpression: { score: { $gt: 10 } } }, 'partial spec');
  expectSame(byName.at_1, { v: 2, key: { at: 1 }, name: 'at_1', expireAfterSeconds: 60 }, 'TTL spec');
  coll.dropIndex('nick_1');
  expectEqual(coll.getIndexes().length, 4, 'indexes after dropIndex');
});

check('countDocuments, estimatedDocumentCount and distinct', function () {
  const coll = fresh('count');
  seedNumbers(coll, 40);
  expectEqual(coll.countDocuments({}), 40, 'countDocuments');
  expectEqual(coll.countDocuments({ parity: 0 }), 20, 'with filter');
  expectEqual(coll.countDocuments({ parity: 0 }, { skip: 5, limit: 10 }), 10, 'with skip and limit');
  expectEqual(coll.countDocuments({ i: { $gte: 30 } }, { skip: 8 }), 2, 'with skip near the end');
  expectEqual(coll.estimatedDocumentCount(), 40, 'estimatedDocumentCount');
  expectSameMembers(coll.distinct('parity'), [0, 1], 'distinct');
  expectSameMembers(coll.distinct('i', { i: { $lt: 3 } }), [0, 1, 2], 'distinct with filter');
  const tagged = fresh('count');
  tagged.insertMany([{ tags: ['a', 'b'] }, { tags: ['b', 'c'] }, { tags: [] }]);
  expectSameMembers(tagged.distinct('tags'), ['a', 'b', 'c'], 'distinct flattens arrays');
});

// ---------------------------------------------------------------------------------------------
// Bulk writes

check('ordered and unordered bulkWrite with a duplicate in the middle', function () {
  const ops = [
    { insertOne: { document: { _id: 1 } } },
    { insertOne: { document: { _id: 2 } } },
    { insertOne: { document: { _id: 1 } } },
    { insertOne: { document: { _id: 3 } } },
  ];
  const ordered = fresh('bulk');
  let error;
  try {
    ordered.bulkWrite(ops, { ordered: true });
  } catch (e) {
    error = e;
  }
  expectCode(error, 11000);
  expectEqual(error.insertedCount, 2, 'ordered insertedCount');
  expectEqual(error.writeErrors.length, 1, 'ordered write errors');
  expectEqual(error.writeErrors[0].index, 2, 'ordered error index');
  expectEqual(ids(ordered.find().sort({ _id: 1 }).toArray()), [1, 2], 'documents after ordered');

  const unordered = fresh('bulk');
  error = undefined;
  try {
    unordered.bulkWrite(ops, { ordered: false });
  } catch (e) {
    error = e;
  }
  expectCode(error, 11000);
  expectEqual(error.insertedCount, 3, 'unordered insertedCount');
  expectEqual(error.writeErrors.length, 1, 'unordered write errors');
  expectEqual(error.writeErrors[0].index, 2, 'unordered error index');
  expectEqual(ids(unordered.find().sort({ _id: 1 }).toArray()), [1, 2, 3], 'documents after unordered');

  const mixed = fresh('bulk');
  mixed.insertMany([{ _id: 1, n: 1 }, { _id: 2, n: 2 }]);
  const result = mixed.bulkWrite([
    { insertOne: { document: { _id: 3, n: 3 } } },
    { updateOne: { filter: { _id: 1 }, update: { $set: { n: 10 } } } },
    { deleteOne: { filter: { _id: 2 } } },
    { updateOne: { filter: { _id: 4 }, update: { $set: { n: 4 } }, upsert: true } },
  ]);
  expectEqual(result.acknowledged, true, 'acknowledged');
  expectEqual(result.insertedCount, 1, 'insertedCount');
  expectEqual(result.matchedCount, 1, 'matchedCount');
  expectEqual(result.modifiedCount, 1, 'modifiedCount');
  expectEqual(result.deletedCount, 1, 'deletedCount');
  expectEqual(result.upsertedCount, 1, 'upsertedCount');
  expectSame(result.upsertedIds, { 3: 4 }, 'upsertedIds');
});

// ---------------------------------------------------------------------------------------------
// Schema validation and collections

check('a $jsonSchema validator rejects an invalid insert with code 121', function () {
  expectEqual(tdb.createCollection('people', {
    validator: { $jsonSchema: { bsonType: 'object', required: ['name', 'age'], properties: { age: { bsonType: 'int', minimum: 0 } } } },
  }).ok, 1, 'createCollection ok');
  tdb.people.insertOne({ _id: 1, name: 'Ann', age: NumberInt(31) });
  let error;
  try {
    tdb.people.insertOne({ _id: 2, name: 'Bob' });
  } catch (e) {
    error = e;
  }
  expectCode(error, 121);
  expectEqual(error.errInfo && error.errInfo.failingDocumentId, 2, 'failingDocumentId');
  expectEqual(error.errInfo && error.errInfo.details.schemaRulesNotSatisfied[0].missingProperties, ['age'], 'missingProperties');
  expectEqual(tdb.people.countDocuments({}), 1, 'documents stored');
  const infos = tdb.getCollectionInfos({ name: 'people' });
  expectTrue(infos.length === 1 && infos[0].options.validator !== undefined, 'getCollectionInfos shows the validator: ' + show(infos));
});

check('getCollectionNames, renameCollection, drop', function () {
  const coll = fresh('coll');
  coll.insertOne({ _id: 1 });
  expectTrue(tdb.getCollectionNames().indexOf(coll.getName()) >= 0, 'getCollectionNames lists the collection');
  const renamed = coll.getName() + '_r';
  expectEqual(coll.renameCollection(renamed).ok, 1, 'renameCollection ok');
  expectEqual(tdb.getCollection(renamed).findOne(), { _id: 1 }, 'document after rename');
  expectEqual(tdb.getCollection(renamed).drop(), true, 'drop');
  expectTrue(tdb.getCollectionNames().indexOf(renamed) < 0, 'dropped collection is gone');
});

// ---------------------------------------------------------------------------------------------
// Run

let passed = 0;
let failed = 0;
for (let k = 0; k < checks.length; k++) {
  const current = checks[k];
  try {
    current.action();
    passed++;
    if (process.env.COMPAT_VERBOSE) {
      print('ok   ' + current.name);
    }
  } catch (e) {
    failed++;
    const reason = e instanceof CheckFailure ? e.message : describeError(e);
    print('FAIL ' + current.name + ': ' + String(reason).replace(/\s+/g, ' '));
  }
}

try {
  tdb.dropDatabase();
} catch (e) {
  failed++;
  print('FAIL teardown: ' + describeError(e));
}

print(CLIENT + ': ' + passed + ' passed, ' + failed + ' failed');
quit(failed === 0 ? 0 : 1);
