import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The Python that has the notebook's dependencies: $PYTHON, or the project's .venv made by
 * `npm run setup:python`. Missing is a failure with the fix, not a skip.
 */
export function pythonPath(): string {
  const python = process.env.PYTHON ?? resolve('.venv/bin/python');
  if (!existsSync(python)) {
    throw new Error(
      `No Python with the notebook's dependencies at ${python}: run \`npm run setup:python\` (or set PYTHON).`,
    );
  }
  return python;
}

export interface PythonRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a Python script or `-c` program to its end, with its output collected. */
export function runPython(args: string[], env: Record<string, string> = {}): Promise<PythonRun> {
  return new Promise((done, fail) => {
    const child = spawn(pythonPath(), args, {
      env: { ...process.env, MPLBACKEND: 'Agg', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}
