import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { EXPORT_FILES } from '../../src/export/files.js';
import { CSV_COLUMNS, csvTables } from '../../src/export/formats/csv.js';
import { graphml } from '../../src/export/formats/graphml.js';
import { nodeLinkJson } from '../../src/export/formats/json.js';
import { ndjson } from '../../src/export/formats/ndjson.js';
import type { ExportedGraph } from '../../src/export/graph.js';
import { parseGraphml } from '../support/graphml.js';

const run = promisify(execFile);

import {
  asXmlHoldsIt,
  HOSTILE,
  hostileElements,
  hostileGraph,
  ODD_ID,
} from '../support/hostileGraph.js';

/** What a file holds: the text as UTF-8 bytes, read back (unpaired surrogates cannot survive). */
async function written(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return Buffer.from(text, 'utf8').toString('utf8');
}

const utf8 = (text: string) => Buffer.from(text, 'utf8').toString('utf8');

describe('the GraphML writer, on hostile strings', () => {
  it('writes well-formed XML 1.0 that gives every value back (characters XML cannot hold as U+FFFD)', async () => {
    const xml = await written(graphml(hostileGraph()));
    const parsed = parseGraphml(xml);
    const elements = hostileElements();
    for (const element of elements) {
      if (element.element === 'node') {
        const data = parsed.nodes.get(asXmlHoldsIt(element.id));
        expect(data?.label).toBe(asXmlHoldsIt(String(element.attributes.label)));
        expect(data?.aliases).toBe(asXmlHoldsIt(JSON.stringify(element.attributes.aliases)));
        expect(data?.count).toBe(element.attributes.count);
        expect(data?.amount).toBe(element.attributes.amount);
        expect(data?.undisclosed).toBe(element.attributes.undisclosed);
      }
    }
    expect(parsed.nodes.size).toBe(HOSTILE.length + 1);
    expect(parsed.edges.map((edge) => edge.data.quote ?? '')).toEqual(
      HOSTILE.map((text) => asXmlHoldsIt(text)),
    );
    expect(parsed.edges.at(-1)?.target).toBe(asXmlHoldsIt(ODD_ID));
    expect(parsed.graph).toMatchObject({ asOf: '2024-08-01', entities: HOSTILE.length + 1 });
  });

  it('declares a typed key for each attribute, none named like yEd’s d3/d7 label keys', async () => {
    const parsed = parseGraphml(await written(graphml(hostileGraph())));
    expect(parsed.keys.get('n_count')).toEqual({ for: 'node', name: 'count', type: 'int' });
    expect(parsed.keys.get('n_amount')?.type).toBe('double');
    expect(parsed.keys.get('n_undisclosed')?.type).toBe('boolean');
    expect(parsed.keys.get('e_quote')).toEqual({ for: 'edge', name: 'quote', type: 'string' });
    expect(parsed.keys.has('d3') || parsed.keys.has('d7')).toBe(false);
  });
});

describe('the CSV writer, on hostile strings', () => {
  it('quotes so that a CSV parser reads every value back exactly, one record per element', async () => {
    const tables = { nodes: '', edges: '' };
    for await (const { table, text } of csvTables(hostileGraph(), ['nodes', 'edges'])) {
      tables[table] += text;
    }
    // As pandas reads: any of the three line endings ends a record unless quoted.
    const options = { columns: true as const, record_delimiter: ['\n', '\r\n', '\r'] };
    const nodes = parseCsv(utf8(tables.nodes), options) as Record<string, string>[];
    const edges = parseCsv(utf8(tables.edges), options) as Record<string, string>[];
    expect(Object.keys(nodes[0] ?? {})).toEqual(CSV_COLUMNS.nodes);
    expect(nodes.map((row) => row.Label)).toEqual([...HOSTILE.map(utf8), 'odd']);
    expect(nodes.map((row) => row.description)).toEqual([...HOSTILE.map(utf8), 'odd']);
    expect(JSON.parse(nodes[3]?.aliases ?? '[]')).toEqual([HOSTILE[3], 'x,y']);
    expect(nodes.at(-1)?.Id).toBe(ODD_ID);
    expect(nodes[2]).toMatchObject({ count: '2', amount: '2.5', undisclosed: 'true' });
    expect(edges.map((row) => row.quote)).toEqual(HOSTILE.map(utf8));
    expect(edges[0]).toMatchObject({ Source: 'n0', Target: 'n1', Type: 'Directed', Kind: 'cites' });
  });
});

