import { describe, expect, it } from 'vitest';
import { analyzeText } from '../index.ts';
import { compareClaims, compareEvents } from './merge.ts';

const withIds = (e: { when: string; what: string; entityIds?: string[] }) => ({
  when: e.when,
  what: e.what,
  entityIds: e.entityIds ?? [],
});

describe('compareEvents across two articles', () => {
  // Two small articles telling the same event with different years.
  const a = analyzeText('In 2010 Kazakhstan chaired the OSCE and hosted the Astana Summit.', { lang: 'en' });
  const b = analyzeText('In 2011 Kazakhstan chaired the OSCE and hosted the summit in Astana.', { lang: 'en' });
  const c = analyzeText('Kazakhstan chaired the OSCE in 2010 and hosted a summit of its leaders.', { lang: 'en' });

  it('finds one dated event in each article', () => {
    expect(a.events.map((e) => e.when)).toEqual(['2010']);
    expect(b.events.map((e) => e.when)).toEqual(['2011']);
  });

  it('calls the same event with different years a conflict', () => {
    expect(compareEvents(withIds(a.events[0]!), withIds(b.events[0]!))).toBe('conflict');
  });

  it('calls the same event with the same year the same', () => {
    expect(compareEvents(withIds(a.events[0]!), withIds(c.events[0]!))).toBe('same');
  });

  it('keeps unrelated events apart', () => {
    const d = analyzeText('In 2010 the Shanghai Cooperation Organization admitted new observers.', { lang: 'en' });
    expect(compareEvents(withIds(a.events[0]!), withIds(d.events[0]!))).toBe('different');
  });

  it('does not call an annual date and a dated occurrence a conflict', () => {
    expect(
      compareEvents(
        { when: 'XXXX-08-29', what: 'International Day against Nuclear Tests', entityIds: ['event:x'] },
        { when: '2010-08-29', what: 'International Day against Nuclear Tests', entityIds: ['event:x'] },
      ),
    ).toBe('different');
  });
});

describe('compareClaims', () => {
  it('flags the same count of the same thing with another value', () => {
    const one = analyzeText('Kazakhstan is home to over 130 nationalities.', { lang: 'en' }).claims[0]!;
    const two = analyzeText('Kazakhstan is home to 140 nationalities.', { lang: 'en' }).claims[0]!;
    expect(one.subject).toBe('Kazakhstan');
    expect(compareClaims(one, two)).toBe('conflict');
    expect(compareClaims(one, { ...one })).toBe('same');
  });

  it('keeps different counted things apart', () => {
    const one = { kind: 'count' as const, value: 5, unit: 'regions', subjectId: 'place:kazakhstan' };
    const two = { kind: 'count' as const, value: 17, unit: 'groups', subjectId: 'place:kazakhstan' };
    expect(compareClaims(one, two)).toBe('different');
  });
});

describe('compareEvents across languages', () => {
  it('merges the same dated event told in English and in Russian', () => {
    const en = analyzeText('In 2010 Kazakhstan chaired the OSCE.', { lang: 'en' }).events[0]!;
    const ru = analyzeText('В 2010 году Казахстан председательствовал в ОБСЕ.', { lang: 'ru' }).events[0]!;
    expect(ru.entityIds).toEqual(['place:kazakhstan', 'org:osce']);
    expect(compareEvents(withIds(en), withIds(ru))).toBe('same');
  });
});
