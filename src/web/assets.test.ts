import { describe, expect, it } from 'vitest';
import { getAsset } from './assets.ts';

describe('getAsset', () => {
  it('knows only its own files, not what every object inherits', () => {
    for (const name of ['__proto__', 'constructor', 'hasOwnProperty', 'valueOf', 'toString', 'nope.css']) {
      expect(getAsset(name), name).toBeNull();
    }
  });

  it('serves a file it has', async () => {
    expect((await getAsset('favicon.svg'))?.contentType).toBe('image/svg+xml');
  });
});
