import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from './analyze.ts';
import { parseEHistory } from './ehistory.ts';
import { decodeSource } from './read.ts';

const FIXTURE = new URL('../../../shared/fixtures/e-history-1509.txt', import.meta.url);
const GOLD = JSON.parse(
  readFileSync(new URL('../../../shared/fixtures/e-history-1509.gold.json', import.meta.url), 'utf8'),
);
const fixture = readFileSync(FIXTURE, 'utf8');

const page = (lines: string[]) => lines.join('\n');

describe('parseEHistory on the founding document', () => {
  const article = parseEHistory(fixture);

  it('reads every article field of the gold annotation', () => {
    const meta = article?.meta;
    expect(meta).toMatchObject({
      id: GOLD.article.id,
      site: GOLD.article.site,
      language: GOLD.article.language,
      title: GOLD.article.title,
      epigraph: GOLD.article.epigraph,
      lead: GOLD.article.lead,
      author: GOLD.article.author,
      authorRole: GOLD.article.authorRole,
    });
  });

  it('does not read the page id line as the year 1509, nor the site line as more mentions', () => {
    const analysis = analyzeArticle(article!);
    expect(article?.analysisText).toHaveLength(fixture.length);
    expect(analysis.timexes.map((t) => t.text)).not.toContain('1509');
    expect(analysis.timexes.map((t) => t.text)).toContain('September 2013');
    const siteLine = fixture.indexOf(' - e-history.kz');
    const lineStart = fixture.lastIndexOf('\n', siteLine) + 1;
    const inSiteLine = analysis.entities
      .flatMap((e) => e.mentions)
      .filter((m) => m.start >= lineStart && m.end <= siteLine + 15);
    expect(inSiteLine).toEqual([]);
    // The title itself is still read.
    const title = fixture.indexOf('KAZAKHSTAN’S ROLE');
    expect(analysis.entities.some((e) => e.mentions.some((m) => m.start === title))).toBe(true);
  });

  it('finds the 23 body paragraphs as offsets into the original text', () => {
    const paragraphs = article?.meta.paragraphs ?? [];
    expect(paragraphs).toHaveLength(GOLD.article.bodyParagraphs);
    const texts = paragraphs.map((p) => fixture.slice(p.start, p.end));
    expect(texts[0]?.startsWith(GOLD.article.bodyFirstWords)).toBe(true);
    expect(texts.at(-1)?.endsWith(GOLD.article.bodyLastWords)).toBe(true);
    for (const t of texts) expect(t).toBe(t.trim());
    expect(article?.text).toBe(fixture);
  });
});

