import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import {
  Composer,
  type CST,
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  type Node,
  Parser,
} from 'yaml';
import type { PathError, SeedError } from './errors.js';
import { MAX_SEED_FILE_BYTES } from './seedText.js';

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

/**
 * How deep collections may nest. A seed record needs about six levels; the YAML composer is
 * recursive and runs out of stack some hundreds of levels down, so deeper is refused before.
 */
export const MAX_NESTING_DEPTH = 32;

/**
 * What a file may hold with its aliases expanded, in characters and values: no more than the
 * largest file could hold written out, so a large value used many times is refused too.
 */
export const MAX_EXPANDED_SIZE = MAX_SEED_FILE_BYTES;

/**
 * The most lexical tokens in a file whose mistakes are placed. The position-keeping parser holds
 * the whole syntax tree, a few hundred bytes a token at its peak: a file of 1,000,000 tokens
 * (2 MB of dense YAML) is checked in about 4 s within a 256 MB heap. The generator's files of
 * 10,000 records have under 500,000.
 */
export const MAX_YAML_TOKENS = 1_000_000;

/** Parses a seed file; `file` is the name used in errors, `text` its content. */
export function parseSeedFile(file: string, text: string): ParsedFile {
  const lineCounter = new LineCounter();
  let doc: Document.Parsed | undefined;
  const place = (offset: number, message: string): SeedError => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col, message };
  };
  // Without a document (the file was too large to compose), a mistake has no place to point at.
  const locate = (error: PathError): SeedError =>
    doc
      ? place(offsetOf(doc, error.path, error.at ?? 'value'), error.message)
      : { file, message: error.message };
  const failed = (errors: SeedError[]): ParsedFile => ({ file, data: undefined, errors, locate });

  // Junk makes the composer report an error at nearly every character, slowly and in much
  // memory; js-yaml stops at the first mistake. Text past its line is not composed.
  const mistake = firstMistake(text);
  const source = mistake ? text.slice(0, endOfLine(text, mistake.offset)) : text;
  if (countTokens(source, MAX_YAML_TOKENS) > MAX_YAML_TOKENS) {
    return failed([
      mistake
        ? { file, line: mistake.line, column: mistake.column, message: `YAML: ${mistake.reason}` }
        : {
            file,
            message: `too large to point at its mistakes: more than ${MAX_YAML_TOKENS.toLocaleString('en')} YAML tokens (keys, values, punctuation; MAX_YAML_TOKENS); split it into smaller files`,
          },
    ]);
  }
  // The syntax tree is built without recursion, a document at a time: its depth is checked
  // before the composer's recursion walks it, and it is dropped once composed.
  let deep: number | undefined;
  const checked = function* (tokens: Iterable<CST.Token>) {
    for (const token of tokens) {
      deep = tooDeep(token);
      if (deep !== undefined) return;
      yield token;
    }
  };
  // The core schema of YAML 1.2 even under a %YAML 1.1 directive: no merge keys, no binary,
  // dates as text, as readSeedFileFast reads it. Duplicate keys are found below, with both places.
  const composer = new Composer({ schema: 'core', merge: false, uniqueKeys: false });
  const parsed = checked(new Parser(lineCounter.addNewLine).parse(source));
  const errors: SeedError[] = [];
  for (const next of composer.compose(parsed, true, source.length)) {
    if (!doc) doc = next;
    else {
      errors.push(place(next.range[0], 'YAML: a second document begins here; a seed file is one'));
      break;
    }
  }
  if (deep !== undefined) {
    return failed([
      place(
        deep,
        `YAML: nested more than ${MAX_NESTING_DEPTH} levels deep; a seed file needs a few`,
      ),
    ]);
  }
  if (!doc) return failed([place(0, 'YAML: no document')]);
  // One mistake, one error: what the parser finds after its first error is mostly that mistake
  // seen again as it recovers (a stray brace or quote gave up to seven errors).
  const [first] = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0]);
  if (first) return failed([place(first.pos[0], `YAML: ${firstLine(first.message)}`)]);
  if (errors.length > 0) return failed(errors);
  // What js-yaml refuses and the composer takes, such as an unknown tag.
  if (mistake) return failed([place(mistake.offset, `YAML: ${mistake.reason}`)]);

  const { duplicates, firstAlias } = inspect(doc);
  if (duplicates.length > 0) {
    return failed(
      duplicates.map(({ key, first, again }) => {
        const { line, col } = lineCounter.linePos(first);
        return place(
          again,
          `YAML: key "${key}" is already in this mapping at ${file}:${line}:${col}; a key may appear once`,
        );
      }),
    );
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return failed([place(firstAlias ?? 0, `YAML: ${firstLine((error as Error).message)}`)]);
  }
  if (firstAlias !== undefined && exceedsSize(data, MAX_EXPANDED_SIZE)) {
    return failed([
      place(
        firstAlias,
        `YAML: with its aliases expanded, this file holds more than a seed file may (${MAX_EXPANDED_SIZE / 1024 / 1024} MB); write repeated values out, or repeat them less`,
      ),
    ]);
  }
  return { file, data, errors, locate };
}

