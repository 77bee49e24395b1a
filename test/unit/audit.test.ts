import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { audit } from '../../src/cli/audit.js';
import type { AuditCheck, AuditContext } from '../../src/seed/audit/check.js';
import { NO_DISTINCT_PAIRS, readDistinctPairs } from '../../src/seed/audit/distinctPairs.js';
import { duplicateUrls } from '../../src/seed/audit/duplicateUrls.js';
import { factlessEntities } from '../../src/seed/audit/factlessEntities.js';
import { homePages } from '../../src/seed/audit/homePages.js';
import { nameKey } from '../../src/seed/audit/names.js';
import { nearDuplicates } from '../../src/seed/audit/nearDuplicates.js';
import { quotes } from '../../src/seed/audit/quotes.js';
import { reviewDue } from '../../src/seed/audit/reviewDue.js';
import { statusDates } from '../../src/seed/audit/statusDates.js';
import { isHomePage, sameDocumentKey } from '../../src/seed/audit/urls.js';
import { monthsBefore } from '../../src/seed/dates.js';
import { buildSeed, collectRecords, type Seed } from '../../src/seed/seedRecords.js';

/** A seed held in memory: file name → the file's collections. */
function seedOf(files: Record<string, Record<string, unknown[]>>): Seed {
  return buildSeed(Object.entries(files).flatMap(([file, data]) => collectRecords(file, data)));
}

const TODAY = '2026-06-30';

/** What a check finds, as `file path: message` lines. */
function findings(check: AuditCheck, seed: Seed, context: Partial<AuditContext> = {}): string[] {
  return check
    .run(seed, { today: TODAY, distinct: NO_DISTINCT_PAIRS, ...context })
    .map((error) => `${error.file} ${error.path.join('.')}: ${error.message}`);
}

const source = (id: string, url: string, published?: string) => ({
  id,
  url,
  title: id,
  ...(published ? { published } : {}),
});

const partnership = (fields: Record<string, unknown>) => ({
  id: 'p1',
  kind: 'strategic',
  parties: ['a', 'b'],
  status: 'active',
  sources: [{ source: 's1', quote: 'they agreed' }],
  ...fields,
});

const organizations = (...names: string[]) =>
  names.map((name, index) => ({ id: `o${index + 1}`, name, kind: 'company' }));

describe('audit: citations quote their source', () => {
  it('finds a citation without a quote, at the citation', () => {
    const seed = seedOf({
      'facts.yaml': {
        partnerships: [
          partnership({ start: '2024', sources: [{ source: 's1', quote: 'q' }, { source: 's2' }] }),
        ],
      },
    });
    expect(findings(quotes, seed)).toEqual([
      'facts.yaml partnerships.0.sources.1: sources: the citation of "s2" has no quote; add the words of the source that support the fact',
    ]);
  });

  it('passes citations that quote', () => {
    const seed = seedOf({ 'facts.yaml': { partnerships: [partnership({ start: '2024' })] } });
    expect(findings(quotes, seed)).toEqual([]);
  });
});

describe('audit: sources are documents, not home pages', () => {
  it.each([
    'https://example.com',
    'https://example.com/',
    'https://www.example.com/index.html',
    'http://example.com/default.aspx',
    'https://example.com/#top',
  ])('%s is a home page', (url) => {
    expect(isHomePage(url)).toBe(true);
  });

  it.each([
    'https://example.com/?p=365',
    'https://example.com/news/a-story',
    'https://example.com/index.php?title=Page',
    'https://example.com/news/index.html',
  ])('%s is not', (url) => {
    expect(isHomePage(url)).toBe(false);
  });

  it('finds a source whose url is a home page, and only that one', () => {
    const seed = seedOf({
      'sources.yaml': {
        sources: [source('home', 'https://www.ft.com/'), source('post', 'https://ft.com/?p=1')],
      },
    });
    expect(findings(homePages, seed)).toEqual([
      "sources.yaml sources.0.url: url: https://www.ft.com/ is a site's home page, not the document; give the address of the page that says what the facts cite",
    ]);
  });
});

