import { kindName } from '../model.js';
import { referencesOf } from '../references.js';
import type { AuditCheck } from './check.js';

/**
 * Every entity is in a fact: an organization, person, product or policy that no fact names in
 * a role says nothing yet (a source citing it does not count). Regions are the exception: the
 * graph holds every region a fact may come to name.
 */
export const factlessEntities: AuditCheck = {
  name: 'no-fact',
  severity: 'failure',
  run(seed) {
    const named = new Set<string>();
    for (const record of seed.records) {
      if (record.collection.group !== 'fact') continue;
      for (const field of record.collection.references) {
        // Roles become relationships; the citations of sources are not roles.
        if (!field.relationship || field.kinds.includes('source')) continue;
        for (const { id } of referencesOf(record, field)) named.add(id);
      }
    }
    return seed.records
      .filter(
        (record) =>
          record.collection.group === 'entity' &&
          record.collection.kind !== 'region' &&
          !named.has(record.id) &&
          seed.byId.get(record.id) === record,
      )
      .map((record) => ({
        file: record.file,
        path: [...record.path, 'id'],
        message: `id: no fact names ${kindName(record.collection.kind)} "${record.id}"; add the facts it is in, or remove it`,
      }));
  },
};
