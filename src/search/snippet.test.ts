import { describe, expect, it } from 'vitest';
import { parseQuery } from './query.ts';
import { makeSnippet } from './snippet.ts';

const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('makeSnippet', () => {
  it('marks words that match by stem, not by spelling', () => {
    expect(makeSnippet('Nuclear Testing ended in 1991.', 'en', parseQuery('nuclear tests'))).toBe(
      '<mark>Nuclear</mark> <mark>Testing</mark> ended in 1991.',
    );
    expect(makeSnippet('Ядерные испытания прекращены.', 'ru', parseQuery('ядерных испытаний'))).toBe(
      '<mark>Ядерные</mark> <mark>испытания</mark> прекращены.',
    );
    expect(makeSnippet('Семейдегі ядролық сынақтарының салдары', 'kk', parseQuery('ядролық сынақ'))).toBe(
      'Семейдегі <mark>ядролық</mark> <mark>сынақтарының</mark> салдары',
    );
  });

  it('chooses the window where the most query terms meet, with ellipses at the cuts', () => {
    const text = `${filler(40)} nuclear ${filler(40)} the nuclear test site closed ${filler(40)}`;
    const snippet = makeSnippet(text, 'en', parseQuery('nuclear tests'), 120);
    expect(snippet).toContain('<mark>nuclear</mark> <mark>test</mark> site closed');
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet.replace(/<\/?mark>/g, '').length).toBeLessThanOrEqual(122);
  });

  it('never cuts a word in half', () => {
    const text = `${filler(30)} nuclear ${filler(30)}`;
    const plain = makeSnippet(text, 'en', parseQuery('nuclear'), 100).replace(/<\/?mark>|…/g, '');
    for (const w of plain.trim().split(' ')) expect(w).toMatch(/^(word\d+|nuclear)$/);
  });

  it('escapes HTML in the text, so only its own marks are markup', () => {
    const snippet = makeSnippet('<script>alert(1)</script> & nuclear "tests"', 'en', parseQuery('nuclear'));
    expect(snippet).toBe('&#60;script&#62;alert(1)&#60;/script&#62; &#38; <mark>nuclear</mark> &#34;tests&#34;');
  });

  it('shows the opening of the text when nothing matches', () => {
    const snippet = makeSnippet(`Opening words. ${filler(100)}`, 'en', parseQuery('absent'), 60);
    expect(snippet.startsWith('Opening words.')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).not.toContain('<mark>');
  });

  it('does not mark excluded words', () => {
    expect(makeSnippet('nuclear weapons', 'en', parseQuery('nuclear -weapons'))).toBe('<mark>nuclear</mark> weapons');
  });
});

describe('snippets of a saved portal page', () => {
  const page = [
    'SEMIPALATINSK TEST SITE',
    '',
    '9101',
    'SEMIPALATINSK TEST SITE - e-history.kz',
    'The test site was closed in 1991.',
  ].join('\n');

  it('leave out the id line and the TITLE - site line, with or without a match', () => {
    for (const q of ['closed', 'test site', 'nothing-matches']) {
      const snippet = makeSnippet(page, 'en', parseQuery(q));
      expect(snippet, q).not.toContain('e-history.kz');
      expect(snippet, q).not.toContain('9101');
    }
    expect(makeSnippet(page, 'en', parseQuery('closed'))).toContain('<mark>closed</mark> in 1991');
  });

  it('keep a number line that is no page header', () => {
    expect(makeSnippet('Totals\n\n1991\nThe year it closed.', 'en', parseQuery('closed'))).toContain('1991');
  });
});
