import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load as parseYaml } from 'js-yaml';
import type { Driver } from 'neo4j-driver';
import { mulberry32 } from '../../src/generate/synthetic.js';
import { loadSeed } from '../../src/load/load.js';
import { nameKey } from '../../src/model/nameKeys.js';

/**
 * The curated seed plus thousands of made-up entities with plausible names, for search: names
 * built from the same pieces as real ones ("Deep", "Open", "Micro", "Sense", "Tech", "Cloud",
 * Chinese place names, common given and family names), so that a query for DeepSeek also meets
 * DeepWave Capital, Shenzhen DeepSeek Robotics or Open AI Ventures. None has a name or alias
 * whose key (nameKeys.ts) is a curated entity's: the obvious answer stays unique. Distractors
 * have partnerships among themselves, so some are better connected than some curated ones.
 * Seeded: the same graph every time.
 */
export interface DistractorCounts {
  organizations: number;
  people: number;
  products: number;
  policies: number;
  partnerships: number;
}

export const DISTRACTORS: DistractorCounts = {
  organizations: 3000,
  people: 1200,
  products: 600,
  policies: 200,
  partnerships: 3000,
};

const STEMS = pieces(
  'Deep|Open|Micro|Cloud|Sense|Moon|Star|Blue|Quantum|Neural|Bright|Silver|Iron|' +
    'Nova|Hyper|Meta|Alpha|Omni|Sky|Swift|Smart|Intelli|Data|Byte|Bit|Core|Next|' +
    'Astra|Lumen|Terra|Sino|Ever|Mini|Tian|Hua|Zhong|Xin|Long|Tiger|Dragon|Panda|' +
    'Vision|Anthro|Nvi|Tencen|Ali|Bai|Zhi|Step|Light|Moore|Spark|Vast|Scale',
);
const ENDINGS = pieces(
  'Seek|Mind|Soft|Scale|Works|Time|Shot|Wave|Bridge|Path|Logic|Sight|Dance|Flow|' +
    'Bank|Stone|Gate|Forge|Ware|Link|Net|Tech|Vision|Rock|Point|Verse|Cloud|Spark|' +
    'Stack|Max|Pu|Yun|Pos|Dia|Cent|Baba|Du|Weave|Fun|AI',
);
const TAILS = pieces(
  ' AI| Labs| Technologies| Technology Co., Ltd.| Capital| Ventures| Systems|' +
    ' Group| Inc.| Holdings| Research| Partners| Robotics| Semiconductor| Cloud|' +
    ' Data| Intelligence| Microelectronics| Networks| Corporation',
);
const PLACES = pieces(
  'Beijing|Shanghai|Shenzhen|Hangzhou|Nanjing|Wuxi|Chengdu|Suzhou|Hefei|Tianjin|' +
    'Xiamen|Ningbo|Guangzhou|Wuhan|Austin|Boston|Seattle|Toronto|London|Paris|Berlin|' +
    'Tel Aviv|Singapore|Tokyo|Seoul|Dubai',
);
const GIVEN = pieces(
  'Wei|Jing|Lei|Min|Hui|Yang|Tao|Chen|Sam|Mark|David|Sarah|Emma|James|Maria|Anna|' +
    'Paul|Kevin|Helen|Daniel|Greg|Mira|Jack|Satya|Sundar|Elena|Omar|Priya|Raj|Yuki|' +
    'Hiro|Ji-woo|Lars|Ingrid',
);
const FAMILY = pieces(
  'Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo|Lin|He|Gao|' +
    'Luo|Smith|Johnson|Brown|Miller|Davis|Garcia|Martin|Clark|Lewis|Walker|Young|' +
    'Allen|Scott|Nakamura|Kim|Park|Singh|Patel|Müller|Schmidt|Dubois|Rossi|Altmann|' +
    'Amodei',
);
const MODEL_WORDS = pieces(
  'Chat|Coder|Copilot|Vision|Assistant|Studio|Cloud|Engine|Agent|Reasoner|Omni|' +
    'Turbo|Flash|Pro|Lite|Edge|Spark|Mind|Brain|Core',
);
const TOPICS = pieces(
  'Data Privacy|Artificial Intelligence|Algorithmic Accountability|Chip Security|' +
    'Cloud Security|Semiconductor Incentives|Digital Markets|Online Safety|' +
    'Automated Decisions|Export Control|Biometric Information|Deepfake Disclosure',
);
const JURISDICTIONS = pieces(
  'Ohio|Oregon|Florida|Georgia|Nevada|Arizona|Ontario|Quebec|Bavaria|Victoria|' +
    'Kerala|Jiangsu|Guangdong|Zhejiang|Gyeonggi|Osaka',
);

/** Name pieces, written as one string to keep the lists short. */
function pieces(text: string): string[] {
  return text.split('|');
}

