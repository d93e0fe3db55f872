import { describe, expect, it } from 'vitest';
import type { EntityType, Language } from '../../types.ts';
import { tokenize } from '../tokens.ts';
import type { ModelName, Recognition } from './index.ts';
import { placesByHeadNoun } from './place-heads.ts';

/** A model that read `name` as a person and gives `asPlace` to the same span as a place. */
function model(text: string, name: string, asPerson: number, asPlace: number): Recognition {
  const start = text.indexOf(name);
  const found: ModelName = { start, end: start + name.length, type: 'PERSON', confidence: asPerson };
  return {
    names: [found],
    confidence: (s, e, type: EntityType) =>
      s === found.start && e === found.end ? (type === 'PLACE' ? asPlace : asPerson) : 0,
  };
}

const read = (text: string, lang: Language, name: string, asPerson = 0.6, asPlace = 0.2) =>
  placesByHeadNoun(text, tokenize(text, lang), model(text, name, asPerson, asPlace), lang)[0];

describe('a name next to the common noun of a place', () => {
  it('is a place in Russian when the noun stands before it, in any case form', () => {
    expect(read('Штат Северная Каролина является отправной точкой.', 'ru', 'Северная Каролина')?.type).toBe('PLACE');
    expect(read('В районах Вигёр и Ла-Конт живут.', 'ru', 'Вигёр')?.type).toBe('PLACE');
    expect(read('Он родился в городе Беллингхем.', 'ru', 'Беллингхем')?.type).toBe('PLACE');
  });

  it('is a place in English after `the town of`, and in Kazakh before `ауданы`', () => {
    expect(read('We reached the town of Bellingham at dawn.', 'en', 'Bellingham')?.type).toBe('PLACE');
    expect(read('Ол Жуалы ауданында туған.', 'kk', 'Жуалы')?.type).toBe('PLACE');
  });

  it('is a place after a preposition of place, unless a possessive or a given name says person', () => {
    expect(read('Ансельми родилась в Кастельфранко Венето.', 'ru', 'Кастельфранко Венето')?.type).toBe('PLACE');
    expect(read('There are other flower shops around Norman.', 'en', 'Norman')?.type).toBe('PLACE');
    expect(read('A different account in Virgil’s Aeneid.', 'en', 'Virgil')?.type).toBe('PERSON');
    expect(read('Он верил в Нурсултана Назарбаева.', 'ru', 'Нурсултана Назарбаева')?.type).toBe('PERSON');
  });

  it('keeps the model’s doubt: the confidence is its belief that a name stands there at all', () => {
    const out = read('Штат Северная Каролина является отправной точкой.', 'ru', 'Северная Каролина', 0.3, 0.1);
    expect(out?.confidence).toBeCloseTo(0.4, 5);
  });

  it('leaves a person a person when the noun is not next to the name or the model rules a place out', () => {
    // A comma between: the noun belongs to the clause before (`в городе, Иван Петров сказал`).
    expect(read('Мы были в городе, Иван Петров сказал это.', 'ru', 'Иван Петров')?.type).toBe('PERSON');
    // A capitalised word before `of` is a name's own word (`the Duke of Wellington`), not a place noun.
    expect(read('The Duke of Wellington won.', 'en', 'Wellington')?.type).toBe('PERSON');
    expect(read('Штат Иван Петров возглавил.', 'ru', 'Иван Петров', 0.9, 0.001)?.type).toBe('PERSON');
    // A word that only begins like a place noun (`портрет`, `горожане`) is not one.
    expect(read('Он написал портрет Ивана Петрова.', 'ru', 'Ивана Петрова')?.type).toBe('PERSON');
  });
});
