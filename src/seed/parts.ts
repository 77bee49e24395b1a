import type { ReferenceField } from './model.js';
import { forEachReferencedId } from './references.js';
import { buildSeed, type Seed, type SeedRecord } from './seedRecords.js';
import { readSeedText } from './seedText.js';
import { type PartFile, runParts, seedParts, workerModule } from './threads.js';
import { plainRecords } from './validate.js';
import { PART_VALIDATORS } from './validators/index.js';

/**
 * A seed checked in parts (some of its files each), on several threads: each part is read and
 * checked alone (readPart), and what no part can check alone is checked across their indexes
 * (checkAcrossParts). Made to vouch for a valid seed quickly, not to report: anything these
 * find, or cannot read the fast way, declines, and validateSeed then says what is wrong.
 */

/** What a part holds that is checked across parts, as text (cheap to send between threads). */
export interface PartIndex {
  /** The part's ids by kind, a line each. */
  idsByKind: Record<string, string>;
  /**
   * The ids the part's references name, each once, by the kinds the naming field takes (joined
   * by |), a line each.
   */
  namedByKinds: Record<string, string>;
  /** The region codes the part holds. */
  regionCodes: string[];
}

export type Declined = { declined: string };

/** The part's records when its files are plainly valid and the checks of a part find nothing. */
export function readPart(files: readonly PartFile[]): Seed | Declined {
  const records: SeedRecord[] = [];
  for (const { file, absolute } of files) {
    const read = readSeedText(file, absolute);
    const plain = 'error' in read ? undefined : plainRecords(file, read.text);
    if (!plain) return { declined: `${file} is not plainly valid` };
    for (const record of plain) records.push(record);
  }
  const seed = buildSeed(records);
  for (const validator of PART_VALIDATORS)
    if (validator(seed).length > 0) return { declined: `${validator.name} found errors` };
  return seed;
}

/** The part's index; declined when a record names itself (references). */
export function indexPart(seed: Seed): PartIndex | Declined {
  const ids = new Map<string, string[]>();
  const named = new Map<string, Set<string>>();
  const kindsOf = new Map<ReferenceField, Set<string>>();
  const regionCodes: string[] = [];
  let self: string | undefined;
  for (const record of seed.records) {
    const { collection } = record;
    let kindIds = ids.get(collection.kind);
    if (!kindIds) {
      kindIds = [];
      ids.set(collection.kind, kindIds);
    }
    kindIds.push(record.id);
    for (const field of collection.references) {
      let names = kindsOf.get(field);
      if (!names) {
        const kinds = field.kinds.join('|');
        names = named.get(kinds) ?? new Set();
        named.set(kinds, names);
        kindsOf.set(field, names);
      }
      const target = names;
      forEachReferencedId(record, field, (id) => {
        if (id === record.id) self = id;
        target.add(id);
      });
    }
    if (collection.kind === 'region' && typeof record.data.code === 'string')
      regionCodes.push(record.data.code);
  }
  if (self !== undefined) return { declined: `${self} names itself` };
  return {
    idsByKind: Object.fromEntries([...ids].map(([kind, list]) => [kind, list.join('\n')])),
    namedByKinds: Object.fromEntries(
      [...named].map(([kinds, set]) => [kinds, [...set].join('\n')]),
    ),
    regionCodes,
  };
}

/**
 * What the checks of a part cannot see: an id or a region code in two parts (uniqueIds,
 * regions), and references (references) to a record that no part holds or of a kind the field
 * does not take. Undefined when there is none.
 */
export function checkAcrossParts(indexes: readonly PartIndex[]): Declined | undefined {
  const kindOf = new Map<string, string>();
  const codes = new Set<string>();
  for (const index of indexes) {
    for (const [kind, ids] of Object.entries(index.idsByKind))
      for (const id of lines(ids)) {
        if (kindOf.has(id)) return { declined: `id ${id} is repeated` };
        kindOf.set(id, kind);
      }
    for (const code of index.regionCodes) {
      if (codes.has(code)) return { declined: `region code ${code} is repeated` };
      codes.add(code);
    }
  }
  for (const index of indexes)
    for (const [kinds, ids] of Object.entries(index.namedByKinds)) {
      const allowed = new Set(kinds.split('|'));
      for (const id of lines(ids)) {
        const kind = kindOf.get(id);
        if (kind === undefined || !allowed.has(kind))
          return { declined: `a reference to ${id} is not valid` };
      }
    }
  return undefined;
}

/** A part read and indexed: what a thread of checkInParts runs. */
export function checkPart(files: readonly PartFile[]): PartIndex | Declined {
  const seed = readPart(files);
  return 'declined' in seed ? seed : indexPart(seed);
}

const WORKER = workerModule(import.meta.url, 'partWorker');

/** What a seed checked in parts holds: its files, and its records of each kind. */
export interface CheckedInParts {
  files: number;
  countByKind: Map<string, number>;
}

/**
 * The seed (folders or files) checked in parts, one per core, each on a thread of its own;
 * undefined when it cannot be vouched for (validateSeed then says why), or when it is smaller
 * than `fromBytes`, where the threads would not pay.
 */
export async function checkInParts(
  seed: string | readonly string[],
  fromBytes = 0,
): Promise<CheckedInParts | undefined> {
  const { parts, bytes } = seedParts(seed);
  if (bytes < fromBytes) return undefined;
  const run = await runParts<PartIndex | Declined>(WORKER, parts, (result) => 'declined' in result);
  if ('declined' in run) return undefined;
  const indexes = run.results as PartIndex[];
  if (checkAcrossParts(indexes)) return undefined;
  const countByKind = new Map<string, number>();
  for (const index of indexes)
    for (const [kind, ids] of Object.entries(index.idsByKind))
      countByKind.set(kind, (countByKind.get(kind) ?? 0) + lines(ids).length);
  return { files: parts.reduce((sum, files) => sum + files.length, 0), countByKind };
}

function lines(text: string): string[] {
  return text === '' ? [] : text.split('\n');
}
