import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { LAUNCHER_MAIN_CLASS } from './build.js';

/**
 * A launcher left behind by a run that was killed (its parent gone, or a pid file that names a
 * dead process) must not stop the next start. Neo4j's own store lock is an OS file lock, freed
 * when its process dies, so only a live stale process needs handling.
 */
export async function stopStaleLauncher(pidFile: string, home: string): Promise<void> {
  const pid = readPid(pidFile);
  if (pid !== undefined && isOurLauncher(pid, home)) {
    await terminate(pid);
  }
  rmSync(pidFile, { force: true });
}

function readPid(pidFile: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(pidFile, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** True only for a live launcher serving this same folder: a reused pid is left alone. */
function isOurLauncher(pid: number, home: string): boolean {
  const commandLine = processCommandLine(pid) ?? '';
  return commandLine.includes(LAUNCHER_MAIN_CLASS) && commandLine.includes(home);
}

function processCommandLine(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    try {
      // No /proc (macOS): ask ps.
      return execFileSync('ps', ['-p', String(pid), '-o', 'command='], { encoding: 'utf8' });
    } catch {
      return undefined;
    }
  }
}

async function terminate(pid: number): Promise<void> {
  signal(pid, 'SIGTERM');
  for (let waited = 0; waited < 30_000; waited += 100) {
    if (!isAlive(pid)) return;
    await sleep(100);
  }
  signal(pid, 'SIGKILL');
}

/** Whether a process with this pid is alive. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone.
  }
}
