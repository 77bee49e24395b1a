#!/usr/bin/env node
import { Command } from 'commander';
import { ConfigError } from '../config.js';
import { InvalidSeedError } from '../load/load.js';
import { ToolchainError } from '../neo4j/local/toolchain.js';
import { runLocalNeo4j } from './neo4j.js';
import { diff, load } from './seedCommands.js';
import { start } from './start.js';
import { validate } from './validate.js';

const program = new Command('policygraph')
  .description('PolicyGraph: a knowledge graph of the tech-policy ecosystem, served over GraphQL')
  .showHelpAfterError();

program
  .command('start')
  .description('serve the GraphQL API; starts a local Neo4j first when NEO4J_URI is unset')
  .action(start);

program
  .command('neo4j')
  .description('run only the local Neo4j (Bolt on LOCAL_NEO4J_HOST:LOCAL_NEO4J_PORT)')
  .action(runLocalNeo4j);

const seedOption = ['--seed <dir>', 'the folder of seed files', 'seed'] as const;

program
  .command('validate')
  .description('check the seed files without a database; every error as file:line:column')
  .option(...seedOption)
  .action(validate);

program
  .command('diff')
  .description('validate, then show what a load would add, change and remove in Neo4j')
  .option(...seedOption)
  .action(diff);

program
  .command('load')
  .description('validate, then make Neo4j equal to the seed in one transaction')
  .option(...seedOption)
  .action(load);

program.parseAsync().catch((error: unknown) => {
  // Expected failures get their message alone; anything else keeps its stack for a bug report.
  const expected =
    error instanceof ConfigError ||
    error instanceof ToolchainError ||
    error instanceof InvalidSeedError;
  console.error(expected ? `policygraph: ${(error as Error).message}` : error);
  process.exit(1);
});
