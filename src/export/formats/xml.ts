/**
 * Escaping for XML 1.0, written by hand: the few rules below are the whole of it, and the
 * builders tried either pass characters XML 1.0 cannot hold straight through or throw on them.
 *
 * - `&`, `<`, `>` always; `"` in attributes (they are written in double quotes).
 * - Carriage returns as `&#13;`, which parsers keep (a literal one becomes a newline); in
 *   attributes also tabs and newlines, which attribute-value normalisation would turn into spaces.
 * - Characters XML 1.0 cannot hold at all, even as references (controls other than tab, newline
 *   and carriage return; U+FFFE, U+FFFF; unpaired surrogates), become U+FFFD.
 */

// Anything outside XML 1.0's Char production; with `u`, an unpaired surrogate is one match.
const NOT_XML = '[^\\t\\n\\r\\u0020-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]';
const IN_TEXT = new RegExp(`[&<>\\r]|${NOT_XML}`, 'gu');
const IN_ATTRIBUTE = new RegExp(`[&<>"\\t\\n\\r]|${NOT_XML}`, 'gu');

const REPLACEMENTS: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

const replace = (character: string) => REPLACEMENTS[character] ?? '\uFFFD';

/** Text content of an element. */
export function xmlText(text: string): string {
  return text.replace(IN_TEXT, replace);
}

/** An attribute value, to be written between double quotes. */
export function xmlAttribute(text: string): string {
  return text.replace(IN_ATTRIBUTE, replace);
}
