/**
 * Whether a quote is on a page: both are normalised the same way, so that typography, case and
 * line breaks do not count as differences, and a quote's elisions ("...") skip words of the page.
 */

/** Characters that print as nothing: soft hyphens, zero-width spaces and joiners, BOMs. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** Curly, low and prime single quotes, backtick and acute accent as a quote. */
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g;
/** Curly, low and prime double quotes and guillemets. */
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
/** Hyphens, figure, en and em dashes, the minus sign. */
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;

/**
 * Text as compared: compatibility forms folded (NFKC: "…" becomes "...", a no-break space a
 * space, "ﬁ" "fi"), invisible characters dropped, quotes and dashes made plain, lowercase, and
 * every run of white space one space.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** An elision in a quote: three or more dots, alone or in brackets ("[...]"), after NFKC. */
const ELISION = /\[\s*\.{3,}\s*\]|\.{3,}/;

/** The parts of a quote between its elisions, normalised, in order; empty parts left out. */
export function quoteParts(quote: string): string[] {
  return normalizeText(quote)
    .split(ELISION)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

export type QuoteMatch =
  | { found: true }
  /** The first part of the quote that is not on the page after the parts before it. */
  | { found: false; missingPart: string };

/**
 * Whether every part of the quote is in the normalised page text, each after the one before it.
 * A quote that is only an elision has nothing to look for, and so is found.
 */
export function matchQuote(pageText: string, quote: string): QuoteMatch {
  let from = 0;
  for (const part of quoteParts(quote)) {
    const at = pageText.indexOf(part, from);
    if (at < 0) return { found: false, missingPart: part };
    from = at + part.length;
  }
  return { found: true };
}
