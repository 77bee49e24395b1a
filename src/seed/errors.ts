/** A mistake in a seed file, at a place a curator's editor can jump to. */
export interface SeedError {
  file: string;
  line: number;
  column: number;
  message: string;
}

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
}

/** `file:line:column: message`, the form compilers use, so editors and CI link to the place. */
export function formatSeedError(error: SeedError): string {
  return `${error.file}:${error.line}:${error.column}: ${error.message}`;
}

export function compareSeedErrors(a: SeedError, b: SeedError): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}
