import type { CategoryTally, Coverage, Tally } from '../model/coverage.js';

/**
 * docs/coverage.md: the coverage of a seed as Markdown tables. Deterministic (no date, no
 * timing), so that `npm run lint` can tell a stale report by comparing bytes.
 */
export function renderCoverage(coverage: Coverage, seedDir: string): string {
  const { facts, entities, sources } = coverage;
  const share = (count: number, of: number) =>
    of === 0 ? '–' : `${((100 * count) / of).toFixed(1)} %`;
  const tallies = (heading: string, noun: string, rows: Tally[], of: number) =>
    table(
      [heading, noun, 'share'],
      rows.map((row) => [row.value, String(row.count), share(row.count, of)]),
    );
  const categories = (rows: CategoryTally[], noun: string) =>
    table(
      ['type', 'category', noun],
      rows.map((row) => [row.type, row.category ?? '–', String(row.count)]),
    );
  return `# Coverage

<!-- Generated from ${seedDir}/ by npm run codegen:coverage (policygraph coverage); do not edit. -->

What the curated seed holds, counted several ways. \`npm run lint\` fails when this file is
stale; the API's \`coverage\` field gives the same figures for the loaded graph.

**${facts} facts, ${entities} entities, ${sources} sources.**

## Facts by type

${tallies('type', 'facts', coverage.factsByType, facts)}

## Facts by category

A fact's category is its kind (a partnership's, a restriction's, an acquisition's), a board
seat's role, a policy action's action or a patent statistic's field; – for types without one.

${categories(coverage.factsByCategory, 'facts')}

## Entities by category

${categories(coverage.entitiesByCategory, 'entities')}

## Facts by domain

The domain is the seed file a fact is written in, without \`.yaml\`.

${tallies('domain', 'facts', coverage.factsByDomain, facts)}

## Top regions

The regions named by the most facts (as a target, a region covered, a jurisdiction), directly:
a fact about a grouping does not count for its members.

${table(
  ['region', 'id', 'facts'],
  coverage.topRegions.map((row) => [row.name, row.id, String(row.facts)]),
)}

## Facts by year

The year a fact began (its start) or took place (its date).

${tallies('year', 'facts', coverage.factsByYear, facts)}

## Sources by publisher

Told from the source's web address by the table in \`src/model/publishers.ts\`: government
(with regulators and intergovernmental bodies), a company about itself, a news outlet, or other
(aggregators, law firms, blogs, and every site the table does not list).

${tallies('publisher', 'sources', coverage.sourcesByPublisher, sources)}

## Facts by confidence

High also when the curators left it out (the sources agree).

${tallies('confidence', 'facts', coverage.factsByConfidence, facts)}
`;
}

function table(headings: string[], rows: string[][]): string {
  const lines = [headings, headings.map(() => '---'), ...rows].map(
    (cells) => `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`,
  );
  return lines.join('\n');
}
