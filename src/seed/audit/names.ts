/**
 * Names as the near-duplicate check compares them: case, accents, punctuation, spaces and legal
 * suffixes set aside, so that "OpenAI, Inc.", "OpenAI Inc" and "openai" are one name.
 */

import { LEGAL_SUFFIXES } from '../../model/nameKeys.js';

export interface NameKey {
  /** The name's words joined without spaces, legal suffixes at the end dropped. */
  key: string;
  /** Its words with a digit (14110, 910b, m-24-10's 24 and 10), which must agree for a near match. */
  numbers: string;
}

export function nameKey(name: string): NameKey {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    // Dots join rather than split: S.A. is sa, Inc. is inc.
    .replace(/\./g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
  // "Group" alone is a name, not a suffix.
  while (words.length > 1 && LEGAL_SUFFIXES.has(words.at(-1) as string)) words.pop();
  return {
    key: words.join(''),
    numbers: words
      .filter((word) => /\d/.test(word))
      .sort()
      .join(' '),
  };
}

/** The shortest key compared by edit distance: below it, one letter makes another word. */
export const MIN_FUZZY_LENGTH = 5;

/**
 * The key with each of its letters left out in turn, and itself: two keys one edit apart (a
 * letter added, dropped or changed) share one of these, so candidates are found without
 * comparing every pair.
 */
export function oneDeletionVariants(key: string): string[] {
  const variants = new Set([key]);
  for (let index = 0; index < key.length; index++)
    variants.add(key.slice(0, index) + key.slice(index + 1));
  return [...variants];
}
