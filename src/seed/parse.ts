import { CORE_SCHEMA, load } from 'js-yaml';
import {
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
} from 'yaml';
import type { PathError, SeedError } from './errors.js';

/** A seed file read and parsed, with what is needed to place an error on its lines. */
export interface ParsedFile {
  file: string;
  /** The file's content as plain data; undefined when it could not be parsed. */
  data: unknown;
  errors: SeedError[];
  /** Line and column of a path in the file. */
  locate(error: PathError): SeedError;
}

// Aliases may expand to at most this many nodes: a "billion laughs" file is refused, not expanded.
const MAX_ALIAS_COUNT = 1000;

/** Parses a seed file; `file` is the name used in errors, `text` its content. */
export function parseSeedFile(file: string, text: string): ParsedFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number) => lineCounter.linePos(offset);
  const locate = (error: PathError): SeedError => {
    const { line, col } = at(offsetOf(doc, error.path, error.at ?? 'value'));
    return { file, line, column: col, message: error.message };
  };

  const errors: SeedError[] = doc.errors.map((error) => {
    const { line, col } = at(error.pos[0]);
    return { file, line, column: col, message: `YAML: ${firstLine(error.message)}` };
  });
  if (errors.length > 0) return { file, data: undefined, errors, locate };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = `YAML: ${firstLine((error as Error).message)}`;
    return { file, data: undefined, errors: [{ file, line: 1, column: 1, message }], locate };
  }
  return { file, data, errors, locate };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

/** The offset of the value (or its key) at `path`; the deepest node that exists when it does not. */
function offsetOf(doc: Document, path: readonly (string | number)[], at: 'key' | 'value'): number {
  let node: Node | null | undefined = doc.contents as Node | null;
  let keyNode: Node | null | undefined;
  let offset = node?.range?.[0] ?? 0;
  for (const [index, segment] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && item.key.value === segment,
      );
      if (!pair) break;
      keyNode = pair.key as Node;
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof segment === 'number') {
      keyNode = undefined;
      node = node.items[segment] as Node | undefined;
    } else {
      break;
    }
    const target = at === 'key' && index === path.length - 1 && keyNode ? keyNode : node;
    offset = target?.range?.[0] ?? keyNode?.range?.[0] ?? offset;
  }
  return offset;
}

// An anchor (&name) is what aliases refer to; without one a file has no aliases to expand.
const ANCHOR = /(^|[\s[{,:-])&[^\s,\]}]+/m;

/**
 * The fast way to read a file that is probably fine: js-yaml is several times faster than the
 * position-keeping parser, but gives no positions. Undefined when the file is not plainly
 * readable (it has anchors, or js-yaml finds a mistake): the caller then parses it with
 * parseSeedFile, which places every error.
 */
export function readSeedFileFast(text: string): { data: unknown } | undefined {
  if (ANCHOR.test(text)) return undefined;
  try {
    // The core schema of YAML 1.2, as parseSeedFile reads it: dates stay text, no tags.
    return { data: load(text, { schema: CORE_SCHEMA }) };
  } catch {
    return undefined;
  }
}
