import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../sentences.ts';
import type { EntityType } from '../../types.ts';
import { sentenceInitialTokens, tokenize } from '../tokens.ts';
import type { Recognition } from './index.ts';
import { sentenceSubjects } from './sentence-subjects.ts';

/** A model that found nothing and gives the span `who` the probability `p` of a person. */
function model(text: string, who: string, p: number): Recognition {
  const start = text.indexOf(who);
  return {
    names: [],
    confidence: (s, e, type: EntityType) => (s === start && e === start + who.length && type === 'PERSON' ? p : 0),
  };
}

/** The subjects offered in `text`, its sentences found by the splitter as the pipeline does. */
function subjects(text: string, who: string, p: number, lang: 'ru' | 'en' = 'ru'): string[] {
  const tokens = tokenize(text, lang);
  const opening = sentenceInitialTokens(tokens, splitSentences(text));
  return sentenceSubjects(text, tokens, model(text, who, p), lang, opening).map((n) => text.slice(n.start, n.end));
}

describe('an unfamiliar name opening a Russian sentence before a past-tense verb', () => {
  it('is offered as a person with the model’s confidence, one word or two', () => {
    expect(subjects('Многое изменилось. Вега намекнул, что устал.', 'Вега', 0.18)).toEqual(['Вега']);
    expect(subjects('Бушар потерпела поражение.', 'Бушар', 0.17)).toEqual(['Бушар']);
    expect(subjects('— Гонзалес Анайя заявил, что это так.', 'Гонзалес Анайя', 0.3)).toEqual(['Гонзалес Анайя']);
  });

  it('is not offered when the model rules a person out: a common noun opening the sentence', () => {
    expect(subjects('Компания разработала новый метод.', 'Компания', 0.04)).toEqual([]);
  });

  it('needs the opening of a sentence and a verb right after the name', () => {
    // Inside a sentence the capital is evidence the model already weighs.
    expect(subjects('Тогда Вега намекнул, что устал.', 'Вега', 0.18)).toEqual([]);
    // A noun in -ла is not a past-tense verb (`Жители села`): the stem before the ending is too short.
    expect(subjects('Жители села собрались.', 'Жители', 0.2)).toEqual([]);
    expect(subjects('Вега, как всегда, намекнул.', 'Вега', 0.18)).toEqual([]);
  });

  it('is Russian only: English capitals and Kazakh word order need no such help', () => {
    expect(subjects('Vega hinted that he was tired.', 'Vega', 0.3, 'en')).toEqual([]);
  });
});
