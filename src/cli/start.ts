import { type FSWatcher, watch } from 'chokidar';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../config.js';
import { InvalidSeedError, loadSeed } from '../load/load.js';
import { openDatabase } from '../neo4j/connect.js';
import { readDbmsInfo } from '../neo4j/dbmsInfo.js';
import { createProbeDriver } from '../neo4j/driver.js';
import { createApp } from '../server/app.js';
import { listen } from '../server/http.js';
import { describeLoad } from './seedCommands.js';
import { onShutdownSignal } from './signals.js';

export interface StartOptions {
  seed: string;
  /** Reload the seed whenever a file under it changes (npm run dev). */
  watch?: boolean;
}

const log = (line: string) => console.error(line);

/**
 * `policygraph start`: the GraphQL server. With NEO4J_URI unset it starts the local Neo4j and
 * loads the seed into it first; with NEO4J_URI set it serves what is there (the Compose file's
 * seed service loads it).
 */
export async function start(options: StartOptions): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config, log);
  const dbms = await readDbmsInfo(database.driver, config.neo4j.database);
  log(`Neo4j ${dbms.version} ${dbms.edition} at ${database.uri}`);
  const name = config.neo4j.database;
  if (!config.neo4j.uri || options.watch)
    await reload(database.driver, name, options.seed, !options.watch);

  // /ready asks Neo4j over a connection of its own, so a busy pool does not make it fail.
  const readinessDriver = createProbeDriver(database.uri, config.neo4j);
  const app = createApp({
    driver: database.driver,
    database: name,
    api: config.api,
    readinessDriver,
    connectionPoolSize: config.neo4j.maxConnectionPoolSize,
  });
  const server = await listen(app, config.port, { maxBodyBytes: config.api.limits.maxBodyBytes });
  let watcher: FSWatcher | undefined;
  let stopping = false;
  onShutdownSignal(async () => {
    stopping = true;
    log('Stopping...');
    await watcher?.close();
    await server.close();
    await readinessDriver.close();
    await database.close();
  });
  log(`PolicyGraph GraphQL API at http://localhost:${server.port}/graphql`);
  if (options.watch) watcher = watchSeed(database.driver, name, options.seed);
  void database.local?.exited.then(async (code) => {
    if (stopping) return;
    log(`The local Neo4j stopped unexpectedly (exit code ${code}); stopping the server.`);
    await server.close();
    process.exit(1);
  });
}

/** Loads the seed; an invalid seed stops the start, or in watch mode is reported and waited out. */
async function reload(
  driver: Driver,
  database: string,
  seed: string,
  failOnErrors: boolean,
): Promise<void> {
  try {
    log(describeLoad(await loadSeed(driver, database, seed)));
  } catch (error) {
    if (failOnErrors || !(error instanceof InvalidSeedError)) throw error;
    log(`${error.message}\nFix the files; the graph is reloaded when they are valid.`);
  }
}

/** Validates and reloads on every change under the seed folder, one reload at a time. */
function watchSeed(driver: Driver, database: string, seed: string) {
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(seed, {
    ignoreInitial: true,
    awaitWriteFinish: { stabilityThreshold: 150 },
  });
  watcher.on('all', (_event, file) => {
    clearTimeout(timer);
    // Editors write several files or several times in a row: wait for a pause.
    timer = setTimeout(() => {
      log(`Changed: ${file}; validating and reloading...`);
      running = running
        .then(() => reload(driver, database, seed, false))
        .catch((error: unknown) => log(String(error)));
    }, 200);
  });
  // Said once the watcher has read the folder: from then on no change is missed.
  watcher.on('ready', () => log(`Watching ${seed}/ for changes.`));
  return watcher;
}
