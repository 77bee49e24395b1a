import { describe, expect, it } from 'vitest';
import { classify } from '../../bench/soak/http.js';
import { detectMixes, marker } from '../../bench/soak/mix.js';
import { goals, renderReport, type SoakResult } from '../../bench/soak/report.js';
import {
  answeredCount,
  clientErrorCount,
  emptyStats,
  percentile,
  record,
  summarize,
} from '../../bench/soak/stats.js';
import { markLine } from '../../bench/soak/variants.js';

/** A fact as the API answers it, read from one variant (or with its parts from two). */
const fact = (id: string, described: 'A' | 'B' | null, quoted: ('A' | 'B' | null)[]) => ({
  id,
  description: described && marker(described),
  sources: quoted.map((variant) => ({ quote: variant && marker(variant), source: { id: 's' } })),
});
const answer = (...facts: unknown[]) => ({ data: { nodes: facts } });

describe('the soak mix detector', () => {
  it('finds nothing in an answer read from A alone, or from B alone', () => {
    for (const variant of ['A', 'B'] as const) {
      const clean = answer(
        fact('f1', variant, [variant, variant]),
        fact('f2', variant, [variant]),
        fact('plain', null, [null]),
        null,
      );
      expect(detectMixes(clean)).toEqual({ inconsistentFacts: [], variants: [variant], mixes: 0 });
    }
  });

  it("finds a fact whose description and citations' quotes come from different loads", () => {
    const mixed = answer(fact('f1', 'A', ['A', 'B']), fact('f2', 'A', ['A']));
    expect(detectMixes(mixed).inconsistentFacts).toEqual(['f1']);
    // A marker on one side only is a mix too: both variants mark both places.
    expect(detectMixes(answer(fact('f3', 'B', [null]))).mixes).toBe(1);
  });

  it('compares quotes only where the answer asked for them', () => {
    // examples/queries/04 asks for a fact's description and its sources, not their quotes.
    const unquoted = { id: 'f1', description: marker('A'), sources: [{ source: { id: 's' } }] };
    expect(detectMixes(answer(unquoted))).toEqual({
      inconsistentFacts: [],
      variants: ['A'],
      mixes: 0,
    });
  });

  it('finds a list holding facts of A and facts of B', () => {
    const list = {
      data: {
        entity: {
          facts: {
            edges: [{ node: fact('only-a', 'A', ['A']) }, { node: fact('only-b', 'B', ['B']) }],
          },
        },
      },
    };
    expect(detectMixes(list)).toEqual({ inconsistentFacts: [], variants: ['A', 'B'], mixes: 1 });
  });

  it('marks a generated fact line in its description and every quote', () => {
    const line =
      '  - { id: investments-0000020, investors: [org-1], investee: org-2, status: active, sources: [{ source: source-0000001 }, { source: source-0000002 }] }';
    const marked = markLine(line, 'B');
    expect(marked).toContain('{ id: investments-0000020, description: "soak-variant-B", ');
    expect(marked.match(/quote: "soak-variant-B"/g)).toHaveLength(2);
    expect(markLine('  - { id: org-0000001, name: Org }', 'A')).not.toContain('quote');
  });
});

describe('soak statistics', () => {
  it('computes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
    expect(summarize([3, 1, 2])).toEqual({ count: 3, p50: 2, p99: 3, max: 3 });
  });

  it('tallies answers and client errors so that they add up to the requests', () => {
    const stats = emptyStats();
    const none = new Headers();
    record(stats, classify(200, none, { data: { a: 1 } }, 5));
    record(
      stats,
      classify(
        200,
        none,
        {
          errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
        },
        5,
      ),
    );
    record(
      stats,
      classify(
        503,
        new Headers({ 'retry-after': '10' }),
        { errors: [{ message: 'busy', extensions: { code: 'TOO_MANY_EXPORTS' } }] },
        5,
      ),
    );
    record(
      stats,
      classify(
        503,
        none,
        { errors: [{ message: 'slow', extensions: { code: 'QUERY_TIMEOUT' } }] },
        5,
      ),
    );
    record(
      stats,
      classify(
        400,
        none,
        [
          { errors: [{ message: 'x', extensions: { code: 'BAD_REQUEST' } }] },
          { errors: [{ message: 'y' }] },
        ],
        5,
      ),
    );
    record(stats, { clientError: 'ECONNRESET', ms: 1 });
    expect(stats.requests).toBe(6);
    expect(answeredCount(stats) + clientErrorCount(stats)).toBe(stats.requests);
    expect(stats.byStatus).toEqual({ '200': 2, '400': 1, '503': 2 });
    expect(stats.byCode).toEqual({
      INTERNAL_SERVER_ERROR: 1,
      TOO_MANY_EXPORTS: 1,
      QUERY_TIMEOUT: 1,
      BAD_REQUEST: 1,
      NO_CODE: 1,
    });
    expect(stats.masked).toBe(1);
    expect(stats.serverErrors).toBe(2);
    expect(stats.admission503).toBe(1);
    expect(stats.errorAnswers).toBe(4);
    expect(stats.latenciesMs).toHaveLength(6);
  });
});

