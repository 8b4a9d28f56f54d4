#!/usr/bin/env node
// The Node.js side of the comparison: the same tasks as `dotnet ... -- compare` (same names, data, operation counts and
// iteration rules), through the official `mongodb` driver and through Mongoose. Usage:
//   NODE_PATH=<node_modules> node node-clients.js --uri mongodb://... --data <benchmark-data> --json out.json [--quick]
//     [--clients node-driver,mongoose]
'use strict';

const fs = require('fs');
const path = require('path');
const { performance } = require('perf_hooks');
const iteration = require('./iteration.js');

const args = iteration.parseArgs(process.argv.slice(2));
const policy = args.quick ? iteration.QUICK : iteration.FULL;
const clients = (args.clients || 'node-driver,mongoose').split(',');
const smallFile = path.join(args.data, 'odm', 'flat-models', 'small_doc.json');
const driverSmallFile = path.join(args.data, 'single_and_multi_document', 'small_doc.json');
const tweetFile = path.join(args.data, 'single_and_multi_document', 'tweet.json');
const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const fileSize = (file) => fs.statSync(file).size;
const SMALL_FIELD1 = 'miNVpaKW';
const UPDATE_FIELD = 'field1';

async function nodeDriverTasks(mongodb, uri) {
  const client = new mongodb.MongoClient(uri);
  await client.connect();
  const db = client.db('perftest');
  const models = db.collection('small_flat_model');
  const corpus = db.collection('corpus');
  const ops = policy.operations(10000);
  const small = readJson(smallFile);
  let ids = [];
  const saveInstances = async () => {
    await models.drop().catch(() => {});
    ids = [];
    for (let i = 0; i < ops; i++) {
      const copy = { ...small };
      await models.insertOne(copy);
      ids.push(copy._id);
    }
  };
  let value = '';
  let counter = 0;
  const tasks = [
    {
      name: 'odm-small-create', file: smallFile, ops,
      before: async () => { await models.drop().catch(() => {}); },
      run: async () => {
        const doc = { ...small };
        for (let i = 0; i < ops; i++) { delete doc._id; await models.insertOne(doc); }
      },
    },
    {
      name: 'odm-small-find-by-id', file: smallFile, ops, setup: saveInstances,
      run: async () => {
        let found = 0;
        for (const id of ids) { if (await models.findOne({ _id: id })) found++; }
        if (found !== ops) throw new Error(`found ${found} of ${ops}`);
      },
    },
    {
      name: 'odm-small-find-many', file: smallFile, ops, setup: saveInstances,
      run: async () => {
        const all = await models.find({ [UPDATE_FIELD]: SMALL_FIELD1 }).toArray();
        if (all.length !== ops) throw new Error(`found ${all.length} of ${ops}`);
      },
    },
    {
      name: 'odm-small-update', file: smallFile, ops, setup: saveInstances,
      before: async () => { value = 'updated-' + (++counter); },
      run: async () => {
        for (const id of ids) await models.updateOne({ _id: id }, { $set: { [UPDATE_FIELD]: value } });
      },
    },
    {
      name: 'driver-find-one-by-id', file: tweetFile, ops,
      setup: async () => {
        await db.dropDatabase();
        const tweet = readJson(tweetFile);
        const docs = [];
        for (let i = 1; i <= ops; i++) docs.push({ ...tweet, _id: i });
        await corpus.insertMany(docs);
      },
      run: async () => {
        let found = 0;
        for (let i = 1; i <= ops; i++) { if (await corpus.findOne({ _id: i })) found++; }
        if (found !== ops) throw new Error(`found ${found} of ${ops}`);
      },
    },
    {
      name: 'driver-insert-one-small', file: driverSmallFile, ops,
      setup: async () => { await db.dropDatabase(); },
      before: async () => { await corpus.drop().catch(() => {}); await db.createCollection('corpus'); },
      run: async () => {
        const doc = readJson(driverSmallFile);
        for (let i = 0; i < ops; i++) { delete doc._id; await corpus.insertOne(doc); }
      },
    },
  ];
  return { tasks, close: async () => { await db.dropDatabase().catch(() => {}); await client.close(); } };
}

