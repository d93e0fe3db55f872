import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatForPath, parseSource, sniffFormat } from './format.ts';

describe('parseSource', () => {
  it('reads .txt as an e-history page when it has the header, else as plain text', () => {
    const page = parseSource('T\n\n12\nT - e-history.kz\nLead.\n\nBody.', 'text');
    expect(page.ok && page.article.format).toBe('ehistory');
    const plain = parseSource('A Title\n\nFirst paragraph.\nstill first.\n\nSecond.', 'text');
    expect(plain.ok && plain.article.format).toBe('text');
    expect(plain.ok && plain.article.meta).toMatchObject({ title: 'A Title', id: null, language: 'en' });
    expect(plain.ok && plain.article.meta.paragraphs).toHaveLength(2);
  });

  it('refuses text without the header when e-history is asked for', () => {
    const r = parseSource('Just text.', 'ehistory');
    expect(!r.ok && r.reason).toMatch(/not an e-history page/);
  });

  it('chooses the format from the extension, or from the text itself', () => {
    expect(['a.TXT', 'b.md', 'c.htm', 'd.json', 'e.pdf'].map(formatForPath)).toEqual([
      'text',
      'markdown',
      'html',
      'json',
      null,
    ]);
    expect(['{"title":1}', '<!DOCTYPE html><p>', '---\ntitle: x\n---', 'Plain'].map(sniffFormat)).toEqual([
      'json',
      'html',
      'markdown',
      'text',
    ]);
  });

  it('never throws on plain text and keeps paragraphs inside it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constantFrom('\n', '\r\n', '\n\n', '\u00a0', '12', ' - e-history.kz')), {
          maxLength: 30,
        }),
        (parts) => {
          const text = parts.join('');
          const r = parseSource(text, 'text');
          expect(r.ok).toBe(true);
          if (r.ok)
            for (const p of r.article.meta.paragraphs)
              expect(0 <= p.start && p.start < p.end && p.end <= text.length).toBe(true);
        },
      ),
    );
  });
});