describe('audit: one source per address', () => {
  it('sets aside scheme, www., a trailing slash and the fragment, and keeps the query', () => {
    const key = sameDocumentKey('https://www.example.com/a/b/');
    expect(sameDocumentKey('http://example.com/a/b#part')).toBe(key);
    expect(sameDocumentKey('https://EXAMPLE.com/a/b')).toBe(key);
    expect(sameDocumentKey('https://example.com/A/b')).not.toBe(key);
    expect(sameDocumentKey('https://example.com/?p=1')).not.toBe(
      sameDocumentKey('https://example.com/?p=2'),
    );
  });

  it('finds the second source with an address, pointing at the first', () => {
    const seed = seedOf({
      'a.yaml': { sources: [source('first', 'https://www.example.com/story/')] },
      'b.yaml': {
        sources: [
          source('second', 'http://example.com/story#comments'),
          source('other', 'https://example.com/story?page=2'),
        ],
      },
    });
    const found = duplicateUrls.run(seed, { today: TODAY, distinct: NO_DISTINCT_PAIRS });
    expect(found).toEqual([
      {
        file: 'b.yaml',
        path: ['sources', 0, 'url'],
        message:
          'url: the address of source "first" at {related} too (scheme, www., a trailing slash and the fragment aside); keep one source and cite it',
        related: { file: 'a.yaml', path: ['sources', 0, 'url'] },
      },
    ]);
  });
});

describe('audit: a status agrees with the end as of today', () => {
  const seed = seedOf({
    'facts.yaml': {
      partnerships: [
        partnership({ id: 'active-ended', start: '2024', end: '2026-05', status: 'active' }),
        partnership({ id: 'active-to-end', start: '2024', end: '2026-07-01', status: 'active' }),
        partnership({ id: 'ended-to-come', start: '2024', end: '2026-07', status: 'ended' }),
        partnership({ id: 'ended', start: '2024', end: '2026-06-30', status: 'ended' }),
        partnership({ id: 'active', start: '2024', status: 'active' }),
      ],
    },
  });

  it('finds an active fact that has ended and an ended fact whose end is to come', () => {
    expect(findings(statusDates, seed)).toEqual([
      'facts.yaml partnerships.0.status: status: active, but it ended 2026-05 (today is 2026-06-30); set status: ended, or correct the end',
      'facts.yaml partnerships.2.status: status: ended, but its end 2026-07 is still to come (today is 2026-06-30); set status: active until then, or correct the end',
    ]);
  });

  it('judges as of the day it is given', () => {
    const found = findings(statusDates, seed, { today: '2026-07-02' });
    expect(found.map((line) => line.split(':')[0])).toEqual([
      'facts.yaml partnerships.0.status',
      'facts.yaml partnerships.1.status',
    ]);
  });
});

describe('audit: near-duplicate entities', () => {
  it.each([
    ['OpenAI, Inc.', 'openai'],
    ['SoftBank Group Corp.', 'softbank'],
    ['Zhipu AI', 'zhipuai'],
    ['Société Générale S.A.', 'societegenerale'],
    ['AT&T Co', 'atandt'],
    ['Group', 'group'],
  ])('%s is compared as %s', (name, key) => {
    expect(nameKey(name).key).toBe(key);
  });

  it('finds names equal once case, punctuation, spaces and legal suffixes are set aside', () => {
    const seed = seedOf({ 'e.yaml': { organizations: organizations('Acme Corp.', 'ACME, Inc') } });
    const [found] = nearDuplicates.run(seed, { today: TODAY, distinct: NO_DISTINCT_PAIRS });
    expect(found).toMatchObject({
      file: 'e.yaml',
      path: ['organizations', 1, 'name'],
      related: { file: 'e.yaml', path: ['organizations', 0, 'name'] },
    });
    expect(found?.message).toMatch(/^name: "ACME, Inc" is the same name as "Acme Corp\." of/);
  });

  it('finds names one letter apart, and an alias like another name', () => {
    const seed = seedOf({
      'e.yaml': {
        organizations: [
          ...organizations('Anthropic', 'Anthropik'),
          { id: 'o3', name: 'Deep Seek Lab', aliases: ['High Ground'], kind: 'company' },
          { id: 'o4', name: 'Highground', kind: 'company' },
        ],
      },
    });
    expect(
      findings(nearDuplicates, seed).map((line) => line.slice(0, line.indexOf(' of '))),
    ).toEqual([
      'e.yaml organizations.1.name: name: "Anthropik" is one letter from "Anthropic"',
      'e.yaml organizations.3.name: name: "Highground" is the same name as "High Ground"',
    ]);
  });

  it('leaves distinct numbers, short names, other types and coded regions alone', () => {
    const seed = seedOf({
      'e.yaml': {
        policies: [
          { id: 'eo-1', name: 'Executive Order 14110', kind: 'executive-order' },
          { id: 'eo-2', name: 'Executive Order 14148', kind: 'executive-order' },
          { id: 'eo-3', name: 'Executive Order 14111', kind: 'executive-order' },
        ],
        organizations: organizations('Meta', 'Beta', 'Nvidia'),
        products: [{ id: 'p1', name: 'Nvidia', kind: 'chip' }],
        regions: [
          { id: 'is', name: 'Iceland', kind: 'country', code: 'IS' },
          { id: 'ie', name: 'Ireland', kind: 'country', code: 'IE' },
        ],
      },
    });
    expect(findings(nearDuplicates, seed)).toEqual([]);
  });

  it('leaves a pair the distinct-entities file lists', () => {
    const seed = seedOf({ 'e.yaml': { organizations: organizations('Acme Corp.', 'Acme Group') } });
    expect(findings(nearDuplicates, seed)).toHaveLength(1);
    const distinct = {
      has: (a: string, b: string) => [a, b].sort().join() === 'o1,o2',
      entries: [],
    };
    expect(findings(nearDuplicates, seed, { distinct })).toEqual([]);
  });
});

