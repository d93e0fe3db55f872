import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonArticle } from './json.ts';

describe('parseJsonArticle', () => {
  it('reads an array body as paragraphs joined by blank lines', () => {
    const r = parseJsonArticle(
      JSON.stringify({ title: 'Т', body: ['Первый абзац.', '  ', 'Второй абзац.'], id: 5, date: '2017-01-01' }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { text, meta } = r.article;
    expect(text).toBe('Первый абзац.\n\nВторой абзац.');
    expect(meta).toMatchObject({ id: '5', language: 'ru', published: '2017-01-01', title: 'Т' });
    expect(meta.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['Первый абзац.', 'Второй абзац.']);
  });

  it('reads a string body as written, paragraphs split on blank lines', () => {
    const r = parseJsonArticle('{"title":"T","body":"One.\\r\\n\\r\\nTwo.","language":"en","author":"A B"}');
    expect(r.ok && r.article.meta.paragraphs).toEqual([
      { start: 0, end: 4 },
      { start: 8, end: 12 },
    ]);
  });

  it('reduces an HTML body to text, scripts and handlers gone', () => {
    const r = parseJsonArticle(
      JSON.stringify({ title: 'T', body: '<p>One <b>bold</b>.</p><script>alert(1)</script><p onclick="x()">Two.</p>' }),
    );
    expect(r.ok && r.article.text).toBe('One bold.\n\nTwo.');
    expect(r.ok && r.article.meta.paragraphs).toHaveLength(2);
  });

  it('names the field that is wrong', () => {
    const cases: [string, RegExp][] = [
      ['{"body":"x"}', /field "title"/],
      ['{"title":"T","body":5}', /field "body"/],
      ['{"title":"T","body":"x","language":"fr"}', /field "language"/],
      ['[1,2]', /expected an object/],
      ['{"title":', /not valid JSON/],
    ];
    for (const [src, reason] of cases) {
      const r = parseJsonArticle(src);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.reason).toMatch(reason);
    }
  });

  it('never throws on arbitrary JSON or text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.string(),
          fc
            .record({ title: fc.string(), body: fc.oneof(fc.string(), fc.array(fc.string())) })
            .map((o) => JSON.stringify(o)),
        ),
        (src) => {
          const r = parseJsonArticle(src);
          if (r.ok)
            for (const p of r.article.meta.paragraphs)
              expect(p.start < p.end && p.end <= r.article.text.length).toBe(true);
        },
      ),
    );
  });
});
