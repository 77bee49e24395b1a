/**
 * Writes what the model of the graph (src/model/) determines: the generated SDL, the fact kinds
 * of the seed schema and the explorer's legend. With --check it writes nothing and fails when a
 * file is stale, so `npm run lint` catches a model change without its outputs.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { explorerLegend, generatedSdl, seedSchemaWithFacts } from '../src/model/generate.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');

/** Formatted as `biome check` wants it, so that lint and the check agree. */
function formatted(file: string, text: string): string {
  return execFileSync('node_modules/.bin/biome', ['format', `--stdin-file-path=${file}`], {
    cwd: root,
    input: text,
    encoding: 'utf8',
  });
}

const seedSchemaFile = 'schema/seed.schema.json';
const outputs: [file: string, text: string][] = [
  ['schema/generated.graphql', formatted('schema/generated.graphql', generatedSdl())],
  [
    seedSchemaFile,
    formatted(
      seedSchemaFile,
      JSON.stringify(
        seedSchemaWithFacts(JSON.parse(readFileSync(root + seedSchemaFile, 'utf8'))),
        null,
        2,
      ),
    ),
  ],
  ['explorer/src/factTypes.generated.ts', explorerLegend()],
];

let stale = 0;
for (const [file, text] of outputs) {
  let current: string | undefined;
  try {
    current = readFileSync(root + file, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === text) continue;
  if (check) {
    stale += 1;
    console.error(`${file} is stale: run npm run codegen:model`);
  } else {
    writeFileSync(root + file, text);
    console.log(`wrote ${file}`);
  }
}
if (stale > 0) process.exit(1);
