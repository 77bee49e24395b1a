import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { SeedError } from './errors.js';

/**
 * The largest seed file read, in bytes: a larger one is refused before it is read, so that no
 * file can exhaust memory. The generator's files of 10,000 records are about 1 MB.
 */
export const MAX_SEED_FILE_BYTES = 20 * 1024 * 1024;

/** A seed file's text, or why it cannot be a seed file: too large, not UTF-8, not text. */
export function readSeedText(
  file: string,
  absolute: string,
  maxBytes = MAX_SEED_FILE_BYTES,
): { text: string } | { error: SeedError } {
  const bytes = readBounded(absolute, maxBytes);
  if (typeof bytes === 'string') return { error: { file, message: bytes } };
  const text = decodeUtf8(bytes);
  if (typeof text !== 'string') return { error: { file, ...text } };
  const control = findControlCharacter(text);
  if (control) return { error: { file, ...control } };
  return { text };
}

/** The file's bytes, reading at most `maxBytes` of them; a message when it is larger. */
function readBounded(absolute: string, maxBytes: number): Buffer | string {
  const tooLarge = (size: string) =>
    `${size} is larger than a seed file may be (${formatBytes(maxBytes)}, MAX_SEED_FILE_BYTES); split it into several files`;
  try {
    const stat = statSync(absolute);
    if (!stat.isFile()) return 'not a regular file';
    if (stat.size > maxBytes) return tooLarge(formatBytes(stat.size));
    const fd = openSync(absolute, 'r');
    try {
      // One byte more than expected: what is read counts, as the file may have grown.
      const buffer = Buffer.alloc(stat.size + 1);
      let length = 0;
      for (let n = 1; n > 0 && length < buffer.length; length += n) {
        n = readSync(fd, buffer, length, buffer.length - length, null);
      }
      if (length > stat.size) return 'changed while it was read; validate again';
      return buffer.subarray(0, length);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return `cannot be read: ${(error as Error).message}`;
  }
}

function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${Number(mb.toFixed(1))} MB` : `${bytes} bytes`;
}

/** Strict UTF-8: a byte that is not part of a character is an error, not a silent U+FFFD. */
function decodeUtf8(bytes: Buffer): string | { line: number; column: number; message: string } {
  // The BOM stays in the text, as readFileSync left it: the YAML parsers skip it themselves.
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // Up to the first bad byte the lenient decoding is exact, so its offset can be counted.
    const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    let offset = 0;
    let from = 0;
    for (
      let index = lenient.indexOf('\uFFFD');
      index >= 0;
      index = lenient.indexOf('\uFFFD', from)
    ) {
      offset += Buffer.byteLength(lenient.slice(from, index));
      // A U+FFFD written in the file (EF BF BD) is a character like any other.
      if (bytes[offset] !== 0xef || bytes[offset + 1] !== 0xbf || bytes[offset + 2] !== 0xbd) {
        const byte = `0x${(bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
        return {
          ...lineAndColumn(lenient, index),
          message: `not UTF-8: byte ${byte} at byte offset ${offset} is not part of a UTF-8 character; save the file as UTF-8`,
        };
      }
      offset += 3;
      from = index + 1;
    }
    return { line: 1, column: 1, message: 'not UTF-8; save the file as UTF-8' };
  }
}

/**
 * YAML allows only printable characters (YAML 1.2, 5.1): tab, line breaks and U+0020 up. A
 * control character, other than in an escape such as "\t", means the file is not text.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]/;

function findControlCharacter(
  text: string,
): { line: number; column: number; message: string } | undefined {
  const match = CONTROL.exec(text);
  if (!match) return undefined;
  const code = `U+${(match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return {
    ...lineAndColumn(text, match.index),
    message: `control character ${code}: YAML allows only printable characters; is this a text file?`,
  };
}

function lineAndColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < index; at = text.indexOf('\n', at + 1)) {
    line += 1;
    start = at + 1;
  }
  return { line, column: index - start + 1 };
}
