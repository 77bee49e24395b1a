import fc from 'fast-check';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  decodeCursor,
  encodeCursor,
  intInRange,
  isSearchKey,
  isTextKey,
} from '../../src/graphql/args.js';
import { kindOfType } from '../../src/graphql/mappers.js';
import { accessSummary } from '../../src/graphql/resolvers/access.js';
import { isDay } from '../../src/graphql/scalars.js';
import { nameKey, nameKeys } from '../../src/model/nameKeys.js';
import { stepsOf } from '../../src/queries/paths.js';
import type { GraphRecord } from '../../src/queries/records.js';
import { luceneQuery, queryWords } from '../../src/queries/search.js';

/** A record with only the properties these pieces read (a stored one has more). */
const record = (id: string, kind: GraphRecord['kind'], name?: string): GraphRecord =>
  ({ id, kind, props: name ? { id, name } : { id } }) as GraphRecord;

describe('search words', () => {
  it('are runs of letters and digits, lower-cased, whatever the punctuation', () => {
    expect(queryWords('Azure-OpenAI  Service!')).toEqual(['azure', 'openai', 'service']);
    expect(queryWords('名字 21Vianet')).toEqual(['名字', '21vianet']);
    expect(queryWords('name:"x" OR * ~ [a TO z] \\')).toEqual(['name', 'x', 'or', 'a', 'to', 'z']);
    expect(queryWords(' ;; ')).toEqual([]);
  });

  it('hold only letters and digits, whatever the text: no Lucene syntax gets through', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        for (const word of queryWords(text)) expect(word).toMatch(/^[\p{L}\p{N}]+$/u);
      }),
    );
  });

  it('are normalized first: full-width letters are letters', () => {
    expect(queryWords('ＯｐｅｎＡＩ　２１Ｖｉａｎｅｔ')).toEqual(['openai', '21vianet']);
  });

  it('make a Lucene query: the whole key, or every word by itself or joined with a neighbour', () => {
    expect(luceneQuery(['deep', 'seek'])).toBe(
      '(nameKeys:deepseek^8 OR nameKeys:deepseek*^4 OR nameKeys:deepseek~1) OR (' +
        '(deep^4 OR deep*^2 OR deep~1 OR deepseek^4 OR deepseek*^2) AND ' +
        '(seek^4 OR seek*^2 OR seek~1 OR deepseek^4 OR deepseek*^2))',
    );
  });

  it('forgive typos only in words long enough, and never in a number', () => {
    expect(luceneQuery(['microsfot'])).toContain('microsfot~2');
    expect(luceneQuery(['vnet'])).toContain('vnet~1');
    expect(luceneQuery(['ai'])).not.toContain('~');
    expect(luceneQuery(['20240513'])).not.toContain('~');
    // A one-word key is the word: its near misses are the word's.
    expect(luceneQuery(['microsfot'])).not.toContain('nameKeys:microsfot~');
  });
});

describe('name keys', () => {
  it('are a name without case, spaces or punctuation, so spellings of one name meet', () => {
    for (const spelling of ['DeepSeek', 'deep seek', 'Deep-Seek', 'ＤｅｅｐＳｅｅｋ'])
      expect(nameKey(spelling)).toBe('deepseek');
    expect(nameKey('21Vianet Group, Inc.')).toBe('21vianetgroupinc');
    expect(nameKey('月之暗面')).toBe('月之暗面');
  });

  it('of an entity: those of its name and aliases, each once, none empty', () => {
    expect(nameKeys('OpenAI', ['Open AI', 'OpenAI Group PBC', '...'])).toEqual([
      'openai',
      'openaigrouppbc',
    ]);
  });
});

