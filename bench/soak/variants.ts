/**
 * The soak's two graphs: one generated seed written twice, as variants A and B that differ in
 * many facts, so that an answer read across a reload shows it (see mix.ts). Of the facts, by
 * their number modulo 20: 0 is in both, marked with its variant in its description and in its
 * citation's quote; 1 is in A only and 2 in B only (marked too); the rest are the same in both.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateSeed } from '../../src/generate/synthetic.js';
import { marker, type Variant } from './mix.js';

/** The share of entities in a generated graph, as the benchmark has it. */
const FACTS_PER_ENTITY = 6;
const FACT_LINE = /^ {2}- \{ id: ([a-z-]+-(\d+)), /;

export interface SoakGraph {
  seeds: Record<Variant, string>;
  facts: number;
  entities: number;
  /** Facts in both variants whose marker changes with the variant. */
  markedFacts: string[];
  onlyIn: Record<Variant, string[]>;
  /** Organizations taking part in the most marked facts: where mixes would show. */
  hubs: string[];
}

export function writeVariants(dir: string, facts: number): SoakGraph {
  const base = path.join(dir, 'generated');
  rmSync(dir, { recursive: true, force: true });
  const generated = generateSeed({
    out: base,
    entities: Math.max(1_100, Math.round(facts / FACTS_PER_ENTITY)),
    facts,
  });
  const graph: SoakGraph = {
    seeds: { A: path.join(dir, 'A'), B: path.join(dir, 'B') },
    facts,
    entities: generated.entities,
    markedFacts: [],
    onlyIn: { A: [], B: [] },
    hubs: [],
  };
  const involvement = new Map<string, number>();
  for (const file of yamlFiles(base)) {
    const lines = readFileSync(path.join(base, file), 'utf8').split('\n');
    const out: Record<Variant, string[]> = { A: [], B: [] };
    for (const line of lines) {
      const fact = file.startsWith('facts/') ? FACT_LINE.exec(line) : null;
      const role = fact ? Number(fact[2]) % 20 : -1;
      if (!fact || role > 2) {
        out.A.push(line);
        out.B.push(line);
        continue;
      }
      const id = fact[1] as string;
      if (role === 0) graph.markedFacts.push(id);
      else graph.onlyIn[role === 1 ? 'A' : 'B'].push(id);
      for (const org of line.match(/\borg-\d+\b/g) ?? []) {
        involvement.set(org, (involvement.get(org) ?? 0) + 1);
      }
      if (role !== 2) out.A.push(markLine(line, 'A'));
      if (role !== 1) out.B.push(markLine(line, 'B'));
    }
    for (const variant of ['A', 'B'] as const) {
      const target = path.join(graph.seeds[variant], file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, out[variant].join('\n'));
    }
  }
  rmSync(base, { recursive: true, force: true });
  graph.hubs = [...involvement.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 8)
    .map(([org]) => org);
  return graph;
}

/** A generated fact line with the variant's marker in its description and citation quote. */
export function markLine(line: string, variant: Variant): string {
  const mark = marker(variant);
  return line
    .replace(FACT_LINE, (start) => `${start}description: "${mark}", `)
    .replace(/\{ source: ([a-z0-9-]+) \}/g, `{ source: $1, quote: "${mark}" }`);
}

function yamlFiles(dir: string, under = ''): string[] {
  return readdirSync(path.join(dir, under), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(under, entry.name);
    if (entry.isDirectory()) return yamlFiles(dir, relative);
    return entry.name.endsWith('.yaml') ? [relative] : [];
  });
}