/** Writes the curated seed and the distractors into `out`; answers how many of each. */
export function writeDistractorSeed(
  out: string,
  seedDir = 'seed',
  counts: DistractorCounts = DISTRACTORS,
): DistractorCounts {
  cpSync(seedDir, out, { recursive: true });
  const random = mulberry32(15);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const taken = curatedKeys(seedDir);
  /** Whether a name is new: not a curated entity's key, nor a distractor's already made. */
  const fresh = (name: string): boolean => {
    const key = nameKey(name);
    if (key.length === 0 || taken.has(key)) return false;
    taken.add(key);
    return true;
  };
  const unique = (make: () => string): string => {
    for (;;) {
      const name = make();
      if (fresh(name)) return name;
    }
  };
  const brand = () => {
    const stem = pick(STEMS);
    const ending = pick(ENDINGS);
    return random() < 0.7 ? `${stem}${ending.toLowerCase()}` : `${stem} ${ending}`;
  };
  const q = (text: string) => JSON.stringify(text);

  const organizations: string[] = [];
  const orgIds: string[] = [];
  for (let i = 0; i < counts.organizations; i++) {
    const id = `distractor-org-${i}`;
    const name = unique(() => {
      const roll = random();
      if (roll < 0.3) return `${pick(PLACES)} ${brand()}${pick(TAILS)}`;
      if (roll < 0.9) return `${brand()}${pick(TAILS)}`;
      return `${brand()} ${pick(ENDINGS)}${pick(TAILS)}`;
    });
    const alias = random() < 0.3 ? unique(() => `${brand()}${pick(TAILS)}`) : undefined;
    orgIds.push(id);
    organizations.push(
      `{ id: ${id}, name: ${q(name)}, ${alias ? `aliases: [${q(alias)}], ` : ''}kind: company, country: ${pick(['US', 'CN', 'GB', 'DE', 'JP', 'SG', 'FR', 'KR'])} }`,
    );
  }
  const people = Array.from({ length: counts.people }, (_, i) => {
    const name = unique(
      () => `${pick(GIVEN)} ${pick(FAMILY)}${random() < 0.5 ? '' : ` ${pick(FAMILY)}`}`,
    );
    return `{ id: distractor-person-${i}, name: ${q(name)} }`;
  });
  const products = Array.from({ length: counts.products }, (_, i) => {
    const name = unique(
      () =>
        `${brand()} ${pick(MODEL_WORDS)}${random() < 0.6 ? ` ${1 + Math.floor(random() * 9)}` : ''}`,
    );
    return `{ id: distractor-product-${i}, name: ${q(name)}, kind: ai-model, provider: ${pick(orgIds)} }`;
  });
  const policies = Array.from({ length: counts.policies }, (_, i) => {
    const name = unique(
      () => `${pick(JURISDICTIONS)} ${pick(TOPICS)} Act (${2015 + Math.floor(random() * 11)})`,
    );
    return `{ id: distractor-policy-${i}, name: ${q(name)}, kind: law }`;
  });
  const partnerships = Array.from({ length: counts.partnerships }, (_, i) => {
    // About two facts each, up to eight or so: some distractors are better connected than some
    // curated entities, none is as connected as the best known companies.
    const party = () => pick(orgIds);
    const a = party();
    let b = party();
    while (b === a) b = party();
    return `{ id: distractor-partnership-${i}, kind: commercial, parties: [${a}, ${b}], start: "20${10 + Math.floor(random() * 15)}", status: active, sources: [{ source: distractor-source }] }`;
  });

  const write = (file: string, key: string, lines: string[]) => {
    mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
    writeFileSync(
      path.join(out, file),
      `# Made-up distractors for search tests.\n${key}:\n${lines.map((line) => `  - ${line}`).join('\n')}\n`,
    );
  };
  write('entities/distractor-organizations.yaml', 'organizations', organizations);
  write('entities/distractor-people.yaml', 'people', people);
  write('entities/distractor-products.yaml', 'products', products);
  write('entities/distractor-policies.yaml', 'policies', policies);
  write('facts/distractor-partnerships.yaml', 'partnerships', partnerships);
  write('sources/distractors.yaml', 'sources', [
    '{ id: distractor-source, url: "https://example.org/distractors", title: Made-up facts }',
  ]);
  return counts;
}

/** The keys of every curated entity's name and aliases. */
function curatedKeys(seedDir: string): Set<string> {
  const keys = new Set<string>();
  const folder = path.join(seedDir, 'entities');
  for (const file of readdirSync(folder)) {
    const data = parseYaml(readFileSync(path.join(folder, file), 'utf8')) as Record<
      string,
      { name?: string; aliases?: string[] }[]
    >;
    for (const records of Object.values(data ?? {})) {
      for (const record of records ?? []) {
        for (const name of [record.name ?? '', ...(record.aliases ?? [])]) keys.add(nameKey(name));
      }
    }
  }
  return keys;
}

/** Generates the seed with distractors into a temporary folder and loads it. */
export async function loadDistractorGraph(db: {
  driver: () => Driver;
  database: string;
}): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), 'policygraph-distractors-'));
  try {
    writeDistractorSeed(work);
    await loadSeed(db.driver(), db.database, work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
