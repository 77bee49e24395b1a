import type { PathError, SeedError } from './errors.js';
import { COLLECTION_BY_KEY, type RecordKind } from './model.js';
import { isObject } from './seedRecords.js';

/**
 * One mistake, one error. A file whose records could not all be read may hold ids that other
 * files name: an unclosed bracket in the organizations would otherwise bury its one error under
 * an "unknown organization" for every reference to them. Such a reference is counted against the
 * file instead, and one line a file says how many were not checked.
 */

/** Why a file's records could not all be read, as its note says it. */
export type UnreadableReason =
  | 'could not be read'
  | 'did not parse'
  | 'is not a mapping of lists'
  | 'has records the schema could not read';

export interface UnreadableFile {
  file: string;
  reason: UnreadableReason;
  /** Which errors the note goes with: the file's syntax, or its shape. */
  stage: 'parse' | 'schema';
  /** The kinds of record it may hold that were not read; 'any' when that cannot be told. */
  kinds: ReadonlySet<RecordKind> | 'any';
}

/** The files whose records could not all be read, and the references left unchecked for each. */
export class UncheckedReferences {
  private readonly files: UnreadableFile[] = [];
  private readonly counts = new Map<UnreadableFile, number>();

  add(file: UnreadableFile): void {
    this.files.push(file);
  }

  /**
   * The errors to report. A reference to an id no record has, of a kind an unreadable file may
   * hold, is left out and counted against every such file: it may name one of its records.
   */
  leaveOut(errors: PathError[]): PathError[] {
    if (this.files.length === 0) return errors;
    return errors.filter((error) => {
      const wanted = error.unresolved;
      if (!wanted) return true;
      let mayBeHeld = false;
      for (const file of this.files) {
        const kinds = file.kinds;
        if (kinds === 'any' || wanted.some((kind) => kinds.has(kind))) {
          mayBeHeld = true;
          this.counts.set(file, (this.counts.get(file) ?? 0) + 1);
        }
      }
      return !mayBeHeld;
    });
  }

  /** For each file some references were left out for, the line that says how many. */
  notes(): { stage: UnreadableFile['stage']; note: SeedError }[] {
    return [...this.counts].map(([file, count]) => ({
      stage: file.stage,
      note: {
        file: file.file,
        message:
          count === 1
            ? `${file.reason}: 1 reference to an id it may define was not checked`
            : `${file.reason}: ${count.toLocaleString('en')} references to ids it may define were not checked`,
        note: true,
      },
    }));
  }
}

// A top-level key as seed files write them: at the left margin, maybe quoted, then a colon.
const TOP_LEVEL_KEY = /^(["']?)([A-Za-z_]\w*)\1[ \t]*:(?:\s|$)/;
// Lines at the left margin that hold no key: blank, a comment, a directive, a document marker.
const NO_KEY = /^(?:\s*(?:#.*)?|%.*|(?:---|\.\.\.)(?:\s+(?:#.*)?)?)$/;

/**
 * The kinds of record a file that did not parse may hold, from the keys at its left margin (a
 * mistake may hide later keys from the parser, not from this). 'any' when a line there is not
 * one of the model's keys, or when there is none (the mapping indented, a list, junk): what the
 * file holds cannot then be told, and any reference may be to one of its records.
 */
export function kindsNamedIn(text: string): ReadonlySet<RecordKind> | 'any' {
  const kinds = new Set<RecordKind>();
  for (const line of text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/)) {
    if (line.startsWith(' ') || line.startsWith('\t') || NO_KEY.test(line)) continue;
    const key = TOP_LEVEL_KEY.exec(line)?.[2];
    const collection = key === undefined ? undefined : COLLECTION_BY_KEY.get(key);
    if (!collection) return 'any';
    kinds.add(collection.kind);
  }
  return kinds.size > 0 ? kinds : 'any';
}

/**
 * The kinds of record a parsed file holds that could not be taken as records: a collection that
 * is not a list, an item without a text id; 'any' for a key that is not the model's. Undefined
 * when every record was read.
 */
export function kindsNotRead(
  data: Record<string, unknown>,
): ReadonlySet<RecordKind> | 'any' | undefined {
  const kinds = new Set<RecordKind>();
  for (const [key, list] of Object.entries(data)) {
    // Nothing written under the key: no records lost.
    if (list === null || (Array.isArray(list) && list.length === 0)) continue;
    const collection = COLLECTION_BY_KEY.get(key);
    if (!collection) return 'any';
    if (
      !Array.isArray(list) ||
      list.some((item) => !isObject(item) || typeof item.id !== 'string')
    ) {
      kinds.add(collection.kind);
    }
  }
  return kinds.size > 0 ? kinds : undefined;
}
