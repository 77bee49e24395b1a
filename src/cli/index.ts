#!/usr/bin/env node
import { Command, InvalidArgumentError, Option } from 'commander';
import { ConfigError } from '../config.js';
import { EXPORT_FORMATS } from '../export/files.js';
import { ExportError } from '../export/readGraph.js';
import { GenerationConflictError } from '../load/apply.js';
import { DEFAULT_RETAIN_MS, InvalidSeedError } from '../load/load.js';
import { DatabaseUnreachableError } from '../neo4j/connect.js';
import { ToolchainError } from '../neo4j/local/toolchain.js';
import { SourcesCheckError } from '../sources/check.js';
import { DEFAULT_LIMITS } from '../sources/fetchPage.js';
import { audit, dayOption } from './audit.js';
import { coverage } from './coverage.js';
import { asOfOption, exportGraph } from './export.js';
import { generate } from './generate.js';
import { runLocalNeo4j } from './neo4j.js';
import { diff, load } from './seedCommands.js';
import {
  CHECK_NOT_MADE,
  DEFAULT_CONCURRENCY,
  positiveSeconds,
  REPORT_FILES,
  type SourcesCheckCliOptions,
  sourcesCheck,
  wholeNumber,
} from './sourcesCheck.js';
import { start } from './start.js';
import { validate } from './validate.js';

const program = new Command('policygraph')
  .description('PolicyGraph: a knowledge graph of the tech-policy ecosystem, served over GraphQL')
  .showHelpAfterError();

const seedOption = ['--seed <dir>', 'the folder of seed files', 'seed'] as const;

function seconds(text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0)
    throw new InvalidArgumentError('a number of seconds, 0 or more');
  return value;
}

program
  .command('start')
  .description(
    'serve the GraphQL API; with NEO4J_URI unset, start a local Neo4j and load the seed first',
  )
  .option(...seedOption)
  .action(start);

program
  .command('dev')
  .description('start, then validate and reload the seed whenever a seed file changes')
  .option(...seedOption)
  .action((options: { seed: string }) => start({ ...options, watch: true }));

program
  .command('neo4j')
  .description('run only the local Neo4j (Bolt on LOCAL_NEO4J_HOST:LOCAL_NEO4J_PORT)')
  .action(runLocalNeo4j);

program
  .command('validate')
  .description('check the seed files without a database; every error as file:line:column')
  .option(...seedOption)
  .action(validate);

program
  .command('audit')
  .description(
    'validate, then find what curators should fix: citations without a quote, home pages and duplicate addresses as sources, statuses their end contradicts, near-duplicate entities, entities in no fact; warn of states due for review',
  )
  .option(...seedOption)
  .option(
    '--distinct <file>',
    'pairs of entities known to be distinct, with reasons (default: curation/distinct-entities.yaml when it exists)',
  )
  .option('--today <date>', 'the day to audit as of (YYYY-MM-DD); today when left out', dayOption)
  .action(audit);

program
  .command('coverage')
  .description(
    'count what the seed holds by type, category, domain, region, year, publisher and confidence, as Markdown (docs/coverage.md)',
  )
  .option(...seedOption)
  .option('--out <file>', 'the file to write; stdout when left out')
  .option('--check', 'write nothing; exit 1 when --out is not what would be written')
  .action(coverage);

program
  .command('diff')
  .description('validate, then show what a load would add, change and remove in Neo4j')
  .option(...seedOption)
  .action(diff);

program
  .command('load')
  .description('validate, then make Neo4j equal to the seed; readers see the old graph or the new')
  .option(...seedOption)
  .option(
    '--retain <seconds>',
    "keep a replaced graph this long before a later load deletes it; must exceed the API's REQUEST_TIMEOUT_MS",
    seconds,
    DEFAULT_RETAIN_MS / 1000,
  )
  .action(load);

program
  .command('generate')
  .description('write synthetic, valid seed files of any size (for tests and benchmarks)')
  .requiredOption('--out <dir>', 'the folder to write (created)')
  .option('--entities <n>', 'how many entities', '1000')
  .option('--facts <n>', 'how many facts', '10000')
  .option('--random-seed <n>', 'seed of the random generator', '1')
  .action(generate);

program
  .command('export')
  .description(
    'write the whole graph (entities, facts with dates and sources, sources) through the GraphQL API',
  )
  .addOption(
    new Option(
      '--format <format>',
      'json (networkx node-link), ndjson, csv (Gephi), graphml or ftm (FollowTheMoney)',
    )
      .choices(EXPORT_FORMATS)
      .makeOptionMandatory(),
  )
  .option('--as-of <date>', 'only the facts that held on this day (YYYY-MM-DD)', asOfOption)
  .option('--out <path>', 'the file to write (for csv: the folder); stdout when left out')
  .action(exportGraph);

const sources = program
  .command('sources')
  .description("check the seed's sources on the web (needs internet)");

sources
  .command('check')
  .description(
    'fetch every source and look for each quote cited from it; exit 1 if a link is dead or a quote missing, 2 if the check cannot be made',
  )
  .option(...seedOption)
  .option('--only <ids...>', 'check only these sources (their ids)')
  .option('--concurrency <n>', 'requests in flight at once', wholeNumber(1), DEFAULT_CONCURRENCY)
  .option(
    '--timeout <seconds>',
    'time limit of one attempt, redirects and body included',
    positiveSeconds,
    DEFAULT_LIMITS.timeoutMs / 1000,
  )
  .option(
    '--retries <n>',
    'more attempts after a 5xx, 429, timeout or network error, with backoff',
    wholeNumber(0),
    DEFAULT_LIMITS.retries,
  )
  .option(
    '--max-redirects <n>',
    'redirects followed at most',
    wholeNumber(0),
    DEFAULT_LIMITS.maxRedirects,
  )
  .option(
    '--max-bytes <n>',
    'bytes of a page read at most; a quote not in them is reported as not checked',
    wholeNumber(1),
    DEFAULT_LIMITS.maxBytes,
  )
  .option(
    '--out <dir>',
    `write the reports there (${REPORT_FILES.markdown}, ${REPORT_FILES.json}); created if missing`,
  )
  // Exit 1 means problems found: usage errors, like any check that cannot be made, exit 2.
  .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : CHECK_NOT_MADE))
  .action((options: SourcesCheckCliOptions) =>
    sourcesCheck(options).catch((error: unknown) => {
      const expected = error instanceof SourcesCheckError;
      console.error(expected ? `policygraph: ${error.message}` : error);
      process.exit(CHECK_NOT_MADE);
    }),
  );

program.parseAsync().catch((error: unknown) => {
  // Expected failures get their message alone; anything else keeps its stack for a bug report.
  const expected =
    error instanceof ConfigError ||
    error instanceof ToolchainError ||
    error instanceof DatabaseUnreachableError ||
    error instanceof InvalidSeedError ||
    error instanceof GenerationConflictError ||
    error instanceof ExportError ||
    error instanceof InvalidArgumentError;
  console.error(expected ? `policygraph: ${(error as Error).message}` : error);
  process.exit(1);
});
