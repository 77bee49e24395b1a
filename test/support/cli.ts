import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface CliRun {
  child: ChildProcess;
  /** Everything printed so far, stdout and stderr together. */
  output: () => string;
  /**
   * Resolves with the next line matching `pattern` after the line the previous wait matched,
   * printed already or to come; rejects if the process ends first.
   */
  waitForLine: (pattern: RegExp, timeoutMs?: number) => Promise<string>;
  exited: Promise<number | null>;
}

/**
 * Runs `policygraph ARGS` from source in one Node process (no wrapper process in between, so a
 * signal sent to it reaches the CLI itself).
 */
export function runCli(args: string[], env: NodeJS.ProcessEnv): CliRun {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], {
    env: { ...process.env, NEO4J_URI: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  // Lines up to here were matched by an earlier wait; a wait looks at the lines after them.
  let consumed = 0;
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  const take = (pattern: RegExp): string | undefined => {
    const index = lines.findIndex((line, i) => i >= consumed && pattern.test(line));
    if (index < 0) return undefined;
    consumed = index + 1;
    return lines[index];
  };
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      lines.push(line);
      const waiter = waiters[0];
      const found = waiter && take(waiter.pattern);
      if (waiter && found !== undefined) {
        waiters.shift();
        waiter.resolve(found);
      }
    });
  }
  const output = () => lines.map((line) => `${line}\n`).join('');
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const waitForLine = (pattern: RegExp, timeoutMs = 120_000) =>
    new Promise<string>((resolve, reject) => {
      const found = take(pattern);
      if (found !== undefined) return resolve(found);
      const timer = setTimeout(
        () => reject(new Error(`no line ${pattern} in:\n${output()}`)),
        timeoutMs,
      );
      waiters.push({
        pattern,
        resolve: (line) => {
          clearTimeout(timer);
          resolve(line);
        },
      });
      void exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`exited (${code}) before printing ${pattern}:\n${output()}`));
      });
    });
  return { child, output, waitForLine, exited };
}
