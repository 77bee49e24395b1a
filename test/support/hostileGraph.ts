import type { ExportedGraph, GraphElement } from '../../src/export/graph.js';

/*
 * A small graph whose every value is a string that breaks hand-made quoting or escaping, for the
 * export writers' tests (test/unit/exportFormats.test.ts) and the Python read-back.
 */

/** Strings that break hand-made quoting and escaping. */
export const HOSTILE = [
  'plain',
  'quotes " and \' and ""doubled""',
  '<tag a="1">&amp; & ;</tag> ]]> --> <!-- <?pi?> <![CDATA[x]]>',
  'lines\nunix\r\nwindows\rold mac\n',
  'a carriage return\ralone',
  '\ttabs\tand  spaces  ',
  'commas, semicolons; pipes | and =SUM(A1) +1 -1 @x',
  'controls \u0000 \u0001 \u0008 \u000B \u000C \u001F and DEL \u007F',
  'not characters \uFFFE \uFFFF',
  'lone surrogates \uD800 and \uDFFF',
  'unicode: 中文, emoji 😀, right-to-left \u202E, zero-width \u200B, NBSP \u00A0, \u2028',
  '',
];
export const ODD_ID = 'odd "<&>\t\n\r id';

export function hostileElements(): GraphElement[] {
  const ids = [...HOSTILE.map((_, i) => `n${i}`), ODD_ID];
  const nodes: GraphElement[] = ids.map((id, i) => ({
    element: 'node',
    id,
    attributes: {
      label: HOSTILE[i] ?? 'odd',
      group: 'entity',
      description: HOSTILE[i] ?? 'odd',
      aliases: [HOSTILE[i] ?? 'odd', 'x,y'],
      count: i,
      amount: i + 0.5,
      undisclosed: i % 2 === 0,
    },
  }));
  const edges: GraphElement[] = ids.slice(1).map((target, i) => ({
    element: 'edge',
    id: `${ids[i]}:cites:0`,
    source: ids[i] as string,
    target,
    attributes: { relation: 'cites', position: 0, quote: HOSTILE[i] ?? '' },
  }));
  return [...nodes, ...edges];
}

export function hostileGraph(): ExportedGraph {
  const elements = hostileElements();
  async function* stream() {
    yield* elements;
  }
  return {
    asOf: '2024-08-01',
    exportedAt: '2026-01-01T00:00:00.000Z',
    elements: stream(),
    counts: { entities: HOSTILE.length + 1, facts: 0, sources: 0, edges: HOSTILE.length },
  };
}

/** XML 1.0 holds these characters and no others (its Char production). */
export function asXmlHoldsIt(text: string): string {
  const holds = (cp: number) =>
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    cp >= 0x10000;
  return [...text].map((c) => (holds(c.codePointAt(0) as number) ? c : '\uFFFD')).join('');
}
