import { createHash } from 'node:crypto';
import { DEFAULT_MAX_FILE_BYTES, readRegularFile } from './regular-file/index.ts';

export { DEFAULT_MAX_FILE_BYTES, formatBytes, notRegular, readRegularFile } from './regular-file/index.ts';

/** A source file read and decoded: the exact bytes (for the content hash) and the text without BOM. */
export interface SourceText {
  bytes: Uint8Array;
  /** sha256 of the bytes, hex. */
  hash: string;
  /** UTF-8 decoded, byte order mark removed, line terminators kept as they are. */
  text: string;
}

export type ReadResult = { ok: true; source: SourceText } | { ok: false; reason: string };

/**
 * Reads a source file safely: refuses what is not a regular file, too large, empty, binary or not
 * UTF-8, each with a reason a user can act on (`not UTF-8 (byte 0xFF at offset 312)`). Never throws
 * for a bad file.
 */
export async function readSourceFile(path: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<ReadResult> {
  const read = await readRegularFile(path, maxBytes);
  return read.ok ? decodeSource(read.bytes) : read;
}

/** Decodes source bytes; the checks of {@link readSourceFile} other than size. */
export function decodeSource(bytes: Uint8Array): ReadResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, reason: `binary file (NUL byte at offset ${nul})` };
  let text: string;
  try {
    // The decoder drops a leading byte order mark (ignoreBOM: false), which is what we want.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const byte = bytes[bad] ?? 0;
    return {
      ok: false,
      reason: `not UTF-8 (byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at offset ${bad})`,
    };
  }
  if (text.trim().length === 0) return { ok: false, reason: 'empty file (only whitespace)' };
  return { ok: true, source: { bytes, hash: createHash('sha256').update(bytes).digest('hex'), text } };
}

/** Offset of the first byte that cannot start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    }
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      // Report the sequence's first byte, as Python and iconv do: that is where the bad character starts.
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8 either.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return bytes.length;
}
