import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkMaven, ToolchainError } from './toolchain.js';

/**
 * The launcher's Maven project (neo4j-local/): the first start resolves Neo4j's jars into
 * Maven's cache and compiles the launcher; later starts find both and skip Maven entirely.
 */

export const LAUNCHER_DIR = fileURLToPath(new URL('../../../neo4j-local/', import.meta.url));
const POM = path.join(LAUNCHER_DIR, 'pom.xml');
const SOURCE = path.join(LAUNCHER_DIR, 'src/main/java/policygraph/LocalNeo4j.java');
const CLASSES = path.join(LAUNCHER_DIR, 'target/classes');
const CLASS_FILE = path.join(CLASSES, 'policygraph/LocalNeo4j.class');
const CLASSPATH_FILE = path.join(LAUNCHER_DIR, 'target/classpath.txt');

export const LAUNCHER_CONFIG = path.join(LAUNCHER_DIR, 'neo4j.conf');
export const LAUNCHER_MAIN_CLASS = 'policygraph.LocalNeo4j';

/** The Neo4j version the launcher runs, as pinned in its pom.xml. */
export function neo4jVersion(): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(POM, 'utf8'));
  if (!match?.[1]) throw new Error(`${POM} has no <neo4j.version>`);
  return match[1];
}

/** The launcher's Java classpath, built with Maven first when needed. */
export async function launcherClasspath(log: (line: string) => void): Promise<string> {
  if (!isBuilt()) {
    checkMaven();
    log(`Fetching Neo4j ${neo4jVersion()} from Maven Central (first start only)...`);
    await runMaven();
    // Maven leaves an unchanged classpath file untouched; mark it as up to date with the pom.
    if (existsSync(CLASSPATH_FILE)) utimesSync(CLASSPATH_FILE, new Date(), new Date());
    if (!isBuilt()) throw new ToolchainError('Maven finished but the launcher was not built.');
  }
  return [CLASSES, readFileSync(CLASSPATH_FILE, 'utf8').trim()].join(path.delimiter);
}

function isBuilt(): boolean {
  if (!existsSync(CLASS_FILE) || !existsSync(CLASSPATH_FILE)) return false;
  // Maven rewrites the classpath file only when the dependencies change, so each output is
  // compared with its own input.
  if (mtime(CLASS_FILE) < mtime(SOURCE) || mtime(CLASSPATH_FILE) < mtime(POM)) return false;
  // Maven's cache may have been cleaned since the classpath was written.
  const jars = readFileSync(CLASSPATH_FILE, 'utf8').trim().split(path.delimiter);
  return jars.every((jar) => existsSync(jar));
}

function mtime(file: string): number {
  return statSync(file).mtimeMs;
}

function runMaven(): Promise<void> {
  return new Promise((resolve, reject) => {
    const maven = spawn('mvn', ['-q', '-B', '-f', POM, 'compile'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    maven.stdout.on('data', (chunk) => {
      output += chunk;
    });
    maven.stderr.on('data', (chunk) => {
      output += chunk;
    });
    maven.on('error', reject);
    maven.on('close', (code) => {
      if (code === 0) return resolve();
      reject(
        new ToolchainError(
          `Maven could not fetch Neo4j or build the launcher (exit ${code}). ` +
            `Is Maven Central reachable? Maven said:\n${output.trim().split('\n').slice(-30).join('\n')}`,
        ),
      );
    });
  });
}