describe('audit: every entity is in a fact', () => {
  const seed = seedOf({
    'e.yaml': {
      organizations: organizations('Alpha', 'Beta', 'Gamma'),
      products: [{ id: 'tool', name: 'Tool', kind: 'software', provider: 'o3' }],
      regions: [{ id: 'is', name: 'Iceland', kind: 'country', code: 'IS' }],
    },
    'f.yaml': {
      partnerships: [partnership({ parties: ['o1', 'o2'], start: '2024' })],
      sources: [source('s1', 'https://example.com/a')],
    },
  });

  it('finds entities no fact names in a role, regions aside', () => {
    expect(findings(factlessEntities, seed)).toEqual([
      'e.yaml organizations.2.id: id: no fact names organization "o3"; add the facts it is in, or remove it',
      'e.yaml products.0.id: id: no fact names product "tool"; add the facts it is in, or remove it',
    ]);
  });
});

describe('audit: states still active rest on recent sources (a warning)', () => {
  const seed = seedOf({
    's.yaml': {
      sources: [
        source('old', 'https://example.com/old', '2024-11'),
        source('recent', 'https://example.com/new', '2025-01-01'),
        source('undated', 'https://example.com/undated'),
      ],
    },
    'f.yaml': {
      partnerships: [
        partnership({ id: 'stale', start: '2024', sources: [{ source: 'old', quote: 'q' }] }),
        partnership({
          id: 'fresh',
          start: '2024',
          sources: [
            { source: 'old', quote: 'q' },
            { source: 'recent', quote: 'q' },
          ],
        }),
        partnership({ id: 'unknown', start: '2024', sources: [{ source: 'undated', quote: 'q' }] }),
        partnership({ id: 'ended', start: '2024', end: '2024-06', status: 'ended' }),
        partnership({ id: 'event', date: '2020', status: 'active' }),
      ],
    },
  });

  it('is 18 months: from the same day, or the last day of a shorter month', () => {
    expect(monthsBefore('2026-06-30', 18)).toBe('2024-12-30');
    expect(monthsBefore('2026-08-31', 18)).toBe('2025-02-28');
    expect(monthsBefore('2026-01-15', 13)).toBe('2024-12-15');
  });

  it('warns of an active state whose newest source is older, or undated', () => {
    expect(reviewDue.severity).toBe('warning');
    expect(findings(reviewDue, seed)).toEqual([
      'f.yaml partnerships.0.status: review due: active since 2024, and its newest source was published 2024-11, over 18 months before today (2026-06-30); check that it still holds and cite a newer source, or end it',
      'f.yaml partnerships.2.status: review due: active since 2024, and none of its sources says when it was published; check that it still holds and cite a dated source',
    ]);
  });

  it('judges as of the day it is given', () => {
    const ids = (today: string) =>
      findings(reviewDue, seed, { today }).map((line) => line.split(':')[0]);
    expect(ids('2026-05-15')).toEqual(['f.yaml partnerships.2.status']);
    expect(ids('2026-07-02')).toEqual([
      'f.yaml partnerships.0.status',
      'f.yaml partnerships.1.status',
      'f.yaml partnerships.2.status',
    ]);
  });
});

describe('the distinct-entities file', () => {
  it('says where a pair lacks its reason or names one entity twice', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'distinct-')), 'distinct.yaml');
    writeFileSync(
      file,
      'distinct:\n  - entities: [a, b]\n  - entities: [c, c]\n    reason: same\n  - entities: [d, e]\n    reason: why\n',
    );
    const { pairs, errors } = readDistinctPairs(file);
    expect(errors).toEqual([
      { file, line: 2, column: 5, message: 'reason: say why the two are distinct' },
      { file, line: 3, column: 15, message: 'entities: the ids of two different entities' },
    ]);
    expect(pairs.has('e', 'd')).toBe(true);
    expect(pairs.has('a', 'b')).toBe(false);
  });
});

