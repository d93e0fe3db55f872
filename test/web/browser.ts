import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { type Browser, chromium } from 'playwright-core';

/** Debian's chromium, used when it is installed. */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A browser binary and the environment it needs. */
export interface ChromiumBinary {
  path: string;
  env?: Record<string, string>;
}

/**
 * The browser for the browser tests: `CHROMIUM_PATH` when set, else Debian's `/usr/bin/chromium`
 * when installed, else the headless chromium that the `@sparticuz/chromium` npm package ships
 * (unpacked on first use; nothing is downloaded). `CHRONICLE_TEST_FRESH=1` goes straight to the
 * npm one, as on a machine with no browser.
 */
export function chromiumBinary(env: NodeJS.ProcessEnv = process.env): ChromiumBinary {
  if (env.CHRONICLE_TEST_FRESH !== '1') {
    if (env.CHROMIUM_PATH) return { path: env.CHROMIUM_PATH };
    if (existsSync(SYSTEM_CHROMIUM)) return { path: SYSTEM_CHROMIUM };
  }
  return npmChromium();
}

export function launchChromium(): Promise<Browser> {
  const binary = chromiumBinary();
  return chromium.launch({
    executablePath: binary.path,
    args: FLAGS,
    env: binary.env ? { ...process.env, ...binary.env } : undefined,
  });
}

/**
 * Unpacks @sparticuz/chromium's brotli files into a folder of our own, per version and user (the
 * package's own `executablePath()` uses the shared /tmp/chromium and returns a half-written file
 * to a second test process unpacking at the same time). The folder is filled under a temporary
 * name and renamed into place, so a process sees all of it or none. Besides the binary: the NSS
 * libraries the package ships for Amazon Linux (the binary links libnss3, which a bare machine
 * lacks) and its fonts, which the browser is pointed to alone, so pages render the same with or
 * without fonts on the machine.
 */
function npmChromium(): ChromiumBinary {
  const require = createRequire(import.meta.url);
  const pkg = dirname(dirname(dirname(require.resolve('@sparticuz/chromium'))));
  const version = (JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version: string }).version;
  const dir = join(tmpdir(), `chronicle-chromium-${version}-${process.getuid?.() ?? 'user'}`);
  if (!existsSync(join(dir, 'chromium'))) unpack(join(pkg, 'bin'), dir);
  return {
    path: join(dir, 'chromium'),
    env: {
      LD_LIBRARY_PATH: [join(dir, 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
      FONTCONFIG_FILE: join(dir, 'fonts.conf'),
    },
  };
}

function unpack(from: string, dir: string): void {
  const partial = `${dir}.${process.pid}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  writeFileSync(join(partial, 'chromium'), brotliDecompressSync(readFileSync(join(from, 'chromium.br'))), {
    mode: 0o755,
  });
  untar(brotliDecompressSync(readFileSync(join(from, 'al2023.tar.br'))), partial); // lib/libnss3.so…
  untar(brotliDecompressSync(readFileSync(join(from, 'fonts.tar.br'))), join(partial, 'fonts-pack'));
  writeFileSync(
    join(partial, 'fonts.conf'),
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${join(dir, 'fonts-pack', 'fonts')}</dir>\n  <cachedir>${join(dir, 'fonts-cache')}</cachedir>\n</fontconfig>\n`,
  );
  try {
    renameSync(partial, dir);
  } catch (e) {
    // Another test process renamed its copy first: use that one.
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(join(dir, 'chromium'))) throw e;
  }
}

/** Writes the regular files and folders of a tar archive (all these archives hold) under `dir`. */
function untar(archive: Buffer, dir: string): void {
  for (let at = 0; at + 512 <= archive.length; ) {
    const header = archive.subarray(at, at + 512);
    const name = field(header, 0, 100);
    if (!name) break; // the two zero blocks that end the archive
    // POSIX ustar keeps a path prefix at 345; old GNU archives (`ustar  `) keep times there.
    const prefix = header.subarray(257, 263).toString('latin1') === 'ustar\0' ? field(header, 345, 155) : '';
    const size = Number.parseInt(field(header, 124, 12) || '0', 8);
    const type = String.fromCharCode(header[156] ?? 0);
    const mode = Number.parseInt(field(header, 100, 8) || '644', 8);
    const path = join(dir, prefix ? `${prefix}/${name}` : name);
    if (!path.startsWith(dir)) throw new Error(`tar entry outside the folder: ${name}`);
    if (type === '5') mkdirSync(path, { recursive: true });
    else if (type === '0' || type === '\0') {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, archive.subarray(at + 512, at + 512 + size), { mode });
    }
    at += 512 + Math.ceil(size / 512) * 512;
  }
}

function field(header: Buffer, start: number, length: number): string {
  const raw = header.subarray(start, start + length);
  const end = raw.indexOf(0);
  return raw
    .subarray(0, end < 0 ? length : end)
    .toString('utf8')
    .trim();
}
