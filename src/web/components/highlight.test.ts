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

  it('renders markup in article text as text', async () => {
    const html = String(await renderText(text, { start: 0, end: text.length }, textMarks(ctx, a), a.sentences, 'tip'));
    expect(html).toContain('&lt;b&gt;');
    expect(html).not.toContain('<b>');
  });
});