describe('parseEHistory on variants', () => {
  const body = ['First paragraph of the body.', '', 'Second paragraph, and the last.'];

  it('reads a page without epigraph and without an author line', () => {
    const a = parseEHistory(
      page(['THE GREAT STEPPE', '', '42', 'THE GREAT STEPPE - e-history.kz', 'A short lead.', '', ...body]),
    );
    expect(a?.meta).toMatchObject({
      id: '42',
      site: 'e-history.kz',
      title: 'THE GREAT STEPPE',
      epigraph: null,
      lead: 'A short lead.',
      author: null,
    });
    expect(a?.meta.paragraphs).toHaveLength(2);
  });

  it('keeps CRLF text as it is and still finds paragraphs and the author', () => {
    const text = page([
      'Epigraph line.',
      'Abai',
      '',
      'TITLE',
      '',
      '7',
      'TITLE - e-history.kz',
      'Lead.',
      '',
      ...body,
      '\u00a0',
      '',
      'Aigerim Sadykova, historian',
    ]).replace(/\n/g, '\r\n');
    const a = parseEHistory(text);
    expect(a?.text).toBe(text);
    expect(a?.meta).toMatchObject({
      author: 'Aigerim Sadykova',
      authorRole: 'historian',
      epigraph: { text: 'Epigraph line.', author: 'Abai' },
    });
    expect(a?.meta.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([body[0], body[2]]);
  });

  it('strips a byte order mark when the file is decoded', () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode(page(['T', '', '1', 'T - e-history.kz', 'Lead.', '', ...body])),
    ]);
    const decoded = decodeSource(bytes);
    expect(decoded.ok && parseEHistory(decoded.source.text)?.meta.title).toBe('T');
  });

  it('reads a Kazakh page from another site, with its language detected', () => {
    const title = 'ҚАЗАҚ ХАНДЫҒЫНЫҢ ҚҰРЫЛУЫ';
    const a = parseEHistory(
      page([
        title,
        '',
        '2031',
        `${title} - qazaqstantarihy.kz`,
        'Мақалада хандықтың құрылуы қарастырылады.',
        '',
        'Қазақ хандығы 1465 жылы құрылды.',
        '',
        'Әділ Ахметов, тарихшы',
      ]),
    );
    expect(a?.meta).toMatchObject({
      id: '2031',
      site: 'qazaqstantarihy.kz',
      title,
      language: 'kk',
      author: 'Әділ Ахметов',
      authorRole: 'тарихшы',
    });
  });

  it('reads a Russian page whose lead is separated by a blank line as having no lead', () => {
    const a = parseEHistory(
      page([
        'РОЛЬ КАЗАХСТАНА',
        '',
        '15',
        'РОЛЬ КАЗАХСТАНА - e-history.kz',
        '',
        'Казахстан стал членом ООН в 1992 году.',
        '',
        'Второй абзац статьи.',
      ]),
    );
    expect(a?.meta).toMatchObject({ language: 'ru', lead: null });
    expect(a?.meta.paragraphs).toHaveLength(2);
  });

  it('does not take a last sentence of the body for an author line', () => {
    const a = parseEHistory(
      page([
        'T',
        '',
        '3',
        'T - e-history.kz',
        'Lead.',
        '',
        'Body one.',
        '',
        'Astana hosted the OSCE Summit, which was the first in eleven years.',
      ]),
    );
    expect(a?.meta.author).toBeNull();
    expect(a?.meta.paragraphs).toHaveLength(2);
  });

  it('reads a page whose id line is missing when the site line repeats the title', () => {
    const a = parseEHistory(
      page(['Epigraph.', 'Abai', '', 'Steppe Empires', '', 'STEPPE EMPIRES - e-history.kz', 'Lead.', '', 'Body.']),
    );
    expect(a?.meta).toMatchObject({
      id: null,
      site: 'e-history.kz',
      title: 'Steppe Empires',
      lead: 'Lead.',
      epigraph: { text: 'Epigraph.', author: 'Abai' },
    });
  });

  it('finds the byline above trailing source and photo credits', () => {
    const a = parseEHistory(
      page([
        'T',
        '',
        '5',
        'T - e-history.kz',
        'Lead.',
        '',
        'Body.',
        '',
        'Асель Тулегенова, магистр',
        '',
        'Источник: архив',
        'Фото: e-history.kz',
      ]),
    );
    expect(a?.meta).toMatchObject({ author: 'Асель Тулегенова', authorRole: 'магистр' });
    expect(a?.meta.paragraphs).toHaveLength(1);
  });

  it('returns null for text without the id and site line', () => {
    expect(parseEHistory('Just a title\n\nAnd a paragraph - not a site line.')).toBeNull();
  });

  it('never throws and keeps paragraphs inside the text, whatever the input', () => {
    const line = fc.oneof(
      fc.string(),
      fc.constantFrom('', ' ', '\u00a0', '1509', 'T - e-history.kz', 'Name Surname, Role'),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r'), (lines, eol) => {
        const text = lines.join(eol);
        const a = parseEHistory(text);
        for (const p of a?.meta.paragraphs ?? []) {
          expect(0 <= p.start && p.start < p.end && p.end <= text.length).toBe(true);
        }
      }),
    );
  });
});