async function mongooseTasks(mongoose, uri) {
  const connection = await mongoose.createConnection(uri, { dbName: 'perftest', autoIndex: false }).asPromise();
  const definition = {};
  for (const [key, v] of Object.entries(readJson(smallFile))) definition[key] = typeof v === 'number' ? Number : String;
  const SmallFlat = connection.model('SmallFlat', new mongoose.Schema(definition), 'small_flat_model');
  const ops = policy.operations(10000);
  const small = readJson(smallFile);
  let ids = [];
  const reset = async () => { await SmallFlat.collection.drop().catch(() => {}); };
  const saveInstances = async () => {
    await reset();
    ids = [];
    for (let i = 0; i < ops; i++) ids.push((await new SmallFlat(small).save())._id);
  };
  let value = '';
  let counter = 0;
  const tasks = [
    {
      name: 'odm-small-create', file: smallFile, ops, before: reset,
      run: async () => { for (let i = 0; i < ops; i++) await new SmallFlat(small).save(); },
    },
    {
      name: 'odm-small-find-by-id', file: smallFile, ops, setup: saveInstances,
      run: async () => {
        let found = 0;
        for (const id of ids) { if (await SmallFlat.findById(id)) found++; }
        if (found !== ops) throw new Error(`found ${found} of ${ops}`);
      },
    },
    {
      name: 'odm-small-find-many', file: smallFile, ops, setup: saveInstances,
      run: async () => {
        const all = await SmallFlat.find({ [UPDATE_FIELD]: SMALL_FIELD1 });
        if (all.length !== ops) throw new Error(`found ${all.length} of ${ops}`);
      },
    },
    {
      name: 'odm-small-update', file: smallFile, ops, setup: saveInstances,
      before: async () => { value = 'updated-' + (++counter); },
      run: async () => { for (const id of ids) await SmallFlat.updateOne({ _id: id }, { [UPDATE_FIELD]: value }); },
    },
  ];
  return { tasks, close: async () => { await reset(); await connection.close(); } };
}

async function main() {
  const results = [];
  const skipped = [];
  for (const clientName of clients) {
    let suite;
    try {
      suite = clientName === 'mongoose'
        ? await mongooseTasks(require('mongoose'), args.uri)
        : await nodeDriverTasks(require('mongodb'), args.uri);
    } catch (error) {
      skipped.push({ client: clientName, task: '*', reason: String(error && error.message || error) });
      console.error(`  skipped ${clientName}: ${error && error.message}`);
      continue;
    }
    for (const task of suite.tasks) {
      try {
        const measurement = await iteration.measure(policy, task, performance);
        const result = iteration.toResult(clientName, task.name, task.ops, fileSize(task.file) * task.ops, measurement);
        results.push(result);
        console.error(`  compare/${task.name.padEnd(30)} ${clientName.padEnd(12)} ${result.mbPerSecond.toFixed(2).padStart(10)} MB/s  median ${(result.medianSeconds * 1000).toFixed(1).padStart(9)} ms  (${result.iterations} iterations)`);
      } catch (error) {
        skipped.push({ client: clientName, task: 'compare/' + task.name, reason: 'failed: ' + (error && error.message) });
        console.error(`  failed compare/${task.name} [${clientName}]: ${error && error.stack}`);
      }
    }
    await suite.close();
  }
  const versions = {};
  for (const name of ['mongodb', 'mongoose']) {
    try { versions[name] = require(name + '/package.json').version; } catch { versions[name] = 'missing'; }
  }
  fs.writeFileSync(args.json, JSON.stringify({
    command: 'node ' + process.argv.slice(1).join(' '), mode: policy.name, runtime: 'node ' + process.version,
    versions: JSON.stringify(versions), results, skipped,
  }, null, 2));
}

main().catch((error) => { console.error(error); process.exit(1); });