describe('the JSON writers, on hostile strings', () => {
  it('NDJSON: one parseable line per element, values exact, the graph line last', async () => {
    const lines = (await written(ndjson(hostileGraph()))).trimEnd().split('\n');
    const parsed = lines.map((line) => JSON.parse(line));
    expect(parsed).toHaveLength(hostileElements().length + 1);
    expect(parsed.filter((line) => line.element === 'node').map((line) => line.label)).toEqual([
      ...HOSTILE,
      'odd',
    ]);
    expect(parsed.at(-1)).toMatchObject({ element: 'graph', asOf: '2024-08-01' });
  });

  it('node-link JSON: nodes, then links keyed by edge id, then the graph', async () => {
    const data = JSON.parse(await written(nodeLinkJson(hostileGraph())));
    expect(Object.keys(data)).toEqual(['directed', 'multigraph', 'nodes', 'links', 'graph']);
    expect(data.nodes.map((node: { label: string }) => node.label)).toEqual([...HOSTILE, 'odd']);
    expect(data.links.map((link: { quote: string }) => link.quote)).toEqual(HOSTILE);
    expect(data.links[0]).toMatchObject({ source: 'n0', target: 'n1', key: 'n0:cites:0' });
  });
});

describe('every export file', () => {
  /** A graph whose first page fails, as when Neo4j is away. */
  const failingGraph = (): ExportedGraph => ({
    asOf: null,
    exportedAt: '2026-01-01T00:00:00.000Z',
    elements: (async function* () {
      yield* [];
      throw new Error('the first page failed');
    })(),
    counts: { entities: 0, facts: 0, sources: 0, edges: 0 },
  });

  it.each(EXPORT_FILES.map((file) => [file.name, file] as const))(
    '%s: gives no text before the first page is read, so that a failure there still gets a status',
    async (_, file) => {
      const chunks = file.render(failingGraph())[Symbol.asyncIterator]();
      await expect(chunks.next()).rejects.toThrow('the first page failed');
    },
  );

  it.each(EXPORT_FILES.map((file) => [file.name, file] as const))(
    '%s: still writes its header, or its whole frame, for an empty graph',
    async (_, file) => {
      const empty: ExportedGraph = { ...failingGraph(), elements: (async function* () {})() };
      // FtM has no frame: every line is an entity (FtM readers reject any other), so none here.
      if (file.format === 'ftm') expect(await written(file.render(empty))).toBe('');
      else
        expect(await written(file.render(empty))).toMatch(
          /^(<\?xml |\{"|Id,Label,|Source,Target,)/,
        );
    },
  );
});

describe('the spool that holds node-link links until the nodes are written', () => {
  it('fails the export, not the process, when the disk refuses a write', async () => {
    // In a process of its own: an unhandled stream error kills a plain Node process, which is
    // what the server is (the test runner would catch it).
    const program = `
      import { Spool } from './src/export/formats/spool.ts';
      const spool = await Spool.create();
      await spool.write('{"source": "a"}');
      // What a full disk does to the file stream, at a moment nobody is waiting on it.
      spool.out.destroy(new Error('ENOSPC: no space left'));
      await new Promise((done) => setTimeout(done, 50));
      const write = await spool.write('b').then(() => 'written', (error) => error.message);
      const read = await spool.read().next().then(() => 'read', (error) => error.message);
      await spool.remove();
      console.log(JSON.stringify({ write, read }));
    `;
    const { stdout } = await run(process.execPath, [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      program,
    ]);
    expect(JSON.parse(stdout)).toEqual({
      write: 'ENOSPC: no space left',
      read: 'ENOSPC: no space left',
    });
  });
});
