/**
 * Mixes: an answer that shows parts of two loads at once. Variants A and B of the soak's graph
 * write a marker (`soak-variant-A` / `-B`) into the description of many facts and into the quote
 * of each of their citations, and some facts exist in one variant only (marked too). An answer
 * read from one graph has markers of one variant only; any fact whose description and quotes
 * disagree, or any answer with markers of both variants, was read across a reload.
 */

export type Variant = 'A' | 'B';

export const marker = (variant: Variant) => `soak-variant-${variant}`;

const MARKER = /soak-variant-([AB])/;

function variantOf(text: unknown): Variant | undefined {
  if (typeof text !== 'string') return undefined;
  return MARKER.exec(text)?.[1] as Variant | undefined;
}

export interface MixReport {
  /** Facts whose description marker differs from a citation's quote marker. */
  inconsistentFacts: string[];
  /** The variants whose markers appear anywhere in the answer. */
  variants: Variant[];
  /** 0 for a clean answer; one per inconsistent fact, plus one when both variants appear. */
  mixes: number;
}

/** Looks through a GraphQL answer (any JSON) for mixes. */
export function detectMixes(answer: unknown): MixReport {
  const inconsistentFacts: string[] = [];
  const seen = new Set<Variant>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (value === null || typeof value !== 'object') {
      const variant = variantOf(value);
      if (variant) seen.add(variant);
      return;
    }
    const record = value as Record<string, unknown>;
    if ('description' in record && Array.isArray(record.sources)) {
      const described = variantOf(record.description);
      // Only citations whose quote was asked for: an answer without quotes shows no mix.
      const quoted = (record.sources as { quote?: unknown }[])
        .filter(
          (citation) => citation !== null && typeof citation === 'object' && 'quote' in citation,
        )
        .map((citation) => variantOf(citation.quote));
      // Both variants mark both places, so a marker on one side alone is a mix too.
      if (quoted.some((variant) => variant !== described)) {
        inconsistentFacts.push(String(record.id ?? '?'));
      }
    }
    for (const child of Object.values(record)) visit(child);
  };
  visit(answer);
  const variants = [...seen].sort();
  return {
    inconsistentFacts,
    variants,
    mixes: inconsistentFacts.length + (variants.length > 1 ? 1 : 0),
  };
}
