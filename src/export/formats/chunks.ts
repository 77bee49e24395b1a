import type { Value } from '../graph.js';

const CHUNK_CHARS = 64 * 1024;

/**
 * Joins small pieces of text into chunks of about 64 KiB: one write per chunk instead of one per
 * line, while memory stays bounded whatever the graph's size.
 */
export async function* chunked(pieces: AsyncIterable<string>): AsyncGenerator<string> {
  let chunk = '';
  for await (const piece of pieces) {
    chunk += piece;
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** A value in a format without lists (CSV, GraphML): lists become JSON text. */
export function flatText(value: Value): string {
  return Array.isArray(value) ? JSON.stringify(value) : String(value);
}
