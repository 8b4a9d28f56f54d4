// The iteration rules shared by the Node.js comparison clients; the same rules as Runner/IterationPolicy.cs and
// pymongo_client.py: discarded warm-up iterations (at least 1, and at least 5 s full / 2 s quick), then (full) at least 60 s and stop after 100 iterations or 300 s,
// or (quick) 5 iterations, at most 10 s, of a tenth of the operations. Scores: dataset bytes / median seconds / 10^6.
'use strict';

function policy(name, warmup, warmupSeconds, target, minSeconds, maxSeconds, divisor) {
  return {
    name, warmup, warmupSeconds, target, minSeconds, maxSeconds,
    operations: (count) => (count >= 1000 ? Math.max(1, Math.floor(count / divisor)) : count),
    shouldContinue: (count, elapsed) => count === 0 || (elapsed < maxSeconds && (elapsed < minSeconds || count < target)),
  };
}

const FULL = policy('full', 1, 5, 100, 60, 300, 1);
const QUICK = policy('quick', 1, 2, 5, 0, 10, 10);
const PERCENTILES = [10, 25, 50, 75, 90, 95, 98, 99];

function parseArgs(argv) {
  const args = { quick: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') args.quick = true;
    else if (a.startsWith('--')) args[a.slice(2)] = argv[++i];
  }
  for (const required of ['uri', 'data', 'json']) {
    if (!args[required]) throw new Error(`--${required} is required`);
  }
  return args;
}

async function measure(p, task, performance) {
  if (task.setup) await task.setup();
  const once = async () => {
    if (task.before) await task.before();
    const started = performance.now();
    await task.run();
    const seconds = (performance.now() - started) / 1000;
    if (task.after) await task.after();
    return seconds;
  };
  let warmups = 0;
  let warmupElapsed = 0;
  while (warmups < p.warmup || warmupElapsed < p.warmupSeconds) { warmupElapsed += await once(); warmups++; }
  const times = [];
  let elapsed = 0;
  while (p.shouldContinue(times.length, elapsed)) {
    const seconds = await once();
    times.push(seconds);
    elapsed += seconds;
  }
  return times;
}

function nearestRank(sorted, p) {
  const index = Math.floor((sorted.length * p) / 100) - 1;
  return sorted[Math.min(Math.max(index, 0), sorted.length - 1)];
}

function toResult(client, task, operations, datasetBytes, times) {
  const sorted = [...times].sort((a, b) => a - b);
  const percentileSeconds = {};
  for (const p of PERCENTILES) percentileSeconds[p] = nearestRank(sorted, p);
  const medianSeconds = percentileSeconds[50];
  return {
    client, group: 'compare', task, operations, datasetBytes, iterations: sorted.length, medianSeconds,
    mbPerSecond: medianSeconds > 0 ? datasetBytes / 1e6 / medianSeconds : 0, percentileSeconds,
  };
}

module.exports = { FULL, QUICK, parseArgs, measure, toResult };
