/**
 * A benchmark server in a process of its own, so that autocannon (in the parent) and the server
 * under test do not share an event loop:
 *
 *   tsx bench/server.ts raw|neo4j-graphql <port>      (NEO4J_URI, NEO4J_PASSWORD from the env)
 *
 * PolicyGraph itself runs as `policygraph start`, the real thing (see run.ts).
 */
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config.js';
import { startNeo4jGraphql } from './implementations/neo4jGraphql.js';
import { startRaw } from './implementations/raw.js';

// tsx maps stack traces through source maps, and the driver takes one for every statement:
// without this, the baselines would pay what the deployed PolicyGraph (compiled, run without
// tsx) does not.
process.setSourceMapsEnabled(false);

const [implementation, port] = process.argv.slice(2);
const config = loadConfig();
const driver = neo4j.driver(
  config.neo4j.uri as string,
  neo4j.auth.basic(config.neo4j.username, config.neo4j.password),
  { disableLosslessIntegers: true },
);
const start = implementation === 'raw' ? startRaw : startNeo4jGraphql;
const server = await start({ driver, database: config.neo4j.database, port: Number(port) });
console.log(`ready ${server.url}`);
process.on('SIGTERM', async () => {
  await server.close();
  await driver.close();
  process.exit(0);
});
