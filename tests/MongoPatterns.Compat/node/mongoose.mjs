// Compatibility checks with Mongoose 9 (models, schema validation, indexes, populate, aggregation).
//
// Usage: MONGODB_URI=mongodb://127.0.0.1:27017/ node node/mongoose.mjs
// Every expectation is what a MongoDB 7.0 standalone returns (through Mongoose's own behaviour).
import mongoose from 'mongoose';
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

const { Schema } = mongoose;
const CLIENT = 'mongoose';
const uri = serverUri(CLIENT);
const dbName = uniqueDatabaseName(CLIENT);

// autoIndex/autoCreate are off so that the checks decide when collections and indexes are built.
const conn = mongoose.createConnection(uri, {
  dbName,
  autoIndex: false,
  autoCreate: false,
  monitorCommands: true,
  serverSelectionTimeoutMS: 10_000,
  appName: 'mongopatterns-compat-mongoose',
});

const started = [];
conn.on('error', () => {}); // Failures surface through conn.asPromise() in setup.

/** Runs an action and returns the commands the driver started while it ran. */
async function commandsDuring(action) {
  const from = started.length;
  await action();
  return started.slice(from);
}

const suite = new CheckSuite(CLIENT);

// ---------------------------------------------------------------------------------------------
// Models

const userSchema = new Schema({
  email: { type: String, required: true, unique: true, lowercase: true, trim: true },
  name: { type: String, required: true },
  age: { type: Number, min: 0 },
  role: { type: String, enum: ['admin', 'member'], default: 'member' },
});
userSchema.index({ name: 1, age: -1 }, { name: 'name_age' });

const postSchema = new Schema({
  title: { type: String, required: true },
  author: { type: Schema.Types.ObjectId, ref: 'User' },
  reviewers: [{ type: Schema.Types.ObjectId, ref: 'User' }],
  likes: { type: Number, default: 0 },
});

const itemSchema = new Schema({
  name: String,
  qty: Number,
  low: Number,
  high: Number,
  oldName: String,
  newName: String,
  tags: [String],
  scores: [Number],
  lines: [{ _id: false, sku: String, qty: Number }],
  grades: [{ _id: false, score: Number, passed: Boolean }],
});

const numberSchema = new Schema({ _id: String, i: Number, parity: Number }, { versionKey: false });

const counterSchema = new Schema({ _id: String, seq: Number }, { versionKey: false });

const accountSchema = new Schema({
  nick: { type: String, index: { unique: true, sparse: true } },
  score: Number,
  expiresAt: Date,
}, { versionKey: false });
accountSchema.index({ score: -1 }, { partialFilterExpression: { score: { $gt: 10 } } });
accountSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 3600 });

const typedSchema = new Schema({
  price: Schema.Types.Decimal128,
  at: Date,
  ref: Schema.Types.ObjectId,
  labels: { type: Map, of: String },
  nested: { a: Number, b: [String] },
  big: BigInt,
}, { timestamps: true });

const personSchema = new Schema({ name: String, age: Number }, { versionKey: false });

const User = conn.model('User', userSchema);
const Post = conn.model('Post', postSchema);
const Item = conn.model('Item', itemSchema);
const NumberDoc = conn.model('NumberDoc', numberSchema);
const Counter = conn.model('Counter', counterSchema);
const Account = conn.model('Account', accountSchema);
const Typed = conn.model('Typed', typedSchema);
const Person = conn.model('Person', personSchema);

async function seedNumbers(count) {
  const docs = [];
  for (let k = 0; k < count; k++) {
    const i = (k * 97) % count;
    docs.push({ _id: `n${i}`, i, parity: i % 2 });
  }
  await NumberDoc.insertMany(docs);
}

// ---------------------------------------------------------------------------------------------
// CRUD

