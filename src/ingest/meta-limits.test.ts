import { describe, expect, it } from 'vitest';
import { parseSource } from './format.ts';

describe('metadata length limits', () => {
  it('refuses a source whose title, author or lead is longer than its limit, naming the field', () => {
    const title = 'T'.repeat(5_000_000);
    expect(parseSource(`---\ntitle: ${title}\nlanguage: en\n---\nAbai was born in 1845.\n`, 'markdown')).toEqual({
      ok: false,
      reason: 'title is too long: 5000000 characters (at most 1000)',
    });
    const json = JSON.stringify({ title: 'Abai', author: 'A'.repeat(501), body: 'Abai was born in 1845.' });
    expect(parseSource(json, 'json')).toEqual({
      ok: false,
      reason: 'author is too long: 501 characters (at most 500)',
    });
    const lead = JSON.stringify({ title: 'Abai', lead: 'L'.repeat(10_001), body: 'Abai was born in 1845.' });
    expect(parseSource(lead, 'json')).toMatchObject({ ok: false, reason: /^lead is too long/ });
  });

  it('keeps metadata of ordinary length', () => {
    const json = JSON.stringify({ title: 'T'.repeat(1000), author: 'Abai', body: 'Abai was born in 1845.' });
    expect(parseSource(json, 'json')).toMatchObject({ ok: true });
  });
});
