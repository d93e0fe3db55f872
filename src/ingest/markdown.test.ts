import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskMarkdown, parseMarkdown } from './markdown.ts';

const parse = (src: string) => {
  const r = parseMarkdown(src);
  if (!r.ok) throw new Error(r.reason);
  return r.article;
};

describe('parseMarkdown', () => {
  it('reads front matter fields and keeps the body as written', () => {
    const src = [
      '---',
      'title: The Astana Summit',
      'id: 77',
      'site: e-history.kz',
      'language: en',
      'author: { name: Adil Akhmetov, role: historian }',
      'date: 2010-12-02',
      'lead: Why the summit mattered.',
      '---',
      'The **OSCE** summit met in [Astana](https://example.org/astana) in 2010.',
      '',
      '## Outcome',
      '',
      '- The Astana Declaration was adopted.',
    ].join('\n');
    const a = parse(src);
    expect(a.meta).toMatchObject({
      id: '77',
      site: 'e-history.kz',
      language: 'en',
      title: 'The Astana Summit',
      author: 'Adil Akhmetov',
      authorRole: 'historian',
      published: '2010-12-02',
      lead: 'Why the summit mattered.',
    });
    expect(a.text.startsWith('The **OSCE**')).toBe(true);
    expect(a.meta.paragraphs.map((p) => a.text.slice(p.start, p.end))).toEqual([
      'The **OSCE** summit met in [Astana](https://example.org/astana) in 2010.',
      'The Astana Declaration was adopted.',
    ]);
    expect(a.meta.headings?.map((p) => a.text.slice(p.start, p.end))).toEqual(['Outcome']);
  });

  it('blanks the syntax for analysis without moving offsets', () => {
    const a = parse('# Title\n\nThe **OSCE** met in [Astana](https://x.org) _in_ 2010.\r\n\r\n> A quote.');
    expect(a.analysisText).toHaveLength(a.text.length);
    expect(a.analysisText).not.toMatch(/[*[\]()>#]|https/);
    expect(a.analysisText?.replace(/\s+/g, ' ').trim()).toBe('Title The OSCE met in Astana in 2010. A quote.');
  });

  it('takes the first heading as the title when the front matter has none, and detects Russian', () => {
    const a = parse('# Алашская автономия\n\nАлашская автономия была провозглашена в декабре 1917 года.');
    expect(a.meta).toMatchObject({ title: 'Алашская автономия', language: 'ru', id: null });
    expect(a.meta.paragraphs).toHaveLength(1);
  });

  it('refuses broken front matter with the reason', () => {
    const bad = parseMarkdown('---\ntitle: [unclosed\n---\nBody');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.reason).toMatch(/^front matter: /);
    const lang = parseMarkdown('---\nlanguage: de\n---\nBody');
    expect(!lang.ok && lang.reason).toBe('front matter: field "language": "de" is not one of en, ru, kk');
    const date = parseMarkdown('---\ndate: 2010-13-45\n---\nBody');
    expect(!date.ok && date.reason).toMatch(/field "date"/);
  });

  it('keeps a YAML warning as one line beside the article, and prints nothing itself', () => {
    const write = process.stderr.write;
    const printed: string[] = [];
    const emit = process.emitWarning;
    process.stderr.write = ((s: string) => printed.push(String(s)) > 0) as typeof process.stderr.write;
    process.emitWarning = ((w: string | Error) => printed.push(String(w))) as typeof process.emitWarning;
    try {
      const tagged = parseMarkdown('---\ntitle: !weird Abai\n---\nAbai was born in 1845.');
      expect(tagged.ok && tagged.article.meta.title).toBe('Abai');
      expect(tagged.ok && tagged.article.warnings).toEqual([
        'front matter: Unresolved tag: !weird at line 1, column 8',
      ]);
      const clean = parseMarkdown('---\ntitle: Abai\n---\nAbai was born in 1845.');
      expect(clean.ok && clean.article.warnings).toBeUndefined();
    } finally {
      process.stderr.write = write;
      process.emitWarning = emit;
    }
    expect(printed).toEqual([]);
  });

  it('keeps fenced code and reference definitions out of the paragraphs', () => {
    const a = parse('Text one.\n\n```\ncode here\n```\n\n[ref]: https://example.org\n\nText two.');
    expect(a.meta.paragraphs.map((p) => a.text.slice(p.start, p.end))).toEqual(['Text one.', 'Text two.']);
  });

  it('never throws; masks keep the length; paragraphs stay inside the text', () => {
    const piece = fc.oneof(
      fc.string(),
      fc.constantFrom('---\n', '# ', '**', '[a](b)', '\n\n', '```\n', 'title: x\n', '\r\n', '> '),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), (pieces) => {
        const src = pieces.join('');
        expect(maskMarkdown(src)).toHaveLength(src.length);
        const r = parseMarkdown(src);
        if (!r.ok) return;
        for (const p of r.article.meta.paragraphs)
          expect(0 <= p.start && p.start < p.end && p.end <= r.article.text.length).toBe(true);
      }),
    );
  });
});
