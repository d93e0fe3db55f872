// Reading one file from disk safely, apart from the rest of ingest so that commands reading text
// without ingesting it (`chronicle timex`) load only this.
import { constants, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';

/** 10 MB: far above any real article, low enough that a stray dump cannot exhaust memory. */
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

/**
 * The bytes of a regular file of at most `maxBytes`. A FIFO, device, socket or folder is refused by
 * its kind without being read: opening a FIFO waits for a writer, and a device like `/dev/zero`
 * never ends. Never throws for a bad file.
 */
export async function readRegularFile(
  path: string,
  maxBytes = DEFAULT_MAX_FILE_BYTES,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; reason: string }> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    const before = notRegular(await stat(path));
    if (before) return { ok: false, reason: before };
    // Non-blocking, in case the file was swapped for a FIFO since stat; fstat checks again.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = await handle.stat();
    const kind = notRegular(info);
    if (kind) return { ok: false, reason: kind };
    if (info.size > maxBytes) return { ok: false, reason: tooLarge(info.size, maxBytes) };
    // Read one byte past the limit, so a file that grew since stat is still caught.
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return { ok: false, reason: tooLarge(length, maxBytes) };
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (err) {
    return { ok: false, reason: describeFsError(err) };
  } finally {
    await handle?.close();
  }
}

/** Why a file is no source to read (its kind), or null for a regular file. */
export function notRegular(info: Stats): string | null {
  if (info.isFile()) return null;
  if (info.isDirectory()) return 'is a directory';
  const kind = info.isFIFO()
    ? 'a FIFO (named pipe)'
    : info.isCharacterDevice()
      ? 'a character device'
      : info.isBlockDevice()
        ? 'a block device'
        : info.isSocket()
          ? 'a socket'
          : 'a special file';
  return `is ${kind}, not a regular file`;
}

function tooLarge(size: number, limit: number): string {
  return `too large (${formatBytes(size)}; limit ${formatBytes(limit)}, see --max-size)`;
}

/** `10485760` → `10 MB`, `1536` → `1.5 KB`. */
export function formatBytes(n: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = n;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${n} bytes` : `${Number(value.toFixed(1))} ${units[unit]}`;
}

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return err instanceof Error ? err.message : String(err);
}
