import { loadConfig } from '../config.js';
import { openDatabase } from '../neo4j/connect.js';
import { readDbmsInfo } from '../neo4j/dbmsInfo.js';
import { createApp } from '../server/app.js';
import { listen } from '../server/http.js';
import { onShutdownSignal } from './signals.js';

/** `policygraph start`: the GraphQL server, on NEO4J_URI or on a local Neo4j it starts. */
export async function start(): Promise<void> {
  const config = loadConfig();
  const log = (line: string) => console.error(line);
  const database = await openDatabase(config, log);
  const dbms = await readDbmsInfo(database.driver, config.neo4j.database);
  log(`Neo4j ${dbms.version} ${dbms.edition} at ${database.uri}`);

  const app = createApp({ driver: database.driver, database: config.neo4j.database });
  const server = await listen(app, config.port);
  log(`PolicyGraph GraphQL API at http://localhost:${server.port}/graphql`);

  let stopping = false;
  onShutdownSignal(async () => {
    stopping = true;
    log('Stopping...');
    await server.close();
    await database.close();
  });
  void database.local?.exited.then(async (code) => {
    if (stopping) return;
    log(`The local Neo4j stopped unexpectedly (exit code ${code}); stopping the server.`);
    await server.close();
    process.exit(1);
  });
}