describe('policygraph audit (in process)', () => {
  const dir = 'test/fixtures/audit';
  const seedDir = `${dir}/seed`;
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  /** `file:line:column` of `value` on the `nth` line of a fixture file that holds `line`. */
  function at(file: string, line: string, value = line, nth = 1): string {
    const lines = readFileSync(`${seedDir}/${file}`, 'utf8').split('\n');
    const indexes = lines.flatMap((text, index) => (text.includes(line) ? [index] : []));
    const index = indexes[nth - 1];
    if (index === undefined) throw new Error(`${line} is not ${nth} times in ${file}`);
    return `${seedDir}/${file}:${index + 1}:${(lines[index] as string).indexOf(value) + 1}`;
  }

  it('prints each finding as file:line:column: message [check], then a summary, and fails', () => {
    const errors: string[] = [];
    const logs: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => errors.push(line));
    vi.spyOn(console, 'log').mockImplementation((line: string) => logs.push(line));
    audit({ seed: seedDir, distinct: `${dir}/distinct-entities.yaml`, today: TODAY });
    expect(process.exitCode).toBe(1);
    expect(logs).toEqual([]);
    expect(errors).toEqual([
      `${at('entities.yaml', 'ACME Holdings, Inc.')}: name: "ACME Holdings, Inc." is the same name as "Acme Corporation" of organization "acme" at ${at('entities.yaml', 'Acme Corporation')}; if they are one organization, merge them; if not, list the pair with the reason in curation/distinct-entities.yaml [near-duplicate]`,
      `${at('entities.yaml', 'id: initech', 'initech')}: id: no fact names organization "initech"; add the facts it is in, or remove it [no-fact]`,
      `${at('facts.yaml', 'status: active', 'active')}: warning: review due: active since 2023, and its newest source was published 2024-03-01, over 18 months before today (2026-06-30); check that it still holds and cite a newer source, or end it [review-due]`,
      `${at('facts.yaml', 'status: active', 'active', 2)}: status: active, but it ended 2025-12-31 (today is 2026-06-30); set status: ended, or correct the end [status-dates]`,
      `${at('facts.yaml', 'source: globex-home', 'source')}: sources: the citation of "globex-home" has no quote; add the words of the source that support the fact [quote]`,
      `${at('sources.yaml', 'http://example.com/reports', 'http')}: url: the address of source "acme-report" at ${at('sources.yaml', 'https://www.example.com/reports', 'https')} too (scheme, www., a trailing slash and the fragment aside); keep one source and cite it [duplicate-url]`,
      `${at('sources.yaml', 'https://globex.example.org/', 'https')}: url: https://globex.example.org/ is a site's home page, not the document; give the address of the page that says what the facts cite [home-page]`,
      '\nAudit failed as of 2026-06-30: 6 failures (quote 1, home-page 1, duplicate-url 1, status-dates 1, near-duplicate 1, no-fact 1), 1 warning (review-due 1).',
    ]);
  });

  it('says so, and passes, when only warnings are left', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'audit-'));
    writeFileSync(
      path.join(folder, 'seed.yaml'),
      [
        'organizations:',
        '  - { id: alpha, name: Alpha, kind: company }',
        '  - { id: omega, name: Omega, kind: company }',
        'sources:',
        '  - { id: s1, url: "https://example.com/a", title: A, published: "2020" }',
        'partnerships:',
        '  - id: p1',
        '    kind: strategic',
        '    parties: [alpha, omega]',
        '    start: "2020"',
        '    status: active',
        '    sources: [{ source: s1, quote: they agreed }]',
        '',
      ].join('\n'),
    );
    // Beside the seed folder, not in it: every YAML file in it is a seed file.
    const distinct = path.join(mkdtempSync(path.join(tmpdir(), 'audit-')), 'distinct.yaml');
    writeFileSync(distinct, 'distinct: []\n');
    const errors: string[] = [];
    const logs: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => errors.push(line));
    vi.spyOn(console, 'log').mockImplementation((line: string) => logs.push(line));
    audit({ seed: folder, distinct, today: TODAY });
    expect(errors.at(-1)).not.toMatch(/not valid/);
    expect(process.exitCode).toBeUndefined();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/seed\.yaml:11:13: warning: review due: .* \[review-due\]$/);
    expect(logs).toEqual([
      '\nAudit passed as of 2026-06-30: 0 failures, 1 warning (review-due 1).',
    ]);
  });
});