suite.check('save and create cast values, apply defaults and round-trip through the server', async () => {
  const user = new User({ email: '  Ann@Example.com ', name: 'Ann', age: '31' });
  await user.save();
  const stored = await User.findById(user._id).lean();
  expectSame(stored, { _id: user._id, email: 'ann@example.com', name: 'Ann', age: 31, role: 'member', __v: 0 }, 'stored user');
  expectEqual(Object.keys(stored)[0], '_id', 'first field');
  const [bob, cy] = await User.create([{ email: 'bob@example.com', name: 'Bob', age: 25 }, { email: 'cy@example.com', name: 'Cy', role: 'admin' }]);
  expectTrue(bob._id instanceof mongoose.Types.ObjectId && cy._id instanceof mongoose.Types.ObjectId, 'create assigns ObjectIds');
  const found = await User.find({ age: { $gte: 20 } }).sort({ age: -1 }).select('name -_id').lean();
  expectEqual(found, [{ name: 'Ann' }, { name: 'Bob' }], 'find with sort and select');
  const admin = await User.findOne({ role: 'admin' }).lean();
  expectEqual(admin?.name, 'Cy', 'findOne');
  expectEqual(await User.findOne({ name: 'Nobody' }), null, 'findOne without a match');
  user.age = 32;
  await user.save();
  expectEqual((await User.findById(user._id).lean()).age, 32, 'save of a modified document updates it');
  await User.deleteMany({});
});

suite.check('updateOne, updateMany, replaceOne, deleteOne and deleteMany return the driver results', async () => {
  await Item.insertMany([{ name: 'a', qty: 1 }, { name: 'b', qty: 1 }, { name: 'c', qty: 5 }]);
  const one = await Item.updateOne({ name: 'a' }, { qty: 2 });
  expectSame(one, { acknowledged: true, matchedCount: 1, modifiedCount: 1, upsertedCount: 0, upsertedId: null }, 'updateOne');
  const noop = await Item.updateOne({ name: 'a' }, { qty: 2 });
  expectSame(noop, { acknowledged: true, matchedCount: 1, modifiedCount: 0, upsertedCount: 0, upsertedId: null }, 'no-op updateOne');
  const many = await Item.updateMany({ qty: { $lt: 5 } }, { $inc: { qty: 10 } });
  expectSame(many, { acknowledged: true, matchedCount: 2, modifiedCount: 2, upsertedCount: 0, upsertedId: null }, 'updateMany');
  const upsert = await Item.updateOne({ name: 'z' }, { $set: { qty: 0 } }, { upsert: true });
  expectEqual(upsert.upsertedCount, 1, 'upsertedCount');
  expectTrue(upsert.upsertedId instanceof mongoose.Types.ObjectId, `upsertedId should be an ObjectId, got ${show(upsert.upsertedId)}`);
  const replaced = await Item.replaceOne({ name: 'b' }, { name: 'b2', qty: 7 });
  expectSame(replaced, { acknowledged: true, matchedCount: 1, modifiedCount: 1, upsertedCount: 0, upsertedId: null }, 'replaceOne');
  const deletedOne = await Item.deleteOne({ name: 'c' });
  expectSame(deletedOne, { acknowledged: true, deletedCount: 1 }, 'deleteOne');
  const deletedMany = await Item.deleteMany({});
  expectSame(deletedMany, { acknowledged: true, deletedCount: 3 }, 'deleteMany');
});

