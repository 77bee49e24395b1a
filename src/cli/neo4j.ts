import { loadConfig } from '../config.js';
import { neo4jVersion } from '../neo4j/local/build.js';
import { startLocalNeo4j } from '../neo4j/local/launcher.js';
import { onShutdownSignal } from './signals.js';

/** `policygraph neo4j`: only the local Neo4j, for tools that want to connect to it. */
export async function runLocalNeo4j(): Promise<void> {
  const config = loadConfig();
  const neo4j = await startLocalNeo4j({
    ...config.localNeo4j,
    username: config.neo4j.username,
    password: config.neo4j.password,
  });
  onShutdownSignal(() => neo4j.stop());
  console.error(
    `Neo4j ${neo4jVersion()} community at ${neo4j.uri} (user ${config.neo4j.username}); Ctrl-C stops it.`,
  );

  const code = await neo4j.exited;
  process.exit(code ?? 1);
}
