import { writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';

/** For tests of runParts: after `ms`, marks `file` (when given) and answers `value`. */
const { ms, value, file } = workerData as { ms: number; value: string; file?: string };
setTimeout(() => {
  if (file) writeFileSync(file, value);
  parentPort?.postMessage(value);
}, ms);