suite.check('findOneAndUpdate with returnDocument after and upsert', async () => {
  const first = await Counter.findOneAndUpdate({ _id: 'orders' }, { $inc: { seq: 1 } }, { upsert: true, returnDocument: 'after' }).lean();
  expectEqual(first, { _id: 'orders', seq: 1 }, 'upserted counter');
  const second = await Counter.findOneAndUpdate({ _id: 'orders' }, { $inc: { seq: 1 } }, { returnDocument: 'after' }).lean();
  expectEqual(second, { _id: 'orders', seq: 2 }, 'incremented counter');
  const before = await Counter.findOneAndUpdate({ _id: 'orders' }, { $inc: { seq: 1 } }, { returnDocument: 'before' }).lean();
  expectEqual(before, { _id: 'orders', seq: 2 }, 'returnDocument before');
  const raw = await Counter.findOneAndUpdate({ _id: 'orders' }, { $inc: { seq: 1 } }, { returnDocument: 'after', includeResultMetadata: true }).lean();
  expectEqual(raw.ok, 1, 'ok');
  expectSame(raw.lastErrorObject, { n: 1, updatedExisting: true }, 'lastErrorObject');
  expectEqual(raw.value, { _id: 'orders', seq: 4 }, 'value');
  const missing = await Counter.findOneAndUpdate({ _id: 'none' }, { $inc: { seq: 1 } }, { returnDocument: 'after' });
  expectEqual(missing, null, 'no match without upsert');
  const removed = await Counter.findOneAndDelete({ _id: 'orders' }).lean();
  expectEqual(removed, { _id: 'orders', seq: 4 }, 'findOneAndDelete');
});

suite.check('BSON types round-trip: Decimal128, Date, ObjectId, Map, BigInt, nested, timestamps', async () => {
  const ref = new mongoose.Types.ObjectId();
  const at = new Date('2024-02-29T12:34:56.789Z');
  const created = await Typed.create({ price: '19.99', at, ref, labels: { color: 'red' }, nested: { a: 1, b: ['x'] }, big: 9007199254740993n });
  const doc = await Typed.findById(created._id);
  expectEqual(doc.price.toString(), '19.99', 'Decimal128');
  expectEqual(doc.at.toISOString(), at.toISOString(), 'Date');
  expectTrue(doc.ref.equals(ref), 'ObjectId');
  expectEqual(doc.labels.get('color'), 'red', 'Map');
  expectEqual([...doc.nested.b], ['x'], 'nested array');
  expectEqual(doc.big, 9007199254740993n, 'BigInt stored as int64');
  expectTrue(doc.createdAt instanceof Date && doc.updatedAt instanceof Date, 'timestamps are dates');
  const raw = await Typed.collection.findOne({ _id: created._id }, { promoteValues: false, promoteLongs: false });
  expectEqual(raw.price?._bsontype, 'Decimal128', 'raw price type');
  expectEqual(raw.big?._bsontype, 'Long', 'raw BigInt type');
});

// ---------------------------------------------------------------------------------------------
// Indexes

suite.check('unique: true is built by syncIndexes and a duplicate fails with 11000 and keyValue', async () => {
  const dropped = await User.syncIndexes();
  expectEqual(dropped, [], 'indexes dropped by the first syncIndexes');
  const indexes = await User.listIndexes();
  const byName = Object.fromEntries(indexes.map((i) => [i.name, i]));
  expectSameMembers(Object.keys(byName), ['_id_', 'email_1', 'name_age'], 'index names');
  expectSame(byName.email_1, { v: 2, key: { email: 1 }, name: 'email_1', unique: true }, 'email index spec');
  expectEqual(byName.name_age.key, { name: 1, age: -1 }, 'compound key order');
  const diff = await User.diffIndexes();
  expectSame(diff, { toDrop: [], toCreate: [] }, 'diffIndexes after syncIndexes');
  expectEqual(await User.syncIndexes(), [], 'a second syncIndexes drops nothing');

  await User.create({ email: 'dup@example.com', name: 'First' });
  const error = await expectError(() => User.create({ email: 'DUP@example.com', name: 'Second' }), 'duplicate email');
  expectEqual(error.name, 'MongoServerError', 'error class');
  expectCode(error, 11000);
  expectEqual(error.keyPattern, { email: 1 }, 'keyPattern');
  expectEqual(error.keyValue, { email: 'dup@example.com' }, 'keyValue');
  expectEqual(await User.countDocuments({ email: 'dup@example.com' }), 1, 'documents with that email');
  await User.deleteMany({});
});

