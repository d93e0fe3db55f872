import { describe, expect, it } from 'vitest';
import { personRead } from '../../testing/recognition.ts';
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

describe('a name of several words that opens with a descriptive word (`Малая`, `Солтүстік`, `Upper`)', () => {
  const read2 = (text: string, lang: Language, name: string, as: Partial<Record<EntityType, number>>) =>
    placesByHeadNoun(text, tokenize(text, lang), personRead(text, name, as), lang)[0];

  it('is no person: a place, or a body when the model finds that likelier, in every language', () => {
    expect(
      read2('Малая Алматинка вышла из берегов.', 'ru', 'Малая Алматинка', { PERSON: 0.55, PLACE: 0.05 })?.type,
    ).toBe('PLACE');
    expect(read2('Он жил на Верхней Масловке.', 'ru', 'Верхней Масловке', { PERSON: 0.5, PLACE: 0.2 })?.type).toBe(
      'PLACE',
    );
    expect(read2('Новая газета вышла утром.', 'ru', 'Новая газета', { PERSON: 0.4, PLACE: 0.02, ORG: 0.3 })?.type).toBe(
      'ORG',
    );
    expect(read2('Шығыс Түркістан туралы жазды.', 'kk', 'Шығыс Түркістан', { PERSON: 0.5, PLACE: 0.3 })?.type).toBe(
      'PLACE',
    );
    expect(read2('He flew to Upper Volta.', 'en', 'Upper Volta', { PERSON: 0.5, PLACE: 0.3 })?.type).toBe('PLACE');
    expect(read2('Оно стало Великой Моравией.', 'ru', 'Великой Моравией', { PERSON: 0.47, PLACE: 0.03 })?.type).toBe(
      'PLACE',
    );
  });

  it('stays a person when the word is a given name or the model rules the other types out', () => {
    // `Little` is a stage name's word in English (`Little Richard`), not a descriptive one here.
    expect(read2('Little Richard sang.', 'en', 'Little Richard', { PERSON: 0.9, PLACE: 0.05 })?.type).toBe('PERSON');
    expect(read2('Новак Джокович выиграл.', 'ru', 'Новак Джокович', { PERSON: 0.9, PLACE: 0.2 })?.type).toBe('PERSON');
    expect(read2('Малая Алматинка вышла.', 'ru', 'Малая Алматинка', { PERSON: 0.9, PLACE: 0.001 })?.type).toBe(
      'PERSON',
    );
    // One word alone is the adjective trap's (`Меньшей орды`, settle.ts), not this rule's.
    expect(read2('Малая сказала.', 'ru', 'Малая', { PERSON: 0.5, PLACE: 0.3 })?.type).toBe('PERSON');
  });
});
