import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { readSeedFileFast } from '../src/seed/parse.js';
import type { PartFile } from '../src/seed/threads.js';

/** js-yaml alone over a part of the seed, as validate reads it: answers its seconds. */
const files = workerData as PartFile[];
const texts = files.map(({ absolute }) => readFileSync(absolute, 'utf8'));
const start = performance.now();
for (const text of texts)
  if (!readSeedFileFast(text)) throw new Error('the generated seed has a file js-yaml refuses');
parentPort?.postMessage((performance.now() - start) / 1000);
