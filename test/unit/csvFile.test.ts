import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { csvCell, csvLine, writeCsvFile } from '../../src/load/csvFile.js';

const dir = mkdtempSync(path.join(tmpdir(), 'policygraph-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('CSV for the bulk importer', () => {
  it('leaves plain text as it is, and nothing as an empty cell', () => {
    expect(csvLine(['a', 'b c', '1.5', undefined, 'x'])).toBe('a,b c,1.5,,x\n');
  });

  it('quotes the empty string, so that it stays a value', () => {
    expect(csvCell('')).toBe('""');
    expect(csvCell(undefined)).toBe('');
  });

  it('quotes delimiters, quotes and line breaks, and doubles the quotes inside', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('carriage\rreturn')).toBe('"carriage\rreturn"');
    expect(csvCell("semi;colon and 'single'")).toBe("semi;colon and 'single'");
  });

  it('writes a file that a CSV parser reads back cell for cell, across its chunks', () => {
    const awkward = ['', 'a,b', '"', '""', 'x\r\ny', ' padded ', 'é 中文 \u001f', 'plain'];
    // More rows than one chunk holds, so that the file is written in several.
    const rows = Array.from({ length: 40_000 }, (_, i) => [
      `id-${i}`,
      awkward[i % awkward.length],
      i % 3 === 0 ? undefined : String(i),
    ]);
    const file = path.join(dir, 'table.csv');
    writeCsvFile(file, ['id:ID', 'text:string', 'n:double'], rows);
    const read = parse(readFileSync(file, 'utf8'), { relax_column_count: false });
    expect(read[0]).toEqual(['id:ID', 'text:string', 'n:double']);
    expect(read.slice(1)).toEqual(rows.map((row) => row.map((cell) => cell ?? '')));
    // An empty string and nothing differ on disk, which is what the importer reads.
    expect(readFileSync(file, 'utf8').split('\n')[1]).toBe('id-0,"",');
  });
});