suite.check('syncIndexes drops an index the schema does not declare', async () => {
  await User.syncIndexes();
  await User.collection.createIndex({ legacy: 1 });
  const dropped = await User.syncIndexes();
  expectEqual(dropped, ['legacy_1'], 'dropped indexes');
  const names = (await User.listIndexes()).map((i) => i.name);
  expectSameMembers(names, ['_id_', 'email_1', 'name_age'], 'indexes after syncIndexes');
});

suite.check('createIndexes builds sparse unique, partial and TTL schema indexes', async () => {
  await Account.createCollection();
  await Account.createIndexes();
  const byName = Object.fromEntries((await Account.listIndexes()).map((i) => [i.name, i]));
  expectSameMembers(Object.keys(byName), ['_id_', 'nick_1', 'score_-1', 'expiresAt_1'], 'index names');
  expectSame(byName.nick_1, { v: 2, key: { nick: 1 }, name: 'nick_1', unique: true, sparse: true }, 'sparse unique spec');
  expectSame(byName['score_-1'], { v: 2, key: { score: -1 }, name: 'score_-1', partialFilterExpression: { score: { $gt: 10 } } }, 'partial spec');
  expectSame(byName.expiresAt_1, { v: 2, key: { expiresAt: 1 }, name: 'expiresAt_1', expireAfterSeconds: 3600 }, 'TTL spec');
  await Account.create([{ score: 1 }, { score: 2 }, { nick: 'n' }]);
  const error = await expectError(() => Account.create({ nick: 'n' }), 'duplicate nick');
  expectCode(error, 11000);
});

// ---------------------------------------------------------------------------------------------
// Validation

suite.check('schema validation fails client-side with ValidationError and sends no write', async () => {
  let error;
  const commands = await commandsDuring(async () => {
    error = await expectError(() => User.create({ email: 'v@example.com', age: -3, role: 'boss' }), 'invalid user');
  });
  expectTrue(error instanceof mongoose.Error.ValidationError, `expected ValidationError, got ${describeError(error)}`);
  expectSameMembers(Object.keys(error.errors), ['name', 'age', 'role'], 'failing paths');
  expectEqual(error.errors.name.kind, 'required', 'name error kind');
  expectEqual(error.errors.age.kind, 'min', 'age error kind');
  expectEqual(error.errors.role.kind, 'enum', 'role error kind');
  expectTrue(!commands.some((c) => c.commandName === 'insert'), `no insert should be sent, saw ${show(commands.map((c) => c.commandName))}`);

  await User.create({ email: 'valid@example.com', name: 'Valid' });
  const updateError = await expectError(() => User.updateOne({ email: 'valid@example.com' }, { $set: { age: -1 } }, { runValidators: true }), 'update with runValidators');
  expectTrue(updateError instanceof mongoose.Error.ValidationError, `expected ValidationError, got ${describeError(updateError)}`);
  const castError = await expectError(() => User.find({ age: 'not a number' }), 'cast error');
  expectEqual(castError.name, 'CastError', 'cast error class');
  await User.deleteMany({});
});

suite.check('a server-side $jsonSchema validator rejects a document Mongoose accepts (121)', async () => {
  await Person.createCollection({
    validator: {
      $jsonSchema: {
        bsonType: 'object',
        required: ['name', 'age'],
        properties: { name: { bsonType: 'string' }, age: { bsonType: 'int', minimum: 0 } },
      },
    },
  });
  await Person.create({ name: 'Ann', age: 31 });
  const error = await expectError(() => Person.create({ name: 'Bob' }), 'insert without age');
  expectEqual(error.name, 'MongoServerError', 'error class');
  expectCode(error, 121);
  expectEqual(error.errInfo?.details?.operatorName, '$jsonSchema', 'errInfo.details.operatorName');
  expectEqual(error.errInfo?.details?.schemaRulesNotSatisfied?.[0]?.missingProperties, ['age'], 'missingProperties');
  expectEqual(await Person.countDocuments(), 1, 'documents stored');
});

