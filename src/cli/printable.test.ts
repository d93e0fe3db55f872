import { describe, expect, it } from 'vitest';
import { printableLine, printableText } from './printable.ts';

describe('printable', () => {
  it('escapes terminal control sequences from article text but keeps its lines', () => {
    expect(printableText('Title\n\x1b[2J\x1b]0;owned\x07Body\tend')).toBe(
      'Title\n\\u001b[2J\\u001b]0;owned\\u0007Body\tend',
    );
  });

  it('keeps an error about a hostile file name on one line', () => {
    expect(printableLine('bad\nname.txt: empty file')).toBe('bad\\u000aname.txt: empty file');
    expect(printableLine('Қазақстан 1991')).toBe('Қазақстан 1991');
  });
});