/** Where js-yaml stops on a mistake in the text, and why; duplicate keys it lets pass. */
function firstMistake(
  text: string,
): { offset: number; line: number; column: number; reason: string } | undefined {
  try {
    load(text, { schema: CORE_SCHEMA, json: true });
    return undefined;
  } catch (error) {
    if (!(error instanceof YAMLException) || !error.mark) return undefined;
    // js-yaml reads past a byte order mark, which the text keeps.
    const bom = text.startsWith('\uFEFF') ? 1 : 0;
    const { position, line, column } = error.mark;
    return {
      offset: Math.min(position + bom, text.length),
      line: line + 1,
      column: column + 1 + (line === 0 ? bom : 0),
      reason: error.reason,
    };
  }
}

/** How many lexical tokens the text has, counting no further than one past `limit`. */
function countTokens(text: string, limit: number): number {
  let count = 0;
  for (const _ of new Lexer().lex(text)) {
    count += 1;
    if (count > limit) break;
  }
  return count;
}

/** The end of the line at `offset`, at most a kilobyte on (junk may have no line breaks). */
function endOfLine(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return Math.min(newline < 0 ? text.length : newline + 1, offset + 1024);
}

/** The offset of the first collection nested deeper than MAX_NESTING_DEPTH, if any. */
function tooDeep(root: CST.Token): number | undefined {
  const stack: { token: CST.Token | null | undefined; depth: number }[] = [
    { token: root, depth: 0 },
  ];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { token, depth } = next;
    if (!token) continue;
    if (token.type === 'document') stack.push({ token: token.value, depth });
    else if (
      token.type === 'block-map' ||
      token.type === 'block-seq' ||
      token.type === 'flow-collection'
    ) {
      if (depth + 1 > MAX_NESTING_DEPTH) return token.offset;
      for (const item of token.items) {
        if ('key' in item) stack.push({ token: item.key, depth: depth + 1 });
        stack.push({ token: item.value, depth: depth + 1 });
      }
    }
  }
  return undefined;
}

/** The keys given twice in a mapping (offsets of both), and where the first alias is. */
function inspect(doc: Document.Parsed): {
  duplicates: { key: string; first: number; again: number }[];
  firstAlias: number | undefined;
} {
  const duplicates: { key: string; first: number; again: number }[] = [];
  let firstAlias: number | undefined;
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) {
      const offset = node.range?.[0] ?? 0;
      if (firstAlias === undefined || offset < firstAlias) firstAlias = offset;
    } else if (isMap(node)) {
      const seen = new Map<string, number>();
      for (const pair of node.items) {
        // The name the key gets in the data, where a second value would silently replace the first.
        if (isScalar(pair.key)) {
          const key = pair.key.value === null ? '' : String(pair.key.value);
          const offset = pair.key.range?.[0] ?? 0;
          const first = seen.get(key);
          if (first === undefined) seen.set(key, offset);
          else duplicates.push({ key, first, again: offset });
        }
        stack.push(pair.key, pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  return { duplicates, firstAlias };
}

/** Whether data holds more than `budget` characters and values, an alias's each time it is used. */
function exceedsSize(data: unknown, budget: number): boolean {
  let size = 0;
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    size += typeof value === 'string' ? value.length + 1 : 1;
    if (size > budget) return true;
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        size += key.length;
        stack.push(item);
      }
    }
  }
  return false;
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
