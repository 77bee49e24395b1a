/**
 * Writes seed/entities/regions.generated.yaml: every ISO 3166-1 country and territory from the
 * world-countries package, with curation/regions.yaml merged in (scripts/regions.ts). With
 * --check it writes nothing and fails when the file is stale, so `npm run lint` catches an edit
 * of the overrides, or a new package version, without the file regenerated.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  GENERATED_FILE,
  generatedRegions,
  isoEntries,
  OVERRIDES_FILE,
  parseOverrides,
  regionsFile,
} from './regions.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');

const entries = isoEntries();
const { overrides, problems } = parseOverrides(
  readFileSync(root + OVERRIDES_FILE, 'utf8'),
  entries,
);
if (problems.length > 0) {
  for (const problem of problems) console.error(`${OVERRIDES_FILE}: ${problem}`);
  process.exit(1);
}
const text = regionsFile(generatedRegions(entries, overrides));

let current: string | undefined;
try {
  current = readFileSync(root + GENERATED_FILE, 'utf8');
} catch {
  current = undefined;
}
if (current !== text) {
  if (check) {
    console.error(`${GENERATED_FILE} is stale: run npm run codegen:regions`);
    process.exit(1);
  }
  writeFileSync(root + GENERATED_FILE, text);
  console.log(`wrote ${GENERATED_FILE} (${entries.length} regions)`);
}