describe('cursors', () => {
  it('round-trip the sort key of their ordering', () => {
    const cursor = encodeCursor('entities:NAME_ASC', ['OpenAI', 'openai']);
    expect(decodeCursor(cursor, 'entities:NAME_ASC', isTextKey)).toEqual(['OpenAI', 'openai']);
  });

  it('refuse another ordering, garbage and a wrong key shape', () => {
    const cursor = encodeCursor('entities:NAME_ASC', ['OpenAI', 'openai']);
    for (const [after, ordering] of [
      [cursor, 'entities:ID_ASC'],
      ['%%%', 'entities:NAME_ASC'],
      [encodeCursor('entities:NAME_ASC', [1, 2]), 'entities:NAME_ASC'],
      [Buffer.from('{"a":1}').toString('base64url'), 'entities:NAME_ASC'],
    ] as const) {
      expect(() => decodeCursor(after, ordering, isTextKey)).toThrow(GraphQLError);
    }
  });

  it("of a search carry the hit's tier, relevance, facts and id, and nothing else", () => {
    const key = [4, 0, 12, 'tencent'] as const;
    expect(decodeCursor(encodeCursor('search:x', key), 'search:x', isSearchKey)).toEqual(key);
    // A cursor of the ranking before tiers, [score, id], is refused rather than misread.
    for (const old of [
      [1.5, 'tencent'],
      [4, 0, 'many', 'tencent'],
      [4, 0, 1, 2],
    ]) {
      expect(() => decodeCursor(encodeCursor('search:x', old), 'search:x', isSearchKey)).toThrow(
        GraphQLError,
      );
    }
  });

  it('are absent on a first page', () => {
    expect(decodeCursor(null, 'x', isTextKey)).toBeNull();
  });
});

describe('argument checks', () => {
  it('state the allowed range', () => {
    expect(() => intInRange(50, 'maxHops', 1, 6, 4)).toThrow(
      'maxHops must be between 1 and 6; got 50.',
    );
    expect(intInRange(undefined, 'maxHops', 1, 6, 4)).toBe(4);
  });

  it('know a calendar day', () => {
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2023-02-29')).toBe(false);
    expect(isDay('2024-07')).toBe(false);
    expect(isDay(20240101)).toBe(false);
  });

  it("map enum values to the seed model's kinds", () => {
    expect(kindOfType('BOARD_SEAT')).toBe('boardSeat');
    expect(kindOfType('PATENT_STATISTIC')).toBe('patentStatistic');
    expect(kindOfType('ORGANIZATION')).toBe('organization');
  });
});

describe('paths', () => {
  it('read as steps through facts (two relationships) and links (one)', () => {
    const steps = stepsOf({
      nodes: [
        record('21vianet', 'organization'),
        record('deal', 'partnership'),
        record('microsoft', 'organization'),
        record('azure', 'product'),
      ],
      relationships: [
        { type: 'PARTY', from: 'deal' },
        { type: 'PARTY', from: 'deal' },
        { type: 'PROVIDED_BY', from: 'azure' },
      ],
    });
    expect(steps.map((step) => [step.from.id, step.fact?.id, step.to.id, step.linkType])).toEqual([
      ['21vianet', 'deal', 'microsoft', undefined],
      ['microsoft', undefined, 'azure', 'PROVIDED_BY'],
    ]);
    expect(steps[0]).toMatchObject({ fromType: 'PARTY', toType: 'PARTY' });
  });
});

describe('the access summary', () => {
  const base = {
    provider: record('openai', 'organization', 'OpenAI'),
    region: record('cn', 'region', 'China'),
    asOf: '2024-08-01',
  };
  const block = record('openai-api-block-china-2024', 'restriction');
  const route = {
    availability: record('a', 'availability'),
    product: record('azure-openai-service', 'product', 'Azure OpenAI Service'),
    provider: record('microsoft', 'organization', 'Microsoft'),
    operator: record('21vianet', 'organization', '21Vianet'),
    lineage: [],
    partnerships: [],
    circumvents: [block],
    limitedBy: [],
  };

  it('names the block and the routes that still reach the region', () => {
    expect(accessSummary({ ...base, blockedBy: [block], routes: [route] })).toBe(
      'OpenAI is blocked in China on 2024-08-01 by openai-api-block-china-2024; 1 route still reaches it: Azure OpenAI Service by Microsoft, operated by 21Vianet.',
    );
  });

  it('says when nothing reaches the region', () => {
    expect(accessSummary({ ...base, blockedBy: [block], routes: [] })).toBe(
      'OpenAI is blocked in China on 2024-08-01 by openai-api-block-china-2024, and nothing still reaches China.',
    );
    expect(accessSummary({ ...base, blockedBy: [], routes: [] })).toBe(
      'Nothing blocks OpenAI in China on 2024-08-01, and no channel to China is recorded.',
    );
  });
});
