import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSeed } from '../../src/generate/synthetic.js';
import { validateSeed } from '../../src/seed/validate.js';

describe('policygraph generate', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'policygraph-generate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes valid seed files of the size asked, split into files, the same for the same seed', () => {
    const result = generateSeed({
      out: path.join(dir, 'a'),
      entities: 300,
      facts: 2500,
      seed: 3,
      perFile: 200,
    });
    const validation = validateSeed(path.join(dir, 'a'));
    expect(validation.errors).toEqual([]);
    const facts = validation.seed.records.filter((r) => r.collection.group === 'fact');
    const entities = validation.seed.records.filter((r) => r.collection.group === 'entity');
    expect(facts).toHaveLength(2500);
    expect(entities).toHaveLength(result.entities);
    expect(result.entities).toBeGreaterThanOrEqual(300);
    expect(new Set(facts.map((r) => r.collection.kind)).size).toBe(8);
    expect(result.files).toBeGreaterThan(14);

    generateSeed({ out: path.join(dir, 'b'), entities: 300, facts: 2500, seed: 3, perFile: 200 });
    const again = validateSeed(path.join(dir, 'b')).seed.records.map((r) => JSON.stringify(r.data));
    expect(again).toEqual(validation.seed.records.map((r) => JSON.stringify(r.data)));
  });
});
