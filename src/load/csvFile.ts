import { closeSync, openSync, writeSync } from 'node:fs';

/**
 * CSV files for Neo4j's bulk importer, written synchronously in large chunks. csv-stringify
 * (which the exports use) spent 12 % of a 1,000,000-fact load on its per-cell options and
 * stream, and its stream's buffers fed the garbage collector; the importer's dialect needs only
 * the quoting below.
 */

/** A cell: text (an empty string is written quoted, and stays an empty string) or nothing. */
export type CsvCell = string | undefined;

/**
 * Quoted: what holds the delimiter, a quote or a line break (a carriage return too, which the
 * importer would read as the end of the line), and the empty string, which unquoted would set
 * no property. Quotes inside are doubled, as RFC 4180 and the importer's default read them.
 */
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(cell: CsvCell): string {
  if (cell === undefined) return '';
  if (cell === '') return '""';
  return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** A row as one line, ending with a line feed. */
export function csvLine(cells: readonly CsvCell[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) line += ',';
    line += csvCell(cells[i]);
  }
  return `${line}\n`;
}

/** Characters gathered before each write: few system calls, little held at once. */
const CHUNK = 1 << 20;

/** Writes the header and the rows to `file`, replacing it. */
export function writeCsvFile(
  file: string,
  header: readonly string[],
  rows: Iterable<readonly CsvCell[]>,
): void {
  const fd = openSync(file, 'w');
  try {
    let chunk = csvLine(header);
    for (const row of rows) {
      chunk += csvLine(row);
      if (chunk.length >= CHUNK) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
    writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}
