import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FILES } from '../../src/export/files.js';
import { csvTables } from '../../src/export/formats/csv.js';
import { graphml } from '../../src/export/formats/graphml.js';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES } from '../../src/export/graph.js';
import { runCli } from '../support/cli.js';
import { useSharedGraph } from '../support/database.js';
import { parseGraphml } from '../support/graphml.js';
import { asXmlHoldsIt, HOSTILE, hostileGraph } from '../support/hostileGraph.js';
import { useHttpApi } from '../support/http.js';
import { runPython } from '../support/python.js';
import { CURATED_SEED } from '../support/sharedGraphs.js';

const FILES = ['graph.json', 'graph.ndjson', 'graph.graphml', 'nodes.csv', 'edges.csv'] as const;
const BLOCK = 'openai-api-block-china-2024';
const INVESTMENT = 'microsoft-investment-openai-2023';
const DAY = '2024-08-01';

type Line = Record<string, any>;
const ndjsonLines = (text: string): Line[] =>
  text
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));
const csvRows = (text: string) => parseCsv(text, { columns: true }) as Record<string, string>[];
const withoutExportedAt = (text: string) =>
  text.replace(/("exportedAt":|<data key="g_exportedAt">)"?[0-9TZ:.-]+"?/g, '$1');

describe('exports of the whole graph (policygraph export, /export/...)', () => {
  const db = useSharedGraph(CURATED_SEED);
  const api = useHttpApi(db.driver, db.database);
  const work = mkdtempSync(path.join(tmpdir(), 'policygraph-export-test-'));
  const cliDir = path.join(work, 'cli');
  /** What the GraphQL API says, to compare the exports with. */
  let expected: { entities: number; facts: number; sources: number; factsOn: Set<string> };
  const http: Record<string, string> = {};

  const download = (file: string, query = '') => fetch(api.url(`/export/${file}${query}`));
  const cli = async (args: string[]) => {
    const run = runCli(['export', ...args], db.env);
    const code = await run.exited;
    return { code, output: run.output() };
  };

  beforeAll(async () => {
    // Every fact (or every fact on `day`), page after page.
    const allFacts = async (day: string | null): Promise<Line[]> => {
      const facts: Line[] = [];
      let after: string | null = null;
      for (;;) {
        const { body } = await api.post({
          query: `query ($day: Date, $after: String) {
            facts(asOf: $day, first: 100, after: $after) {
              totalCount pageInfo { hasNextPage endCursor }
              edges { node { id sources { source { id } } ... on Investment { estimates { source { id } } } } }
            }
          }`,
          variables: { day, after },
        });
        expect(body.errors).toBeUndefined();
        const page = body.data.facts;
        facts.push(...page.edges.map((edge: Line) => edge.node));
        if (!page.pageInfo.hasNextPage) {
          expect(facts).toHaveLength(page.totalCount);
          return facts;
        }
        expect(facts.length, 'no more pages than the count needs').toBeLessThan(page.totalCount);
        after = page.pageInfo.endCursor;
      }
    };
    const { body } = await api.post({ query: '{ entities(first: 1) { totalCount } }' });
    // Groupings cite sources too (fewer than a page of them in the curated seed).
    const { body: groupings } = await api.post({
      query: `{ entities(filter: { types: [REGION], kinds: ["grouping"] }, first: 100) {
        pageInfo { hasNextPage } edges { node { ... on Region { sources { source { id } } } } }
      } }`,
    });
    expect(groupings.data.entities.pageInfo.hasNextPage).toBe(false);
    const all = await allFacts(null);
    const on = await allFacts(DAY);
    const cited = new Set<string>([
      ...all.flatMap((fact) => fact.sources.map((citation: Line) => citation.source.id)),
      // An estimate of an undisclosed amount names its source too.
      ...all.flatMap((fact) =>
        (fact.estimates ?? []).flatMap((estimate: Line) =>
          estimate.source ? [estimate.source.id] : [],
        ),
      ),
      ...groupings.data.entities.edges.flatMap((edge: Line) =>
        edge.node.sources.map((citation: Line) => citation.source.id),
      ),
    ]);
    expected = {
      entities: body.data.entities.totalCount,
      facts: new Set(all.map((fact) => fact.id)).size,
      sources: cited.size,
      factsOn: new Set(on.map((fact) => fact.id)),
    };
    expect(expected.facts).toBe(all.length);
    expect(expected.factsOn.size).toBe(on.length);
    for (const file of FILES) http[file] = await (await download(file)).text();
    mkdirSync(cliDir);
    const runs = await Promise.all([
      ...(['json', 'ndjson', 'graphml'] as const).map((format) =>
        cli(['--format', format, '--out', path.join(cliDir, `graph.${format}`)]),
      ),
      cli(['--format', 'csv', '--out', cliDir]),
    ]);
    for (const run of runs) expect(run.code, run.output).toBe(0);
  }, 180_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('holds every entity, fact and cited source the API lists, and the same edges, in every format', () => {
    const json = JSON.parse(http['graph.json'] as string);
    const lines = ndjsonLines(http['graph.ndjson'] as string);
    const xml = parseGraphml(http['graph.graphml'] as string);
    const nodes = csvRows(http['nodes.csv'] as string);
    const edges = csvRows(http['edges.csv'] as string);
    const groups = (items: { group?: unknown }[]) => ({
      entities: items.filter((item) => item.group === 'entity').length,
      facts: items.filter((item) => item.group === 'fact').length,
      sources: items.filter((item) => item.group === 'source').length,
    });
    const counts = {
      entities: expected.entities,
      facts: expected.facts,
      sources: expected.sources,
    };
    expect(groups(json.nodes)).toEqual(counts);
    expect(groups(lines.filter((line) => line.element === 'node'))).toEqual(counts);
    expect(groups([...xml.nodes.values()])).toEqual(counts);
    expect(groups(nodes)).toEqual(counts);

    const edgeCount = json.links.length;
    expect(edgeCount).toBeGreaterThan(expected.facts * 2);
    expect(lines.filter((line) => line.element === 'edge')).toHaveLength(edgeCount);
    expect(xml.edges).toHaveLength(edgeCount);
    expect(edges).toHaveLength(edgeCount);
    const summary = { asOf: null, counts: { ...counts, edges: edgeCount } };
    expect(json.graph).toMatchObject(summary);
    expect(lines.at(-1)).toMatchObject({ element: 'graph', ...summary });
    expect(xml.graph).toMatchObject({ ...counts, edges: edgeCount });
  });

  it('gives a fact its dates, status, roles and sources with their quotes', () => {
    const lines = ndjsonLines(http['graph.ndjson'] as string);
    const block = lines.find((line) => line.id === BLOCK);
    expect(block).toMatchObject({
      element: 'node',
      group: 'fact',
      type: 'RESTRICTION',
      kind: 'api-access-block',
      start: '2024-07-09',
      startEarliest: '2024-07-09',
      startLatest: '2024-07-09',
      status: 'ACTIVE',
      confidence: 'HIGH',
    });
    expect(block?.sourceUrls).toContain(
      'https://winbuzzer.com/2024/07/10/chinese-firms-use-openai-through-azure-cloud-service-xcxwbn/',
    );
    const edges = lines.filter((line) => line.element === 'edge' && line.source === BLOCK);
    // Roles come in no particular order; within a role, in the curator's.
    const roles = edges.filter((edge) => edge.role).map((edge) => `${edge.role} ${edge.target}`);
    expect(roles.sort()).toEqual([
      'IMPOSER openai',
      'POLICY openai-supported-countries-policy',
      'PRODUCT openai-api',
      'TARGET cn',
      'TARGET hk',
    ]);
    expect(edges.filter((edge) => edge.role === 'TARGET')).toEqual([
      expect.objectContaining({ id: `${BLOCK}:TARGET:0`, target: 'cn', relation: 'restriction' }),
      expect.objectContaining({ id: `${BLOCK}:TARGET:1`, target: 'hk', position: 1 }),
    ]);
    expect(edges.find((edge) => edge.target === 'winbuzzer-2024-azure-openai-china')).toMatchObject(
      {
        relation: 'cites',
        position: 0,
        quote: 'Starting from July 9, these restrictions are set to be more stringent.',
      },
    );
    const cited = edges.filter((edge) => edge.relation === 'cites');
    expect(cited.map((edge) => edge.target)).toHaveLength(block?.sourceUrls.length);
  });

  it('keeps an undisclosed investment’s estimates, each with the source that reported it', () => {
    const lines = ndjsonLines(http['graph.ndjson'] as string);
    expect(lines.find((line) => line.id === INVESTMENT)).toMatchObject({
      type: 'INVESTMENT',
      date: '2023-01-23',
      undisclosed: true,
      round: 'third investment (multi-year)',
      estimates: [
        expect.objectContaining({
          value: 10_000_000_000,
          currency: 'USD',
          source: 'latimes-bloomberg-2023-01-23-microsoft-openai',
        }),
        expect.objectContaining({ source: 'semafor-2023-01-23-microsoft-openai' }),
      ],
    });
    const edges = lines.filter((line) => line.element === 'edge' && line.source === INVESTMENT);
    const roles = edges.filter((edge) => edge.role).map((edge) => `${edge.role} ${edge.target}`);
    expect(roles.sort()).toEqual(['INVESTEE openai', 'INVESTOR microsoft']);
    expect(edges.filter((edge) => edge.relation === 'estimate')).toEqual([
      expect.objectContaining({
        target: 'latimes-bloomberg-2023-01-23-microsoft-openai',
        value: 1e10,
      }),
      expect.objectContaining({ target: 'semafor-2023-01-23-microsoft-openai', position: 1 }),
    ]);
  });

  it('keeps the links entities record: a product’s provider and bases, a region’s larger region', () => {
    const links = ndjsonLines(http['graph.ndjson'] as string).filter(
      (line) => line.element === 'edge' && !line.role && line.relation !== 'cites',
    );
    const from = (id: string) =>
      links.filter((link) => link.source === id).map((link) => `${link.relation} ${link.target}`);
    expect(from('azure-openai-service')).toEqual([
      'provider microsoft',
      'based on openai-gpt-models',
      'based on azure',
    ]);
    expect(from('hk')).toEqual(['part of cn']);
  });

  it('keeps the sources a grouping cites, with their quotes', () => {
    const lines = ndjsonLines(http['graph.ndjson'] as string);
    const cites = lines.filter(
      (line) => line.element === 'edge' && line.source === 'eu' && line.relation === 'cites',
    );
    expect(cites).toEqual([
      expect.objectContaining({
        target: 'countries-worldwide-eu-countries',
        position: 0,
        quote: expect.stringContaining('27 member states'),
      }),
    ]);
    expect(lines.find((line) => line.id === 'countries-worldwide-eu-countries')).toMatchObject({
      element: 'node',
      group: 'source',
    });
  });

  it('writes every edge after both its ends, and only attributes it declares', () => {
    const lines = ndjsonLines(http['graph.ndjson'] as string);
    const seen = new Set<string>();
    const declared = {
      node: new Set(['element', 'id', ...NODE_ATTRIBUTES.map((a) => a.name)]),
      edge: new Set(['element', 'id', 'source', 'target', ...EDGE_ATTRIBUTES.map((a) => a.name)]),
    };
    for (const line of lines.slice(0, -1)) {
      for (const key of Object.keys(line)) {
        expect(declared[line.element as 'node' | 'edge'].has(key), `${line.element} ${key}`).toBe(
          true,
        );
      }
      if (line.element === 'node') seen.add(line.id);
      else expect([seen.has(line.source), seen.has(line.target)], line.id).toEqual([true, true]);
    }
    const xmlSeen = new Set<string>();
    for (const item of parseGraphml(http['graph.graphml'] as string).order) {
      if (item.element === 'node') xmlSeen.add(item.id);
      else
        expect(xmlSeen.has(item.source as string) && xmlSeen.has(item.target as string)).toBe(true);
    }
  });

  it('keeps, as of a day, only the facts that held then and the sources they cite; every entity stays', async () => {
    const response = await download('graph.ndjson', `?asOf=${DAY}`);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="graph-${DAY}.ndjson"`,
    );
    const text = await response.text();
    const lines = ndjsonLines(text);
    const facts = lines.filter((line) => line.group === 'fact').map((line) => line.id);
    expect(new Set(facts)).toEqual(expected.factsOn);
    expect(facts.length).toBeLessThan(expected.facts);
    expect(facts).toContain(BLOCK);
    expect(facts).not.toContain('microsoft-openai-recapitalisation-2025');
    expect(lines.filter((line) => line.group === 'entity')).toHaveLength(expected.entities);
    const sources = lines.filter((line) => line.group === 'source').map((line) => line.id);
    const citedByKept = lines
      .filter((line) => line.element === 'edge' && ['cites', 'estimate'].includes(line.relation))
      .map((line) => line.target);
    expect(new Set(sources)).toEqual(new Set(citedByKept));
    expect(sources.length).toBeLessThan(expected.sources);
    expect(lines.at(-1)).toMatchObject({ element: 'graph', asOf: DAY });

    const run = await cli([
      '--format',
      'ndjson',
      '--as-of',
      DAY,
      '--out',
      path.join(work, 'on.ndjson'),
    ]);
    expect(run.code, run.output).toBe(0);
    expect(withoutExportedAt(readFileSync(path.join(work, 'on.ndjson'), 'utf8'))).toBe(
      withoutExportedAt(text),
    );
  });

  it('writes the same bytes from the CLI as over HTTP, the export time aside', () => {
    const cliFile = (file: string) => readFileSync(path.join(cliDir, file), 'utf8');
    for (const file of FILES) {
      expect(withoutExportedAt(cliFile(file)), file).toBe(withoutExportedAt(http[file] as string));
    }
    expect(http['graph.json']).toMatch(/"exportedAt":"\d{4}-\d\d-\d\dT/);
  });

  it('serves each file with its type, as a named download', async () => {
    const types: Record<(typeof FILES)[number], RegExp> = {
      'graph.json': /^application\/json/,
      'graph.ndjson': /^application\/x-ndjson/,
      'graph.graphml': /^application\/graphml\+xml/,
      'nodes.csv': /^text\/csv/,
      'edges.csv': /^text\/csv/,
    };
    for (const file of FILES) {
      const response = await download(file);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(types[file]);
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${file}"`);
      await response.body?.cancel();
    }
  });

  it('answers a malformed day with 400 saying what to write, an unknown path with 404 listing the exports', async () => {
    for (const day of ['2024-02-30', '2024-8-1', 'yesterday', '']) {
      const response = await download('graph.json', `?asOf=${encodeURIComponent(day)}`);
      expect(response.status, day).toBe(400);
      const body = (await response.json()) as Line;
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors[0].message).toMatch(/asOf must be a calendar day written YYYY-MM-DD/);
    }
    const unknownParameter = await download('graph.json', '?as_of=2024-08-01');
    expect(unknownParameter.status).toBe(400);
    expect(((await unknownParameter.json()) as Line).errors[0].message).toMatch(/asOf=YYYY-MM-DD/);

    for (const unknown of ['/export/graph.xml', '/export', '/export/']) {
      const response = await fetch(api.url(unknown));
      expect(response.status, unknown).toBe(404);
      const body = (await response.json()) as Line;
      expect(body.errors[0].extensions.exports).toEqual(
        EXPORT_FILES.map((file) => `/export/${file.name}`),
      );
      expect(body.errors[0].message).toContain('/export/graph.graphml');
    }
    const post = await fetch(api.url('/export/graph.json'), { method: 'POST' });
    expect([post.status, post.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
  });

  it('stops the CLI with a plain message naming the path and exit code 1 when --out cannot be written', async () => {
    const bad = path.join(work, 'bad-out');
    mkdirSync(path.join(bad, 'folder'), { recursive: true });
    mkdirSync(path.join(bad, 'csv', 'nodes.csv'), { recursive: true });
    mkdirSync(path.join(bad, 'csv-edges', 'edges.csv'), { recursive: true });
    writeFileSync(path.join(bad, 'file'), 'not a folder');
    const cases = [
      [
        ['--format', 'json', '--out', path.join(bad, 'missing', 'graph.json')],
        /the folder \S+missing does not exist/,
      ],
      [['--format', 'json', '--out', path.join(bad, 'folder')], /\S+folder: it is a folder/],
      [['--format', 'csv', '--out', path.join(bad, 'csv')], /\S+nodes\.csv: it is a folder/],
      [['--format', 'csv', '--out', path.join(bad, 'csv-edges')], /\S+edges\.csv: it is a folder/],
      [['--format', 'csv', '--out', path.join(bad, 'file')], /\S+file: it is a file, not a folder/],
    ] as const;
    const runs = await Promise.all(cases.map(([args]) => cli([...args])));
    runs.forEach((run, i) => {
      const [args, reason] = cases[i] as (typeof cases)[number];
      expect(run.code, run.output).toBe(1);
      expect(run.output, args.join(' ')).toMatch(/^policygraph: cannot write /m);
      expect(run.output, args.join(' ')).toMatch(reason);
      expect(run.output, args.join(' ')).toContain('--out');
      // A message for the user: no stack trace, no crash on an unhandled 'error' event.
      expect(run.output, args.join(' ')).not.toMatch(/^\s+at |Unhandled/m);
    });
    // Nothing half-written is left behind, and the folder given as --out stays as it was.
    expect(readdirSync(path.join(bad, 'csv'))).toEqual(['nodes.csv']);
    expect(readdirSync(path.join(bad, 'csv-edges'))).toEqual(['edges.csv']);
    expect(readdirSync(path.join(bad, 'folder'))).toEqual([]);
  });

  it('replaces an existing file named by --out (as a shell redirect would)', async () => {
    const file = path.join(work, 'replaced.ndjson');
    writeFileSync(file, 'an older export that is longer than nothing\n'.repeat(10_000));
    const run = await cli(['--format', 'ndjson', '--out', file]);
    expect(run.code, run.output).toBe(0);
    expect(withoutExportedAt(readFileSync(file, 'utf8'))).toBe(
      withoutExportedAt(http['graph.ndjson'] as string),
    );
  });

  it('is read by networkx (GraphML, node-link JSON) and pandas (both CSVs), hostile strings too', async () => {
    const exported = path.join(work, 'python');
    mkdirSync(exported);
    for (const file of ['graph.graphml', 'graph.json', 'nodes.csv', 'edges.csv']) {
      writeFileSync(path.join(exported, file), http[file] as string);
    }
    const hostile = await writeHostileGraph(path.join(work, 'hostile'));
    const run = await runPython(['test/process/export_readback.py', exported, hostile]);
    expect(run.code, run.stderr).toBe(0);
    const read = JSON.parse(run.stdout);
    const groups = { entity: expected.entities, fact: expected.facts, source: expected.sources };
    const fact = {
      type: 'RESTRICTION',
      start: '2024-07-09',
      startEarliest: '2024-07-09',
      status: 'ACTIVE',
      sourceUrls: expect.arrayContaining([expect.stringContaining('winbuzzer.com')]),
    };
    const edges = JSON.parse(http['graph.json'] as string).links.length;
    for (const format of ['graphml', 'json']) {
      expect(read[format], format).toMatchObject({
        class: 'MultiDiGraph',
        nodes: expected.entities + expected.facts + expected.sources,
        edges,
        groups,
        fact,
        roles: expect.arrayContaining(['IMPOSER openai', 'TARGET cn', 'TARGET hk']),
        cited: expect.arrayContaining([expect.stringContaining('winbuzzer.com')]),
        investment: {
          date: '2023-01-23',
          undisclosed: true,
          estimates: expect.arrayContaining([expect.objectContaining({ value: 1e10 })]),
        },
        provider: ['microsoft'],
      });
      expect(read[format].cited).toHaveLength(read[format].fact.sourceUrls.length);
    }
    expect(read.graphml.graph).toMatchObject({ entities: expected.entities, edges });
    expect(read.json.graph).toMatchObject({ asOf: null, counts: { edges } });
    expect(read.csv).toMatchObject({
      nodes: expected.entities + expected.facts + expected.sources,
      edges,
      groups,
      fact,
      dangling: 0,
      columns: { count: 'float64', amount: 'float64' },
    });
    expect(read.hostile).toEqual([]);
  }, 120_000);
});

/** The writers' output for hostile strings, and what a reader should get back from it. */
async function writeHostileGraph(dir: string): Promise<string> {
  mkdirSync(dir);
  let xml = '';
  for await (const chunk of graphml(hostileGraph())) xml += chunk;
  writeFileSync(path.join(dir, 'graph.graphml'), xml);
  let nodes = '';
  for await (const { text } of csvTables(hostileGraph(), ['nodes'])) nodes += text;
  writeFileSync(path.join(dir, 'nodes.csv'), nodes);
  const utf8 = (text: string) => Buffer.from(text, 'utf8').toString('utf8');
  const expected = {
    xml: Object.fromEntries(HOSTILE.map((text, i) => [`n${i}`, asXmlHoldsIt(text)])),
    csv: Object.fromEntries(HOSTILE.map((text, i) => [`n${i}`, utf8(text)])),
  };
  writeFileSync(path.join(dir, 'expected.json'), JSON.stringify(expected));
  return dir;
}
