import type { RecordKind } from './model.js';

/** A mistake in a seed file, at a place a curator's editor can jump to. */
export interface SeedError {
  file: string;
  /** Absent when the mistake is the whole file's (too large, say), not at a place in it. */
  line?: number;
  column?: number;
  message: string;
  /**
   * Not a mistake but a remark on others: some were left out, or could not be checked. Shown with
   * the errors, not counted among them.
   */
  note?: true;
}

/**
 * Errors shown per file. A file with thousands of mistakes (or junk that is not a seed file)
 * gets the first ones: placing every error costs time, and nobody reads past the first screen.
 */
export const MAX_ERRORS_PER_FILE = 100;

/** A mistake found on a parsed record, placed later from its path in the file. */
export interface PathError {
  file: string;
  /** The path to the value in the file, such as ['investments', 3, 'investee']. */
  path: readonly (string | number)[];
  /** Point at the key rather than the value (for an unknown field). */
  at?: 'key' | 'value';
  message: string;
  /** Another place the message names as {related}, such as the first use of a duplicate id. */
  related?: { file: string; path: readonly (string | number)[] };
  /** For a reference to an id no record has: the kinds of record the field may name. */
  unresolved?: readonly RecordKind[];
}

/**
 * `file:line:column: message`, the form compilers use, so editors and CI link to the place;
 * `file: message` for a mistake of the whole file.
 */
export function formatSeedError(error: SeedError): string {
  if (error.line === undefined) return `${error.file}: ${error.message}`;
  return `${error.file}:${error.line}:${error.column ?? 1}: ${error.message}`;
}

/** In file and line order; a file's mistakes without a place come after those with one. */
export function compareSeedErrors(a: SeedError, b: SeedError): number {
  const end = Number.MAX_SAFE_INTEGER;
  return (
    a.file.localeCompare(b.file) ||
    (a.line ?? end) - (b.line ?? end) ||
    (a.column ?? end) - (b.column ?? end)
  );
}

/** The mistakes among the errors, and the files they are in; the notes are not counted. */
export function countSeedErrors(errors: readonly SeedError[]): { errors: number; files: number } {
  const mistakes = errors.filter((error) => !error.note);
  return { errors: mistakes.length, files: new Set(mistakes.map((error) => error.file)).size };
}
