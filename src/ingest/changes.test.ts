import { describe, expect, it } from 'vitest';
import type { Analysis } from '../analyze/types.ts';
import { compareRevisions, describeChange } from './changes.ts';
import { parsePlainText } from './plaintext.ts';

const analysis = (dates: string[]): Analysis => ({
  language: 'en',
  sentences: [],
  timexes: dates.map((value) => ({ start: 0, end: 4, text: value, type: 'DATE', value })),
  entities: [],
  events: [],
  claims: [],
});

describe('compareRevisions', () => {
  it('counts changed paragraphs and the dates gained and lost', () => {
    const before = parsePlainText('Title\n\nIn 2009 a zone.\n\nIn 2010 a summit.');
    const after = parsePlainText('Title\n\nIn 2009 a zone.\n\nIn 2011 a summit.');
    const change = compareRevisions(
      { ...before, analysis: analysis(['2009', '2010']) },
      { ...after, analysis: analysis(['2009', '2011']) },
    );
    expect(change.paragraphs).toEqual({ before: 2, after: 2, changed: 1 });
    expect(change.facts.dates).toEqual({ added: 1, removed: 1 });
    expect(describeChange(change)).toBe(
      '1 of 2 paragraphs changed; dates +1 −1, entities +0 −0, events +0 −0, claims +0 −0',
    );
  });
});
