/**
 * How names are compared by search: as keys of letters and digits only, lower-cased, after
 * Unicode compatibility normalization (full-width ＡＩ is AI). Spaces and punctuation drop out, so
 * "Deep Seek", "deepseek" and "DeepSeek" share the key `deepseek`, and "21 Vianet" is `21vianet`.
 * The loader stores an entity's keys (its name's and aliases') as `nameKeys`; search compares a
 * query's key with them. One function for both, so they cannot drift apart.
 */
export function nameKey(text: string): string {
  return nameWords(text).join('');
}

/** The words of a name or query: runs of letters and digits, normalized and lower-cased. */
export function nameWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** An entity's distinct keys: its name's, then its aliases', none empty. */
export function nameKeys(name: string, aliases: readonly string[] = []): string[] {
  return [...new Set([name, ...aliases].map(nameKey))].filter((key) => key.length > 0);
}

/** Words that say what legal form a company has, not which company it is. */
export const LEGAL_SUFFIXES: ReadonlySet<string> = new Set([
  'ab',
  'ag',
  'bv',
  'co',
  'company',
  'corp',
  'corporation',
  'gmbh',
  'group',
  'holding',
  'holdings',
  'inc',
  'incorporated',
  'kk',
  'limited',
  'llc',
  'llp',
  'lp',
  'ltd',
  'nv',
  'pbc',
  'plc',
  'pte',
  'pty',
  'sa',
  'sas',
  'se',
  'spa',
  'srl',
]);
