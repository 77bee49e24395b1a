import { describe, expect, it } from 'vitest';
import { hostOf, publisherSector } from '../../src/model/publishers.js';
import { coverageOfSeed } from '../../src/seed/coverage.js';
import { renderCoverage } from '../../src/seed/coverageReport.js';
import { buildSeed, collectRecords } from '../../src/seed/seedRecords.js';

describe('who publishes a source', () => {
  it.each([
    ['https://User@Example.COM:8080/a/b?c=d#e', 'example.com'],
    ['https://x.com?u=https://y.com/z', 'x.com'],
    ['http://www.gov.uk', 'www.gov.uk'],
    ['https://markets.businessinsider.com./news', 'markets.businessinsider.com.'],
  ])('the host of %s is %s', (url, host) => {
    expect(hostOf(url)).toBe(host);
  });

  it.each([
    ['www.federalregister.gov', 'government'],
    ['www.gov.uk', 'government'],
    ['assets.publishing.service.gov.uk', 'government'],
    ['digital-strategy.ec.europa.eu', 'government'],
    ['msit.go.kr', 'government'],
    ['www.government.nl', 'government'],
    ['blogs.microsoft.com', 'company'],
    ['openai.com', 'company'],
    ['www.reuters.com', 'news'],
    ['finance.yahoo.com', 'other'],
    ['gov.example.com', 'other'],
    ['a-blog-nobody-listed.net', 'other'],
    ['www.ft.com.', 'news'],
  ])('%s is %s', (host, sector) => {
    expect(publisherSector(host)).toBe(sector);
  });
});

describe('the coverage of a seed', () => {
  const records = [
    ...collectRecords('seed/entities/orgs.yaml', {
      organizations: [
        { id: 'a', name: 'A', kind: 'company' },
        { id: 'b', name: 'B', kind: 'company' },
        { id: 'g', name: 'G', kind: 'regulator' },
      ],
      people: [{ id: 'p', name: 'P' }],
      regions: [
        { id: 'xa', name: 'Atlantis', kind: 'country', code: 'XA' },
        { id: 'xb', name: 'Bermuda Triangle', kind: 'territory', code: 'XB' },
      ],
      products: [{ id: 'api', name: 'API', kind: 'api', provider: 'a' }],
    }),
    ...collectRecords('seed/sources.yaml', {
      sources: [
        { id: 's1', url: 'https://www.bis.gov/rule', title: 'Rule' },
        { id: 's2', url: 'https://www.reuters.com/x', title: 'X' },
        { id: 's3', url: 'https://unlisted.example/y', title: 'Y' },
      ],
    }),
    ...collectRecords('seed/facts/labs.yaml', {
      restrictions: [
        {
          id: 'r1',
          kind: 'export-control',
          imposedBy: 'g',
          targets: ['xa', 'xb', 'b'],
          start: '2024-05',
          status: 'active',
          sources: [{ source: 's1' }],
        },
        {
          id: 'r2',
          kind: 'api-access-block',
          imposedBy: 'a',
          targets: ['xa'],
          products: ['api'],
          start: '2023',
          status: 'active',
          confidence: 'low',
          sources: [{ source: 's2' }],
        },
      ],
      investments: [
        {
          id: 'i1',
          investors: ['a'],
          investee: 'b',
          undisclosed: true,
          date: '2024-02-01',
          status: 'completed',
          sources: [{ source: 's3' }],
        },
      ],
    }),
    ...collectRecords('seed/facts/people.yaml', {
      roles: [
        {
          id: 'ceo',
          person: 'p',
          organization: 'a',
          title: 'CEO',
          start: '2024',
          status: 'active',
          confidence: 'medium',
          sources: [{ source: 's2' }],
        },
      ],
    }),
  ];
  const coverage = coverageOfSeed(buildSeed(records));

  it('counts facts by type, category, domain, year and confidence', () => {
    expect(coverage).toMatchObject({ entities: 7, facts: 4, sources: 3 });
    expect(coverage.factsByType).toEqual([
      { value: 'Restriction', count: 2 },
      { value: 'Investment', count: 1 },
      { value: 'Role', count: 1 },
    ]);
    expect(coverage.factsByCategory).toEqual([
      { type: 'Investment', category: null, count: 1 },
      { type: 'Restriction', category: 'api-access-block', count: 1 },
      { type: 'Restriction', category: 'export-control', count: 1 },
      { type: 'Role', category: null, count: 1 },
    ]);
    expect(coverage.factsByDomain).toEqual([
      { value: 'labs', count: 3 },
      { value: 'people', count: 1 },
    ]);
    expect(coverage.factsByYear).toEqual([
      { value: '2023', count: 1 },
      { value: '2024', count: 3 },
    ]);
    expect(coverage.factsByConfidence).toEqual([
      { value: 'high', count: 2 },
      { value: 'medium', count: 1 },
      { value: 'low', count: 1 },
    ]);
  });

  it('counts entities by category, sources by publisher and the regions facts name', () => {
    expect(coverage.entitiesByCategory).toEqual([
      { type: 'Organization', category: 'company', count: 2 },
      { type: 'Organization', category: 'regulator', count: 1 },
      { type: 'Person', category: null, count: 1 },
      { type: 'Product', category: 'api', count: 1 },
      { type: 'Region', category: 'country', count: 1 },
      { type: 'Region', category: 'territory', count: 1 },
    ]);
    expect(coverage.sourcesByPublisher).toEqual([
      { value: 'government', count: 1 },
      { value: 'company', count: 0 },
      { value: 'news', count: 1 },
      { value: 'other', count: 1 },
    ]);
    expect(coverage.topRegions).toEqual([
      { id: 'xa', name: 'Atlantis', facts: 2 },
      { id: 'xb', name: 'Bermuda Triangle', facts: 1 },
    ]);
  });

  it('renders the same Markdown every time, with every count', () => {
    const report = renderCoverage(coverage, 'seed');
    expect(renderCoverage(coverageOfSeed(buildSeed(records)), 'seed')).toBe(report);
    expect(report).toContain('**4 facts, 7 entities, 3 sources.**');
    expect(report).toContain('| Restriction | export-control | 1 |');
    expect(report).toContain('| labs | 3 | 75.0 % |');
    expect(report).toContain('| Atlantis | xa | 2 |');
    expect(report).toContain('| government | 1 | 33.3 % |');
    expect(report).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
