import { parentPort, workerData } from 'node:worker_threads';
import { type PartTask, preparePart } from './seedParts.js';

/** A thread of prepareInParts: prepares its part of the seed, answers what the part holds. */
parentPort?.postMessage(preparePart(workerData as PartTask));
