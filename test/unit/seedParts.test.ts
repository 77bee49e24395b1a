import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkAcrossParts,
  checkInParts,
  indexPart,
  type PartIndex,
  readPart,
} from '../../src/seed/parts.js';
import {
  displayName,
  seedFilesOf,
  summarize,
  summarizeCounts,
  validateSeed,
} from '../../src/seed/validate.js';
import { PART_VALIDATORS, VALIDATORS } from '../../src/seed/validators/index.js';
import { references } from '../../src/seed/validators/references.js';

/** Whether the seed checked in `count` parts (its files dealt out in turn) is vouched for. */
function vouches(paths: string[], count: number): boolean {
  const files = seedFilesOf(paths).map((absolute) => ({ file: displayName(absolute), absolute }));
  const indexes: PartIndex[] = [];
  for (let k = 0; k < count; k++) {
    const seed = readPart(files.filter((_, i) => i % count === k));
    if ('declined' in seed) return false;
    const index = indexPart(seed);
    if ('declined' in index) return false;
    indexes.push(index);
  }
  return checkAcrossParts(indexes) === undefined;
}

const SMALL = 'test/fixtures/seed-small';
const BROKEN = 'test/fixtures/broken';

describe('a seed checked in parts', () => {
  it('vouches for valid seeds, however their files are split', () => {
    for (const paths of [[SMALL], ['seed']])
      for (const count of [1, 2, 3])
        expect(vouches(paths, count), `${paths} in ${count}`).toBe(true);
  });

  it('never vouches for a seed that validateSeed finds a mistake in, however it is split', () => {
    const mistakes = readdirSync(BROKEN);
    expect(mistakes.length).toBeGreaterThan(30);
    for (const mistake of mistakes) {
      const paths = [SMALL, path.join(BROKEN, mistake)];
      const errors = validateSeed(paths).errors.filter((error) => !error.note);
      expect(errors.length, mistake).toBeGreaterThan(0);
      for (const count of [1, 2, 3, 8])
        expect(vouches(paths, count), `${mistake} in ${count}`).toBe(false);
    }
  });

  it('finds across parts an id, or a region code, that two parts hold', () => {
    const index = (ids: Record<string, string>, regionCodes: string[] = []): PartIndex => ({
      idsByKind: ids,
      namedByKinds: {},
      regionCodes,
    });
    expect(checkAcrossParts([index({ organization: 'a\nb' }), index({ person: 'c' })])).toBe(
      undefined,
    );
    expect(checkAcrossParts([index({ organization: 'a\nb' }), index({ person: 'b' })])).toEqual({
      declined: 'id b is repeated',
    });
    expect(
      checkAcrossParts([index({ region: 'fr' }, ['FR']), index({ region: 'fr2' }, ['FR'])]),
    ).toEqual({ declined: 'region code FR is repeated' });
  });

  it('checks references across parts: the record exists in some part, of a kind the field takes', () => {
    const entities: PartIndex = {
      idsByKind: { organization: 'openai\nmicrosoft', person: 'sam' },
      namedByKinds: {},
      regionCodes: [],
    };
    const naming = (namedByKinds: Record<string, string>): PartIndex => ({
      idsByKind: { investment: 'round' },
      namedByKinds,
      regionCodes: [],
    });
    expect(checkAcrossParts([entities, naming({ 'organization|person': 'openai\nsam' })])).toBe(
      undefined,
    );
    expect(checkAcrossParts([entities, naming({ organization: 'sam' })])).toEqual({
      declined: 'a reference to sam is not valid',
    });
    expect(checkAcrossParts([entities, naming({ organization: 'anthropic' })])).toEqual({
      declined: 'a reference to anthropic is not valid',
    });
  });

  it('leaves to the checks across parts only what a part cannot see', () => {
    // A validator added to VALIDATORS must be sound on a part (PART_VALIDATORS) or be checked
    // across parts by checkAcrossParts, as references is.
    expect(VALIDATORS.filter((validator) => !PART_VALIDATORS.includes(validator))).toEqual([
      references,
    ]);
  });

  it('on threads of their own, counts what a valid seed holds as validateSeed does, and declines a mistake', async () => {
    const { seed, files } = validateSeed('seed');
    const checked = await checkInParts('seed');
    expect(checked?.files).toBe(files.length);
    expect(summarizeCounts(checked?.countByKind ?? new Map())).toBe(summarize(seed));
    expect(
      await checkInParts([SMALL, path.join(BROKEN, 'wrong-reference-kind.yaml')]),
    ).toBeUndefined();
  });
});
