import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSource, firstInvalidUtf8, formatBytes, readSourceFile } from './read.ts';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeSource', () => {
  it('refuses empty, whitespace-only and binary input', () => {
    expect(decodeSource(bytes())).toEqual({ ok: false, reason: 'empty file' });
    expect(decodeSource(utf8(' \n\t\n'))).toEqual({ ok: false, reason: 'empty file (only whitespace)' });
    expect(decodeSource(bytes(0x50, 0x4b, 0x03, 0x00, 0x41))).toEqual({
      ok: false,
      reason: 'binary file (NUL byte at offset 3)',
    });
  });

  it('reports the first byte that is not UTF-8, with its offset', () => {
    const latin1 = new Uint8Array([...utf8('Казахстан '), 0xff, 0x41]);
    expect(decodeSource(latin1)).toEqual({ ok: false, reason: 'not UTF-8 (byte 0xFF at offset 19)' });
    const cp1251 = bytes(0x41, 0xca, 0xe0, 0xe7);
    expect(decodeSource(cp1251)).toEqual({ ok: false, reason: 'not UTF-8 (byte 0xCA at offset 1)' });
  });

  it('drops the byte order mark but hashes the bytes as they are', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Title\r\n')]);
    const decoded = decodeSource(withBom);
    expect(decoded.ok && decoded.source.text).toBe('Title\r\n');
    const without = decodeSource(utf8('Title\r\n'));
    expect(decoded.ok && without.ok && decoded.source.hash !== without.source.hash).toBe(true);
  });
});

describe('firstInvalidUtf8', () => {
  it('finds overlong forms, surrogates and truncated sequences', () => {
    expect(firstInvalidUtf8(bytes(0x41, 0xc0, 0x80))).toBe(1);
    expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0);
    expect(firstInvalidUtf8(bytes(0x41, 0xe2, 0x82))).toBe(1);
    expect(firstInvalidUtf8(utf8('ok ✓'))).toBe(6);
  });
});

describe('decodeSource on arbitrary bytes', () => {
  it('never throws; a reported bad byte is one where valid UTF-8 stops', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 64 }),
          fc.string().map((s) => new TextEncoder().encode(s)),
        ),
        (bytes) => {
          const r = decodeSource(bytes);
          const m = r.ok ? null : /^not UTF-8 .* offset (\d+)\)$/.exec(r.reason);
          if (m) {
            const at = Number(m[1]);
            expect(at).toBeLessThan(bytes.length);
            expect(() => strict.decode(bytes.subarray(0, at))).not.toThrow();
            expect(() => strict.decode(bytes)).toThrow();
          }
        },
      ),
    );
  });
});

describe('readSourceFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-read-'));

  it('refuses a FIFO and a device by kind at once instead of waiting on or reading them', async () => {
    const fifo = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    expect(await readSourceFile(fifo)).toEqual({ ok: false, reason: 'is a FIFO (named pipe), not a regular file' });
    expect(await readSourceFile('/dev/zero')).toEqual({
      ok: false,
      reason: 'is a character device, not a regular file',
    });
  });

  it('refuses a file over the size limit before reading it', async () => {
    const path = join(dir, 'big.txt');
    writeFileSync(path, 'x'.repeat(2048));
    expect(await readSourceFile(path, 1024)).toEqual({
      ok: false,
      reason: 'too large (2 KB; limit 1 KB, see --max-size)',
    });
    expect((await readSourceFile(path, 4096)).ok).toBe(true);
  });

  it('names a missing file and a folder', async () => {
    expect(await readSourceFile(join(dir, 'nope.txt'))).toEqual({ ok: false, reason: 'no such file' });
    expect(await readSourceFile(dir)).toEqual({ ok: false, reason: 'is a directory' });
  });

  it('formats sizes for people', () => {
    expect([formatBytes(512), formatBytes(1536), formatBytes(10 * 1024 * 1024)]).toEqual([
      '512 bytes',
      '1.5 KB',
      '10 MB',
    ]);
  });
});