describe('soak goals and report', () => {
  const clean = (requests: number, ms: number) => {
    const stats = emptyStats();
    for (let i = 0; i < requests; i += 1)
      record(stats, classify(200, new Headers(), { data: {} }, ms));
    return stats;
  };
  const result = (overrides: Partial<SoakResult> = {}): SoakResult => ({
    date: '2026-11-30',
    environment: ['Machine: test'],
    plannedSeconds: 60,
    clientSeconds: 61,
    seconds: 65,
    reloadSeconds: 20,
    facts: 5000,
    entities: 1100,
    markedFacts: 250,
    onlyInA: 250,
    onlyInB: 250,
    initialLoad: { variant: 'A', seconds: 3, ok: true },
    loads: [
      { variant: 'B', seconds: 2, ok: true },
      { variant: 'A', seconds: 2, ok: true },
    ],
    classes: { probe: clean(100, 4), normal: clean(50, 20), 'f-slow-downloads': clean(3, 100) },
    server: {
      maxRssMb: 300,
      endRssMb: 250,
      survived: true,
      eventLoopDelay: { p50: 10, p99: 20, max: 50, count: 100 },
    },
    maxRssGoalMb: 1024,
    ...overrides,
  });

  it('passes a clean run and says so', () => {
    expect(goals(result()).every((goal) => goal.pass)).toBe(true);
    const markdown = renderReport(result());
    for (const section of ['## Goals', '## Loads', '## Probe', '## Clients', '## Server']) {
      expect(markdown).toContain(section);
    }
    expect(markdown).toContain('**PASS**: 7 of 7 goals met.');
    expect(markdown).toContain('| f-slow-downloads | 3 | 200: 3 |');
  });

  it('forgives admission 503s to a hostile class but not to the probe', () => {
    const busy = () => {
      const stats = clean(5, 4);
      record(
        stats,
        classify(
          503,
          new Headers(),
          { errors: [{ message: 'busy', extensions: { code: 'SERVICE_UNAVAILABLE' } }] },
          1,
        ),
      );
      return stats;
    };
    const failed = (run: SoakResult) =>
      goals(run)
        .filter((goal) => !goal.pass)
        .map((goal) => goal.goal);
    expect(
      failed(result({ classes: { ...result().classes, 'f-slow-downloads': busy() } })),
    ).toEqual([]);
    expect(failed(result({ classes: { ...result().classes, probe: busy() } }))).toEqual([
      'No 5xx, except 503s of admission control to hostile classes',
      'Probe and normal clients: every request answered 200 without errors',
    ]);
  });

  it('fails on a slow probe, a mix, a masked error, too much memory or a failed reload', () => {
    const mixed = clean(1, 1);
    record(mixed, classify(200, new Headers(), answer(fact('f', 'A', ['B'])), 1));
    const masked = clean(1, 1);
    record(masked, classify(200, new Headers(), { errors: [{ message: 'Unexpected error.' }] }, 1));
    const cases: [Partial<SoakResult>, string][] = [
      [{ classes: { probe: clean(100, 300) } }, 'Probe p99 under 250 ms'],
      [
        { classes: { probe: clean(10, 1), 'b-nodes-copies': mixed } },
        'No mixes of two loads in one answer',
      ],
      [
        { classes: { probe: clean(10, 1), 'a-timeline-tree': masked } },
        'No masked errors (Unexpected error.)',
      ],
      [{ server: { ...result().server, maxRssMb: 2048 } }, 'Server max RSS under 1024 MiB'],
      [
        { loads: [{ variant: 'B', seconds: 1, ok: false, error: 'exit 1' }] },
        'Every reload succeeded, and the server is still up',
      ],
    ];
    for (const [overrides, goal] of cases) {
      const run = result(overrides);
      expect(
        goals(run)
          .filter((g) => !g.pass)
          .map((g) => g.goal),
      ).toEqual([goal]);
      expect(renderReport(run)).toContain('**FAIL**: 6 of 7 goals met.');
    }
  });
});
