import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** Java and Maven, which the local Neo4j needs; each missing one gets a message that says what to do. */

export class ToolchainError extends Error {
  override name = 'ToolchainError';
}

const USE_ANOTHER_NEO4J =
  'Or set NEO4J_URI to a Neo4j you run elsewhere (Docker: docker compose up neo4j).';

/** The java command: $JAVA_HOME/bin/java when JAVA_HOME is set, else java on the PATH. */
export function javaCommand(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** The javac command beside that java (a JDK's, not a bare runtime's). */
export function javacCommand(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'javac') : 'javac';
}

/** Checks that Java 17 or newer is there and returns its major version. */
export function checkJava(env: NodeJS.ProcessEnv = process.env): number {
  const java = javaCommand(env);
  const result = spawnSync(java, ['-version'], { encoding: 'utf8', env });
  if (result.error || result.status !== 0) {
    throw new ToolchainError(
      `Java was not found (${java}): the local Neo4j needs a JDK 17 or newer. ` +
        `Install one (Debian/Ubuntu: apt-get install openjdk-17-jdk) or set JAVA_HOME. ${USE_ANOTHER_NEO4J}`,
    );
  }
  const major = parseJavaMajor(result.stderr + result.stdout);
  if (major === undefined || major < 17) {
    throw new ToolchainError(
      `${java} is Java ${major ?? '(unknown version)'}; Neo4j 5.26 needs Java 17 or 21. ` +
        `Install JDK 17 or set JAVA_HOME to one. ${USE_ANOTHER_NEO4J}`,
    );
  }
  return major;
}

/** Reads the major version from `java -version` output ("1.8.0_392" is 8, "17.0.15" is 17). */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 ? Number(match[2]) : first;
}

/** Checks that Maven is there; it is needed only to fetch Neo4j the first time. */
export function checkMaven(env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync('mvn', ['--version'], { encoding: 'utf8', env });
  if (result.error || result.status !== 0) {
    throw new ToolchainError(
      'Maven was not found (mvn): the first start of the local Neo4j fetches it from Maven Central ' +
        `with Maven 3.8 or newer. Install it (Debian/Ubuntu: apt-get install maven). ${USE_ANOTHER_NEO4J}`,
    );
  }
}

/** Checks that javac is there; it compiles the launcher on the first start only. */
export function checkJavac(env: NodeJS.ProcessEnv = process.env): void {
  const javac = javacCommand(env);
  const result = spawnSync(javac, ['-version'], { encoding: 'utf8', env });
  if (result.error || result.status !== 0) {
    throw new ToolchainError(
      `javac was not found (${javac}): the first start of the local Neo4j compiles its launcher ` +
        `with a JDK, not a bare Java runtime. Install one (Debian/Ubuntu: apt-get install ` +
        `openjdk-17-jdk-headless) or set JAVA_HOME to one. ${USE_ANOTHER_NEO4J}`,
    );
  }
}