// ---------------------------------------------------------------------------------------------
// populate and $lookup

async function seedBlog() {
  const [ann, bob, cy] = await User.create([
    { email: 'ann@blog.test', name: 'Ann' },
    { email: 'bob@blog.test', name: 'Bob' },
    { email: 'cy@blog.test', name: 'Cy' },
  ]);
  await Post.create([
    { title: 'A first post', author: ann._id, reviewers: [cy._id, bob._id] },
    { title: 'B second post', author: bob._id, reviewers: [] },
    { title: 'C orphan post', author: new mongoose.Types.ObjectId() },
  ]);
  return { ann, bob, cy };
}

suite.check('populate() resolves single and array references in order, missing ones to null', async () => {
  await seedBlog();
  let posts;
  const commands = await commandsDuring(async () => {
    posts = await Post.find().sort({ title: 1 }).populate('author', 'name').populate('reviewers', 'name').lean();
  });
  expectEqual(posts.length, 3, 'posts');
  expectEqual(posts[0].author?.name, 'Ann', 'first author');
  expectEqual(posts[0].reviewers.map((r) => r.name), ['Cy', 'Bob'], 'reviewers keep their order');
  expectEqual(posts[1].author?.name, 'Bob', 'second author');
  expectEqual(posts[1].reviewers, [], 'no reviewers');
  expectEqual(posts[2].author, null, 'a dangling reference populates to null');
  const userFinds = commands.filter((c) => c.commandName === 'find' && c.command.find === User.collection.collectionName);
  expectTrue(userFinds.length >= 1, 'populate queries the users collection');
  const single = await Post.findOne({ title: 'B second post' }).populate('author');
  expectEqual(single.author.email, 'bob@blog.test', 'populate on a hydrated document');
});

suite.check('Model.aggregate $lookup joins posts to users (equality and pipeline forms)', async () => {
  const users = User.collection.collectionName;
  const joined = await Post.aggregate([
    { $sort: { title: 1 } },
    { $lookup: { from: users, localField: 'author', foreignField: '_id', as: 'authorDocs' } },
    { $project: { _id: 0, title: 1, authorNames: '$authorDocs.name', reviewerCount: { $size: '$reviewers' } } },
  ]);
  expectSame(joined, [
    { title: 'A first post', authorNames: ['Ann'], reviewerCount: 2 },
    { title: 'B second post', authorNames: ['Bob'], reviewerCount: 0 },
    { title: 'C orphan post', authorNames: [], reviewerCount: 0 },
  ], 'posts with author names');
  const perUser = await User.aggregate([
    { $match: { email: /@blog\.test$/ } },
    { $lookup: { from: Post.collection.collectionName, let: { uid: '$_id' }, pipeline: [{ $match: { $expr: { $eq: ['$author', '$$uid'] } } }, { $project: { _id: 0, title: 1 } }], as: 'posts' } },
    { $project: { _id: 0, name: 1, posts: 1 } },
    { $sort: { name: 1 } },
  ]);
  expectEqual(perUser, [
    { name: 'Ann', posts: [{ title: 'A first post' }] },
    { name: 'Bob', posts: [{ title: 'B second post' }] },
    { name: 'Cy', posts: [] },
  ], 'users with their posts');
});

// ---------------------------------------------------------------------------------------------
// Cursors

suite.check('a query cursor with batchSize 7 streams 250 documents in order through getMore', async () => {
  await seedNumbers(250);
  const seen = [];
  const commands = await commandsDuring(async () => {
    for await (const doc of NumberDoc.find().sort({ i: 1 }).batchSize(7).lean().cursor()) {
      seen.push(doc.i);
    }
  });
  expectEqual(seen.length, 250, 'documents returned');
  expectTrue(seen.every((value, index) => value === index), `documents out of order: ${show(seen.slice(0, 20))}...`);
  const names = commands.map((c) => c.commandName);
  expectEqual(names.filter((n) => n === 'find').length, 1, 'find commands');
  expectEqual(names.filter((n) => n === 'getMore').length, 35, 'getMore commands');
});

