import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../analyze/types.ts';
import type { PageContext } from '../context.ts';
import { messagesFor } from '../i18n/index.ts';
import { renderText, textMarks } from './highlight.ts';

const ctx: PageContext = { ui: 'en', t: messagesFor('en'), url: new URL('http://x/articles/1') };

function analysis(text: string, parts: Partial<Analysis>): Analysis {
  return {
    language: 'en',
    sentences: [{ start: 0, end: text.length }],
    timexes: [],
    entities: [],
    events: [],
    claims: [],
    ...parts,
  };
}

describe('article highlights', () => {
  const text = 'In December 2009 the <b>UN</b> adopted resolution 64/35.';
  const a = analysis(text, {
    timexes: [{ start: 3, end: 16, text: 'December 2009', type: 'DATE', value: '2009-12' }],
    entities: [
      {
        id: 'org:un',
        name: 'United Nations',
        type: 'ORG',
        aliases: ['UN'],
        mentions: [{ start: 24, end: 26, text: 'UN' }],
      },
      // Overlaps the date: the earlier, longer date wins.
      { id: 'doc:x', name: 'X', type: 'DOCUMENT', aliases: [], mentions: [{ start: 12, end: 20, text: '2009 the' }] },
    ],
  });

  it('links dates to their years on the timeline and entities to their pages, dropping overlaps', async () => {
    const marks = textMarks(ctx, a);
    expect(marks.map((m) => [m.start, m.end, m.href])).toEqual([
      [3, 16, '/timeline?from=2009&to=2009'],
      [24, 26, '/entities/org%3Aun'],
    ]);
    const html = String(await renderText(text, { start: 0, end: text.length }, marks, a.sentences, 'tip'));
    expect(html).toContain(
      '<a class="hl hl-date" href="/timeline?from=2009&amp;to=2009" aria-describedby="tip-3">December 2009</a>',
    );
    expect(html).toContain('role="tooltip"');
  });

  it('gives every sentence an anchor a source can link to, also one that opens with a date', async () => {
    const two = 'The UN met. In 1991 it voted.';
    const b = analysis(two, {
      sentences: [
        { start: 0, end: 11 },
        { start: 12, end: two.length },
      ],
      timexes: [{ start: 15, end: 19, text: '1991', type: 'DATE', value: '1991' }],
      entities: [{ id: 'org:un', name: 'UN', type: 'ORG', aliases: [], mentions: [{ start: 4, end: 6, text: 'UN' }] }],
    });
    const opensWithDate = analysis('1991 was a year.', {
      timexes: [{ start: 0, end: 4, text: '1991', type: 'DATE', value: '1991' }],
    });
    const html = String(await renderText(two, { start: 0, end: two.length }, textMarks(ctx, b), b.sentences, 'tip'));
    expect(html.match(/class="sentence-anchor"/g)).toHaveLength(2);
    expect(html).toContain('<span id="s-12" class="sentence-anchor"></span>In <span class="hl-wrap">');
    const first = String(
      await renderText(
        '1991 was a year.',
        { start: 0, end: 16 },
        textMarks(ctx, opensWithDate),
        opensWithDate.sentences,
        'tip',
      ),
    );
    expect(first.startsWith('<span id="s-0" class="sentence-anchor"></span><span class="hl-wrap">')).toBe(true);
  });

  it('renders markup in article text as text', async () => {
    const html = String(await renderText(text, { start: 0, end: text.length }, textMarks(ctx, a), a.sentences, 'tip'));
    expect(html).toContain('&lt;b&gt;');
    expect(html).not.toContain('<b>');
  });
});
