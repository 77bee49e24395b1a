import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkJavac, checkMaven, javacCommand, ToolchainError } from './toolchain.js';

/**
 * The launcher's Maven project (neo4j-local/): the first start has Maven resolve Neo4j's jars
 * into its cache and write the classpath, then compiles the launcher's one source with javac
 * (no compiler or resources plugin to fetch); later starts find both and skip Maven entirely.
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
    checkJavac();
    log(`Fetching Neo4j ${neo4jVersion()} from Maven Central (first start only)...`);
    await runMaven();
    await compileLauncher(readFileSync(CLASSPATH_FILE, 'utf8').trim());
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

/**
 * Maven resolves and writes the classpath only. Collecting the dependency graph breadth-first
 * fetches its POMs in parallel (Maven 3.9+; older Mavens ignore the flag), and more download
 * threads fetch the jars in parallel.
 */
function runMaven(): Promise<void> {
  return run(
    'mvn',
    [
      '-q',
      '-B',
      '-f',
      POM,
      '-Daether.dependencyCollector.impl=bf',
      '-Dmaven.artifact.threads=16',
      'dependency:build-classpath',
    ],
    (code, output) =>
      `Maven could not fetch Neo4j (exit ${code}). Is Maven Central reachable? Maven said:\n${output}`,
  );
}

function compileLauncher(classpath: string): Promise<void> {
  return run(
    javacCommand(),
    ['--release', '17', '-d', CLASSES, '-cp', classpath, SOURCE],
    (code, output) => `javac could not compile the launcher (exit ${code}):\n${output}`,
  );
}

function run(
  command: string,
  args: string[],
  failure: (code: number | null, output: string) => string,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', (error) =>
      reject(new ToolchainError(`${command} could not be run: ${error.message}`)),
    );
    child.on('close', (code) => {
      if (code === 0) return resolve();
      reject(new ToolchainError(failure(code, output.trim().split('\n').slice(-30).join('\n'))));
    });
  });
}
