import type { PathError } from '../errors.js';
import type { Seed } from '../seedRecords.js';

/**
 * Countries and territories carry their ISO code, each code once; groupings list members instead,
 * and only they cite sources (for their members: a code comes from ISO 3166-1).
 */
export function regions(seed: Seed): PathError[] {
  const errors: PathError[] = [];
  const regionByCode = new Map<string, string>();
  for (const record of seed.records) {
    if (record.collection.kind !== 'region') continue;
    const { kind, code, members, sources } = record.data;
    const at = (field: string, message: string) =>
      errors.push({ file: record.file, path: [...record.path, field], message });
    if (kind === 'grouping') {
      if (code !== undefined)
        at('code', 'code: a grouping has no ISO code; list its members instead');
      if (members === undefined)
        at('kind', 'kind: a grouping needs members: the ids of its regions');
    } else if (typeof kind === 'string') {
      if (code === undefined)
        at('kind', `kind: a ${kind} needs its ISO 3166-1 alpha-2 code (code: XX)`);
      if (members !== undefined)
        at('members', `members: only a grouping has members, not a ${kind}`);
      if (sources !== undefined)
        at('sources', `sources: only a grouping cites sources (for its members), not a ${kind}`);
    }
    if (typeof code === 'string') {
      const other = regionByCode.get(code);
      if (other) at('code', `code: ${code} is already the code of region "${other}"`);
      else regionByCode.set(code, record.id);
    }
  }
  return errors;
}
