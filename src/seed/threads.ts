import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { displayName, seedFilesOf } from './validate.js';

/** A seed file, named as errors name it, and where it is. */
export interface PartFile {
  file: string;
  absolute: string;
}

/** The seed's files in one part per core, of about equal size, and their bytes together. */
export function seedParts(seed: string | readonly string[]): {
  parts: PartFile[][];
  bytes: number;
} {
  const files = seedFilesOf(seed).map((absolute) => ({
    file: displayName(absolute),
    absolute,
    bytes: statSync(absolute).size,
  }));
  return {
    parts: splitFiles(files, availableParallelism()),
    bytes: files.reduce((sum, { bytes }) => sum + bytes, 0),
  };
}

/** The files in `count` parts of about equal size, the largest file first into the smallest part. */
export function splitFiles(
  files: readonly (PartFile & { bytes: number })[],
  count: number,
): PartFile[][] {
  const parts = Array.from({ length: count }, () => ({ bytes: 0, files: [] as PartFile[] }));
  for (const { file, absolute, bytes } of [...files].sort((a, b) => b.bytes - a.bytes)) {
    const smallest = parts.reduce((min, part) => (part.bytes < min.bytes ? part : min));
    smallest.files.push({ file, absolute });
    smallest.bytes += bytes;
  }
  return parts.map((part) => part.files).filter((part) => part.length > 0);
}

/**
 * A worker thread's module, beside the module that starts it (`from`, its import.meta.url):
 * compiled, or, run from source (tests, tsx), the TypeScript file, which the worker reads
 * through tsx as the process does.
 */
export function workerModule(from: string, name: string): WorkerModule {
  const fromSource = from.endsWith('.ts');
  return {
    url: new URL(`./${name}.${fromSource ? 'ts' : 'js'}`, from),
    // Otherwise the worker inherits the process's options (a V8 option such as
    // --max-old-space-size may not be given to a worker, only inherited).
    execArgv: fromSource && !process.execArgv.includes('tsx') ? ['--import', 'tsx'] : undefined,
  };
}

export interface WorkerModule {
  url: URL;
  execArgv: string[] | undefined;
}

/** Runs the module on a thread of its own with `task`; `answer` is the one message it posts. */
function startThread<R>(
  module: WorkerModule,
  task: unknown,
): { worker: Worker; answer: Promise<R> } {
  const worker = new Worker(module.url, {
    workerData: task,
    ...(module.execArgv ? { execArgv: module.execArgv } : {}),
  });
  const answer = new Promise<R>((resolve, reject) => {
    let answered = false;
    worker.once('message', (result: R) => {
      answered = true;
      resolve(result);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`A thread reading the seed stopped (exit ${code}).`));
    });
  });
  return { worker, answer };
}

/**
 * Runs the module on a thread per task; answers their results in the tasks' order, or the first
 * that declines as soon as it comes, the other threads then stopped: their work is of no use
 * once one part cannot be vouched for.
 */
export async function runParts<R>(
  module: WorkerModule,
  tasks: readonly unknown[],
  declines: (result: R) => boolean,
): Promise<{ results: R[] } | { declined: R }> {
  const threads = tasks.map((task) => startThread<R>(module, task));
  const stopAll = () => Promise.all(threads.map(({ worker }) => worker.terminate()));
  try {
    const first = await new Promise<{ results: R[] } | { declined: R }>((resolve, reject) => {
      for (const { answer } of threads)
        answer.then((result) => {
          if (declines(result)) resolve({ declined: result });
        }, reject);
      Promise.all(threads.map(({ answer }) => answer)).then(
        (results) => resolve({ results }),
        reject,
      );
    });
    return first;
  } finally {
    // Stopped, or already ended: no thread outlives the answer.
    await stopAll();
  }
}
