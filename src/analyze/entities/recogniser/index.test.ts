import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitSentences } from '../../sentences.ts';
import type { Entity, Language } from '../../types.ts';
import { recognizeEntities } from '../index.ts';
import { RULE_CONFIDENCE, WHOLE_KNOWN_NAME } from '../settle.ts';
import { recogniseNames } from './index.ts';

const withModel = (text: string, lang: Language) => recognizeEntities(text, lang, { sentences: splitSentences(text) });
const byMention = (ents: Entity[], text: string) => ents.find((e) => e.mentions.some((m) => m.text === text));

describe('the trained recogniser inside recognizeEntities (CHRONICLE_RECOGNISER=model)', () => {
  let before: string | undefined;
  let ru: Entity[] = [];
  beforeAll(() => {
    before = process.env.CHRONICLE_RECOGNISER;
    process.env.CHRONICLE_RECOGNISER = 'model';
    ru = withModel(
      'Певица Полина Гагарина выступила в Москве. Лука Модрич забил гол. Также Лукашенко заявил об этом.',
      'ru',
    );
  });
  afterAll(() => {
    if (before === undefined) delete process.env.CHRONICLE_RECOGNISER;
    else process.env.CHRONICLE_RECOGNISER = before;
  });

  it('finds a person whose given name no list knows', () => {
    expect(byMention(ru, 'Лука Модрич')?.type).toBe('PERSON');
  });

  it('does not link a namesake to the known person who shares the surname', () => {
    const e = byMention(ru, 'Полина Гагарина');
    expect(e?.type).toBe('PERSON');
    expect(e?.id).not.toBe('person:yuri-gagarin');
  });

  it('does not glue a sentence-initial adverb to a name', () => {
    expect(byMention(ru, 'Также Лукашенко')).toBeUndefined();
    expect(byMention(ru, 'Лукашенко')?.type).toBe('PERSON');
  });

  it('finds an inflected Kazakh place the gazetteer lacks', () => {
    const kk = withModel('Бұл жиын Өскеменде өтті.', 'kk');
    expect(byMention(kk, 'Өскеменде')?.type).toBe('PLACE');
  });

  it('gives every mention and entity a confidence in [0, 1]', () => {
    for (const e of ru) {
      expect(e.confidence).toBeGreaterThanOrEqual(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
      for (const m of e.mentions) expect(m.confidence).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('recogniseNames', () => {
  it('gives a sure name a higher confidence than an unsure one, and judges other spans', () => {
    const text = 'Нурсултан Назарбаев прибыл в Москву.';
    const rec = recogniseNames(text, 'ru', { sentences: splitSentences(text) });
    const names = rec?.names.map((n) => text.slice(n.start, n.end));
    expect(names).toContain('Нурсултан Назарбаев');
    const person = rec?.confidence(0, 19, 'PERSON') ?? 0;
    const wrong = rec?.confidence(0, 9, 'PLACE') ?? 1;
    expect(person).toBeGreaterThan(0.5);
    expect(wrong).toBeLessThan(person);
  });

  it('is left out with CHRONICLE_RECOGNISER=rules: only the rules’ fixed confidences, no model probabilities', () => {
    const prev = process.env.CHRONICLE_RECOGNISER;
    process.env.CHRONICLE_RECOGNISER = 'rules';
    const ents = recognizeEntities('Лука Модрич забил гол в Москве.', 'ru');
    if (prev === undefined) delete process.env.CHRONICLE_RECOGNISER;
    else process.env.CHRONICLE_RECOGNISER = prev;
    const fixed = [RULE_CONFIDENCE, WHOLE_KNOWN_NAME];
    expect(ents.flatMap((e) => e.mentions).every((m) => fixed.includes(m.confidence ?? -1))).toBe(true);
  });
});
