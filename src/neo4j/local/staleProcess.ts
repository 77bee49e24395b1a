import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { LAUNCHER_MAIN_CLASS } from './build.js';

/** Written beside the launcher's pid file once it is ready: where it listens and who started it. */
export interface LauncherInfo {
  uri: string;
  /** The pid of the Node process that started it and stops it. */
  owner: number;
}

const INFO_FILE = 'launcher.json';

export function writeLauncherInfo(home: string, info: LauncherInfo): void {
  writeFileSync(path.join(home, INFO_FILE), JSON.stringify(info));
}

/**
 * Looks for a launcher already serving this folder. One whose owner is alive is in use (another
 * policygraph command runs it) and is returned for reuse. One left behind by a killed run, or a
 * pid file naming a dead process, must not stop the next start, so it is cleared away. Neo4j's
 * own store lock is an OS file lock, freed when its process dies.
 */
export async function findOrClearLauncher(home: string): Promise<LauncherInfo | undefined> {
  const pidFile = path.join(home, 'launcher.pid');
  const pid = readPid(pidFile);
  if (pid !== undefined && isOurLauncher(pid, home)) {
    const info = readInfo(home);
    if (info && isAlive(info.owner) && info.owner !== process.pid) return info;
    await terminate(pid);
  }
  rmSync(pidFile, { force: true });
  rmSync(path.join(home, INFO_FILE), { force: true });
  return undefined;
}

function readInfo(home: string): LauncherInfo | undefined {
  try {
    return JSON.parse(readFileSync(path.join(home, INFO_FILE), 'utf8')) as LauncherInfo;
  } catch {
    return undefined;
  }
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
