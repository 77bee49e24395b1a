import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { importTables, type TableFiles, writeImportTables } from '../../src/load/importTables.js';
import { planSeed, totalsOf } from '../../src/load/plan.js';
import { prepareInParts } from '../../src/load/seedParts.js';
import { splitFiles } from '../../src/seed/threads.js';
import { validateSeed } from '../../src/seed/validate.js';

const work = mkdtempSync(path.join(tmpdir(), 'policygraph-parts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * Every row of every table, as `labels or type` and its cells by column, order left out, and
 * empty cells too: a part's table has only the columns its own rows fill.
 */
function rowsOf(files: TableFiles): string[] {
  const read = (name: string, file: string) =>
    (parse(readFileSync(file, 'utf8'), { columns: true }) as Record<string, string>[]).map((row) =>
      JSON.stringify([
        name,
        Object.entries(row)
          .filter(([, cell]) => cell !== '')
          .sort(([a], [b]) => a.localeCompare(b)),
      ]),
    );
  return [
    ...files.nodes.flatMap(({ labels, file }) => read(labels.join(':'), file)),
    ...files.relationships.flatMap(({ type, file }) => read(type, file)),
  ].sort();
}

describe('the seed prepared in parts, on threads of their own', () => {
  it('writes the rows the plan of the whole seed gives, with its totals and empty lists', async () => {
    const plan = planSeed(validateSeed('seed').seed);
    const tables = importTables(plan, 1);
    const whole = writeImportTables(tables, mkdtempSync(path.join(work, 'whole-')));
    const parts = await prepareInParts('seed', mkdtempSync(path.join(work, 'parts-')), 1);
    expect(parts?.threads).toBeGreaterThan(0);
    expect(parts?.totals).toEqual(totalsOf(plan));
    expect(parts?.multiline).toBe(tables.multiline);
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(parts?.emptyLists.sort(byId)).toEqual(tables.emptyLists.sort(byId));
    expect(rowsOf(parts?.files ?? { nodes: [], relationships: [] })).toEqual(rowsOf(whole));
  });

  it('declines a seed with a mistake: the load then validates it the usual way', async () => {
    const out = mkdtempSync(path.join(work, 'broken-'));
    expect(
      await prepareInParts(
        ['test/fixtures/seed-small', 'test/fixtures/broken/unknown-reference.yaml'],
        out,
        1,
      ),
    ).toBeUndefined();
  });

  it('splits the files into parts of about equal size, the largest first', () => {
    const file = (name: string, bytes: number) => ({ file: name, absolute: `/s/${name}`, bytes });
    const parts = splitFiles([file('a', 10), file('b', 60), file('c', 30), file('d', 25)], 2);
    expect(parts.map((part) => part.map(({ file }) => file))).toEqual([['b'], ['c', 'd', 'a']]);
    expect(splitFiles([file('a', 1)], 4)).toHaveLength(1);
  });
});
