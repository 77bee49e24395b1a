import { distance } from 'fastest-levenshtein';
import type { PathError } from '../errors.js';
import { kindName } from '../model.js';
import type { SeedRecord } from '../seedRecords.js';
import type { AuditCheck } from './check.js';
import { DISTINCT_ENTITIES_FILE } from './distinctPairs.js';
import { MIN_FUZZY_LENGTH, nameKey, oneDeletionVariants } from './names.js';

interface Name {
  record: SeedRecord;
  text: string;
  /** Where it is written in the record: ['name'] or ['aliases', 2]. */
  field: (string | number)[];
  key: string;
  numbers: string;
  /** Compared by edit distance too, not only for equal keys. */
  fuzzy: boolean;
}

/**
 * No entity twice: two entities of one type whose names (or aliases) are equal once case,
 * punctuation, spaces and legal suffixes are set aside, or one letter apart, are reported,
 * unless the distinct-entities file lists them with a reason. One letter apart counts for
 * names of 5 letters or more whose numbers agree (Executive Order 14110 and 14148 are two
 * orders), and not between regions with ISO codes, which their codes tell apart.
 */
export const nearDuplicates: AuditCheck = {
  name: 'near-duplicate',
  severity: 'failure',
  run(seed, { distinct }) {
    const errors: PathError[] = [];
    const reported = new Set<string>();
    const byVariant = new Map<string, Name[]>();
    for (const record of seed.records) {
      if (record.collection.group !== 'entity') continue;
      for (const name of namesOf(record)) {
        const candidates = new Set<Name>();
        const variants = name.fuzzy ? oneDeletionVariants(name.key) : [name.key];
        for (const variant of variants) {
          for (const other of byVariant.get(variantKey(record, variant)) ?? [])
            candidates.add(other);
        }
        for (const other of candidates) {
          if (other.record === record || reported.has(pairOf(other.record, record))) continue;
          if (distinct.has(other.record.id, record.id)) continue;
          const same = other.key === name.key;
          if (!same && !(name.fuzzy && other.fuzzy && isNear(name, other))) continue;
          reported.add(pairOf(other.record, record));
          const kind = kindName(record.collection.kind);
          errors.push({
            file: record.file,
            path: [...record.path, ...name.field],
            message: `${name.field[0]}: "${name.text}" ${same ? 'is the same name as' : 'is one letter from'} "${other.text}" of ${kind} "${other.record.id}" at {related}; if they are one ${kind}, merge them; if not, list the pair with the reason in ${DISTINCT_ENTITIES_FILE}`,
            related: { file: other.record.file, path: [...other.record.path, ...other.field] },
          });
        }
        for (const variant of variants) {
          const key = variantKey(record, variant);
          const list = byVariant.get(key) ?? [];
          list.push(name);
          byVariant.set(key, list);
        }
      }
    }
    return errors;
  },
};

function namesOf(record: SeedRecord): Name[] {
  const { name, aliases, code } = record.data;
  const written: { text: string; field: (string | number)[] }[] = [];
  if (typeof name === 'string') written.push({ text: name, field: ['name'] });
  if (Array.isArray(aliases)) {
    aliases.forEach((alias, index) => {
      if (typeof alias === 'string') written.push({ text: alias, field: ['aliases', index] });
    });
  }
  const coded = record.collection.kind === 'region' && typeof code === 'string';
  const seen = new Set<string>();
  return written.flatMap(({ text, field }) => {
    const { key, numbers } = nameKey(text);
    // An entity's own names that agree once normalised are one name to compare.
    if (key === '' || seen.has(key)) return [];
    seen.add(key);
    return [{ record, text, field, key, numbers, fuzzy: !coded && key.length >= MIN_FUZZY_LENGTH }];
  });
}

/** Entities are compared within their type only. */
function variantKey(record: SeedRecord, variant: string): string {
  return `${record.collection.kind} ${variant}`;
}

function isNear(a: Name, b: Name): boolean {
  return a.numbers === b.numbers && distance(a.key, b.key) <= 1;
}

function pairOf(a: SeedRecord, b: SeedRecord): string {
  return a.id < b.id ? `${a.id} ${b.id}` : `${b.id} ${a.id}`;
}
