import { parentPort, workerData } from 'node:worker_threads';
import { checkPart } from './parts.js';
import type { PartFile } from './threads.js';

/** A thread of checkInParts: reads and checks its part of the seed, answers the part's index. */
parentPort?.postMessage(checkPart(workerData as PartFile[]));