suite.check('skip and limit return the requested window', async () => {
  const window = await NumberDoc.find().sort({ i: 1 }).skip(10).limit(15).batchSize(7).lean();
  expectEqual(window.map((d) => d.i), Array.from({ length: 15 }, (_, k) => 10 + k), 'skip 10 limit 15');
  const odd = await NumberDoc.find({ parity: 1 }).sort({ i: -1 }).skip(3).limit(4).lean();
  expectEqual(odd.map((d) => d.i), [243, 241, 239, 237], 'filtered, descending, skip 3 limit 4');
});

// ---------------------------------------------------------------------------------------------
// Update operators

suite.check('update operators through Mongoose casting', async () => {
  const item = await Item.create({
    name: 'w', qty: 5, low: 5, high: 5, oldName: 'x', tags: ['a'], scores: [1, 8, 3, 9, 5],
    lines: [{ sku: 'a', qty: 1 }, { sku: 'b', qty: 2 }],
    grades: [{ score: 50 }, { score: 70 }, { score: 90 }],
  });
  const id = item._id;
  await Item.updateOne({ _id: id }, { $set: { name: 'widget' }, $inc: { qty: 3 }, $unset: { high: 1 } });
  await Item.updateOne({ _id: id }, { $min: { low: 2 }, $max: { qty: 100 } });
  await Item.updateOne({ _id: id }, { $rename: { oldName: 'newName' } });
  await Item.updateOne({ _id: id }, { $push: { tags: { $each: ['b', 'c', 'd'], $slice: -3 } } });
  const addToSet = await Item.updateOne({ _id: id }, { $addToSet: { tags: 'c' } });
  expectEqual(addToSet.modifiedCount, 0, '$addToSet of an existing value');
  await Item.updateOne({ _id: id }, { $pull: { scores: { $gte: 8 } } });
  await Item.updateOne({ _id: id, 'lines.sku': 'b' }, { $set: { 'lines.$.qty': 20 } });
  await Item.updateOne({ _id: id }, { $set: { 'grades.$[g].passed': true } }, { arrayFilters: [{ 'g.score': { $gte: 60 } }] });
  const doc = await Item.findById(id).lean();
  expectSame(doc, {
    _id: id,
    name: 'widget',
    qty: 100,
    low: 2,
    newName: 'x',
    tags: ['b', 'c', 'd'],
    scores: [1, 3, 5],
    lines: [{ sku: 'a', qty: 1 }, { sku: 'b', qty: 20 }],
    grades: [{ score: 50 }, { score: 70, passed: true }, { score: 90, passed: true }],
    __v: 0,
  }, 'document after the updates');
  await Item.deleteMany({});
});

// ---------------------------------------------------------------------------------------------
// Aggregation, counting, distinct

suite.check('Model.aggregate $match/$group/$sort/$facet/$unwind/$project', async () => {
  await Item.insertMany([
    { name: 'a', qty: 10, tags: ['x', 'y'] },
    { name: 'b', qty: 20, tags: ['y'] },
    { name: 'a', qty: 30, tags: [] },
    { name: 'c', qty: 5, tags: ['z'] },
  ]);
  const groups = await Item.aggregate([
    { $match: { qty: { $gte: 10 } } },
    { $sort: { qty: 1 } },
    { $group: { _id: '$name', total: { $sum: '$qty' }, avg: { $avg: '$qty' }, qtys: { $push: '$qty' } } },
    { $sort: { _id: 1 } },
  ]);
  expectEqual(groups, [{ _id: 'a', total: 40, avg: 20, qtys: [10, 30] }, { _id: 'b', total: 20, avg: 20, qtys: [20] }], '$group');
  const [facet] = await Item.aggregate([
    { $facet: { n: [{ $count: 'n' }], tags: [{ $unwind: '$tags' }, { $group: { _id: '$tags', n: { $sum: 1 } } }, { $sort: { _id: 1 } }] } },
  ]);
  expectEqual(facet, { n: [{ n: 4 }], tags: [{ _id: 'x', n: 1 }, { _id: 'y', n: 2 }, { _id: 'z', n: 1 }] }, '$facet with $unwind');
  const projected = await Item.aggregate([{ $match: { name: 'b' } }, { $project: { _id: 0, name: 1, double: { $multiply: ['$qty', 2] } } }]);
  expectSame(projected, [{ name: 'b', double: 40 }], '$project');
});

