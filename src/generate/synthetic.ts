import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes valid seed files of any size, for tests and benchmarks: organizations, people, regions,
 * products, policies and sources, and facts of every kind between them. The same options give
 * the same files (a seeded random generator).
 */
export interface GenerateOptions {
  out: string;
  entities: number;
  facts: number;
  /** Seed of the random generator. */
  seed?: number;
  /** Records per file; large seeds are split so that no file is huge. */
  perFile?: number;
}

export interface GenerateResult {
  files: number;
  entities: number;
  facts: number;
  sources: number;
}

const REGION_CODES = [
  'US',
  'CN',
  'HK',
  'GB',
  'DE',
  'FR',
  'JP',
  'KR',
  'IN',
  'SG',
  'CA',
  'AU',
  'BR',
  'RU',
  'IR',
  'IL',
  'AE',
  'NL',
  'SE',
  'CH',
];
const FACT_KINDS = [
  'investments',
  'partnerships',
  'boardSeats',
  'roles',
  'restrictions',
  'availabilities',
  'patentStatistics',
  'policyActions',
] as const;

export function generateSeed(options: GenerateOptions): GenerateResult {
  const random = mulberry32(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const perFile = options.perFile ?? 10_000;
  const pad = (n: number) => String(n).padStart(7, '0');

  // Shares of the entities: mostly organizations, then people, products and policies.
  const regions = REGION_CODES.map((code) => code.toLowerCase());
  const rest = Math.max(0, options.entities - regions.length);
  const counts = {
    organizations: Math.max(2, Math.floor(rest * 0.6)),
    people: Math.max(1, Math.floor(rest * 0.25)),
    products: Math.max(1, Math.floor(rest * 0.1)),
    policies: Math.max(
      1,
      rest - Math.floor(rest * 0.6) - Math.floor(rest * 0.25) - Math.floor(rest * 0.1),
    ),
  };
  const ids = {
    organizations: Array.from({ length: counts.organizations }, (_, i) => `org-${pad(i)}`),
    people: Array.from({ length: counts.people }, (_, i) => `person-${pad(i)}`),
    products: Array.from({ length: counts.products }, (_, i) => `product-${pad(i)}`),
    policies: Array.from({ length: counts.policies }, (_, i) => `policy-${pad(i)}`),
    sources: Array.from(
      { length: Math.max(1, Math.ceil(options.facts / 10)) },
      (_, i) => `source-${pad(i)}`,
    ),
  };
  const day = () => {
    const year = 2000 + Math.floor(random() * 25);
    const month = 1 + Math.floor(random() * 12);
    const d = 1 + Math.floor(random() * 28);
    return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  };
  const period = () => {
    const [a, b] = [day(), day()].sort() as [string, string];
    return random() < 0.5
      ? `start: "${a}", end: "${b}", status: ended`
      : `start: "${a}", status: active`;
  };
  const cite = () => `sources: [{ source: ${pick(ids.sources)} }]`;
  const two = (list: string[]) => {
    const a = pick(list);
    let b = pick(list);
    while (b === a) b = pick(list);
    return [a, b] as const;
  };

  const factLine: Record<(typeof FACT_KINDS)[number], (id: string) => string> = {
    investments: (id) => {
      const [investor, investee] = two(ids.organizations);
      const value = (1 + Math.floor(random() * 999)) * 1_000_000;
      return `{ id: ${id}, investors: [${investor}], investee: ${investee}, amount: { value: ${value}, currency: USD }, date: "${day()}", status: completed, ${cite()} }`;
    },
    partnerships: (id) => {
      const [a, b] = two(ids.organizations);
      return `{ id: ${id}, kind: ${pick(['strategic', 'commercial', 'cloud', 'licensing'])}, parties: [${a}, ${b}], ${period()}, ${cite()} }`;
    },
    boardSeats: (id) =>
      `{ id: ${id}, person: ${pick(ids.people)}, board: ${pick(ids.organizations)}, role: ${pick(['member', 'chair', 'observer'])}, ${period()}, ${cite()} }`,
    roles: (id) =>
      `{ id: ${id}, person: ${pick(ids.people)}, organization: ${pick(ids.organizations)}, title: ${pick(['Chief Executive Officer', 'Chief Technology Officer', 'President'])}, ${period()}, ${cite()} }`,
    restrictions: (id) =>
      `{ id: ${id}, kind: ${pick(['export-control', 'api-access-block', 'entity-listing'])}, imposedBy: ${pick(ids.organizations)}, targets: [${pick(regions)}], products: [${pick(ids.products)}], ${period()}, ${cite()} }`,
    availabilities: (id) =>
      `{ id: ${id}, product: ${pick(ids.products)}, region: ${pick(regions)}, operator: ${pick(ids.organizations)}, ${period()}, ${cite()} }`,
    patentStatistics: (id) =>
      `{ id: ${id}, reportedBy: ${pick(ids.organizations)}, applicant: ${pick(ids.organizations)}, field: generative AI, count: ${Math.floor(random() * 5000)}, unit: patent-families, start: "2014", end: "2023", status: active, ${cite()} }`,
    policyActions: (id) =>
      `{ id: ${id}, action: ${pick(['proposed', 'enacted', 'revoked'])}, actor: ${pick(ids.organizations)}, policy: ${pick(ids.policies)}, date: "${day()}", status: completed, ${cite()} }`,
  };

  let files = 0;
  const write = (name: string, key: string, lines: string[]) => {
    for (let start = 0; start < lines.length; start += perFile) {
      const part = Math.floor(start / perFile);
      const file = path.join(options.out, `${name}-${String(part).padStart(4, '0')}.yaml`);
      mkdirSync(path.dirname(file), { recursive: true });
      const body = lines
        .slice(start, start + perFile)
        .map((line) => `  - ${line}`)
        .join('\n');
      writeFileSync(
        file,
        `# Synthetic seed data written by policygraph generate.\n${key}:\n${body}\n`,
      );
      files += 1;
    }
  };

  write(
    'entities/regions',
    'regions',
    REGION_CODES.map(
      (code) => `{ id: ${code.toLowerCase()}, name: Region ${code}, kind: country, code: ${code} }`,
    ),
  );
  write(
    'entities/organizations',
    'organizations',
    ids.organizations.map(
      (id) =>
        `{ id: ${id}, name: Organization ${id.slice(4)}, aliases: [Org ${id.slice(4)}], kind: company, country: ${pick(REGION_CODES)} }`,
    ),
  );
  write(
    'entities/people',
    'people',
    ids.people.map((id) => `{ id: ${id}, name: Person ${id.slice(7)} }`),
  );
  write(
    'entities/products',
    'products',
    ids.products.map(
      (id) =>
        `{ id: ${id}, name: Product ${id.slice(8)}, kind: ${pick(['ai-model', 'cloud-service', 'api'])}, provider: ${pick(ids.organizations)} }`,
    ),
  );
  write(
    'entities/policies',
    'policies',
    ids.policies.map(
      (id) =>
        `{ id: ${id}, name: Policy ${id.slice(7)}, kind: ${pick(['rule', 'law', 'export-control'])}, jurisdiction: ${pick(regions)} }`,
    ),
  );
  write(
    'sources',
    'sources',
    ids.sources.map(
      (id) =>
        `{ id: ${id}, url: "https://example.org/${id}", title: Source ${id.slice(7)}, published: "${day()}" }`,
    ),
  );

  for (const [index, kind] of FACT_KINDS.entries()) {
    const count =
      Math.floor(options.facts / FACT_KINDS.length) +
      (index < options.facts % FACT_KINDS.length ? 1 : 0);
    const prefix = kind.replace(/[A-Z]/g, (l) => `-${l.toLowerCase()}`);
    write(
      `facts/${prefix}`,
      kind,
      Array.from({ length: count }, (_, i) => factLine[kind](`${prefix}-${pad(i)}`)),
    );
  }
  const entities = regions.length + Object.values(counts).reduce((a, b) => a + b, 0);
  return { files, entities, facts: options.facts, sources: ids.sources.length };
}

/** A small, fast, seeded random generator (Mulberry32). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