suite.check('countDocuments with filter/skip/limit, estimatedDocumentCount and distinct', async () => {
  expectEqual(await Item.countDocuments(), 4, 'countDocuments');
  expectEqual(await Item.countDocuments({ name: 'a' }), 2, 'with filter');
  expectEqual(await Item.countDocuments({}).skip(1).limit(2), 2, 'with skip and limit');
  expectEqual(await Item.countDocuments({ qty: { $gt: 5 } }).skip(2), 1, 'with filter and skip');
  expectEqual(await Item.estimatedDocumentCount(), 4, 'estimatedDocumentCount');
  expectSameMembers(await Item.distinct('name'), ['a', 'b', 'c'], 'distinct');
  expectSameMembers(await Item.distinct('tags'), ['x', 'y', 'z'], 'distinct over arrays');
  expectSameMembers(await Item.distinct('name', { qty: { $gt: 15 } }), ['a', 'b'], 'distinct with filter');
  await Item.deleteMany({});
});

// ---------------------------------------------------------------------------------------------
// Bulk writes

suite.check('ordered bulkWrite stops at the duplicate; unordered continues and reports the index', async () => {
  const ops = [
    { insertOne: { document: { _id: 'b1', seq: 1 } } },
    { insertOne: { document: { _id: 'b2', seq: 2 } } },
    { insertOne: { document: { _id: 'b1', seq: 3 } } },
    { insertOne: { document: { _id: 'b3', seq: 4 } } },
  ];
  const ordered = await expectError(() => Counter.bulkWrite(ops, { ordered: true }), 'ordered bulkWrite');
  expectEqual(ordered.name, 'MongoBulkWriteError', 'error class');
  expectEqual(ordered.insertedCount, 2, 'ordered insertedCount');
  expectEqual(ordered.writeErrors.map((e) => [e.index, e.code]), [[2, 11000]], 'ordered write errors');
  expectEqual((await Counter.find().sort({ _id: 1 }).lean()).map((d) => d._id), ['b1', 'b2'], 'documents after ordered');
  await Counter.deleteMany({});

  const unordered = await expectError(() => Counter.bulkWrite(ops, { ordered: false }), 'unordered bulkWrite');
  expectEqual(unordered.insertedCount, 3, 'unordered insertedCount');
  expectEqual(unordered.writeErrors.map((e) => [e.index, e.code]), [[2, 11000]], 'unordered write errors');
  expectEqual((await Counter.find().sort({ _id: 1 }).lean()).map((d) => d._id), ['b1', 'b2', 'b3'], 'documents after unordered');
  await Counter.deleteMany({});

  const many = await expectError(() => Counter.insertMany([{ _id: 'm1' }, { _id: 'm1' }, { _id: 'm2' }], { ordered: false }), 'unordered insertMany');
  expectEqual(many.insertedDocs.map((d) => d._id), ['m1', 'm2'], 'insertedDocs');
  expectEqual(many.writeErrors.map((e) => e.index), [1], 'insertMany write error index');
  await Counter.deleteMany({});
});

await suite.runAndExit({
  setup: async () => {
    await conn.asPromise();
    conn.getClient().on('commandStarted', (event) => started.push(event));
  },
  teardown: async ({ ready }) => {
    try {
      if (ready) {
        await conn.dropDatabase();
      }
    } finally {
      await conn.close();
    }
  },
});
