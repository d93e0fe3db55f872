import { describe, expect, it } from 'vitest';
import { dictionaryForms, entityLemma } from './index.ts';

const first = (type: Parameters<typeof dictionaryForms>[0], text: string, lang: 'kk' | 'ru' | 'en') =>
  dictionaryForms(type, text, lang)[0];

describe('Russian names in the nominative', () => {
  it('puts a given name and surname of either gender back in the nominative from any case', () => {
    expect(first('PERSON', 'Владимира Пятенко', 'ru')).toBe('Владимир Пятенко'); // genitive, undeclined surname
    expect(first('PERSON', 'Эльвиры Набиуллиной', 'ru')).toBe('Эльвира Набиуллина'); // feminine genitive
    expect(first('PERSON', 'Бараку Обаме', 'ru')).toBe('Барак Обама'); // dative, foreign name in -а
    expect(first('PERSON', 'Сергеем Лавровым', 'ru')).toBe('Сергей Лавров'); // instrumental, -ов surname
    expect(first('PERSON', 'Анны Ахматовой', 'ru')).toBe('Анна Ахматова');
  });

  it('declines only the head noun of an organisation, not its genitive complement', () => {
    expect(first('ORG', 'Банка России', 'ru')).toBe('Банк России');
    expect(first('ORG', 'Министерства иностранных дел', 'ru')).toBe('Министерство иностранных дел');
    expect(first('ORG', 'Организации Объединённых Наций', 'ru')).toBe('Организация Объединённых Наций');
  });

  it('brings back a given name’s fleeting vowel and a stressed -ой surname', () => {
    expect(first('PERSON', 'Льва Толстого', 'ru')).toBe('Лев Толстой');
    expect(first('PERSON', 'Павлу Третьякову', 'ru')).toBe('Павел Третьяков');
    expect(first('PERSON', 'Фёдора Достоевского', 'ru')).toBe('Фёдор Достоевский'); // -ский stays -ский
  });

  it('puts a one-word place or organisation in the nominative where the ending is never a nominative', () => {
    expect(first('PLACE', 'Китая', 'ru')).toBe('Китай'); // a noun in -ай, genitive
    expect(first('PLACE', 'России', 'ru')).toBe('Россия');
    expect(first('PLACE', 'Корея', 'ru')).toBe('Корея'); // -ея is a nominative
    expect(first('PLACE', 'Москва', 'ru')).toBe('Москва');
    // A lone `-а` may be either (Москва, Газпрома): the mentions decide.
    expect(entityLemma('ORG', ['Газпрома', 'Газпром', 'Газпромом'], 'ru')).toBe('Газпром');
    expect(entityLemma('PLACE', ['Москвы', 'Москве', 'Москву'], 'ru')).toBe('Москва');
    expect(entityLemma('ORG', ['Газпрома'], 'ru')).toBe('Газпрома');
  });

  it('reads a Cyrillic name in an English text by Russian rules', () => {
    expect(first('PERSON', 'Сергея Лаврова', 'en')).toBe('Сергей Лавров');
  });

  it('names an entity by the reading its longest mentions agree on', () => {
    expect(entityLemma('PERSON', ['Владимира Пятенко', 'Пятенко', 'Владимир Пятенко'], 'ru')).toBe('Владимир Пятенко');
  });
});

describe('Kazakh names without case endings', () => {
  it('removes the case ending the stem calls for after a vowel, a voiced, a voiceless and a nasal sound', () => {
    expect(first('PLACE', 'Астанадан', 'kk')).toBe('Астана'); // vowel + ablative
    expect(first('PLACE', 'Алматыға', 'kk')).toBe('Алматы'); // vowel + dative
    expect(first('PERSON', 'Абайдың', 'kk')).toBe('Абай'); // voiced + genitive
    expect(first('PERSON', 'Трамптың', 'kk')).toBe('Трамп'); // voiceless + genitive
    expect(first('PERSON', 'Құдайбергеновке', 'kk')).toBe('Құдайбергенов'); // -ов surname + dative
    expect(first('PLACE', 'Өскеменде', 'kk')).toBe('Өскемен'); // nasal + locative
    expect(first('PLACE', 'Қазақстанның', 'kk')).toBe('Қазақстан'); // nasal + genitive
  });

  it('keeps letters that only look like an ending', () => {
    expect(first('PLACE', 'Астана', 'kk')).toBe('Астана'); // -на is a dative only after a possessive
    expect(first('PLACE', 'Алматы', 'kk')).toBe('Алматы'); // -ты is an accusative only after a voiceless sound
    expect(first('PLACE', 'Өскемен', 'kk')).toBe('Өскемен'); // -мен is instrumental only after a consonant
  });

  it('cuts only the last word of a name, and a hyphenated ending after an acronym', () => {
    expect(first('PLACE', 'Абай облысында', 'kk')).toBe('Абай облысы');
    expect(first('ORG', 'ЕҚЫҰ-ның', 'kk')).toBe('ЕҚЫҰ');
  });
});

describe('English possessives', () => {
  it("drops 's and a bare apostrophe, with either apostrophe", () => {
    expect(first('PERSON', "Obama's", 'en')).toBe('Obama');
    expect(first('ORG', 'Microsoft’s', 'en')).toBe('Microsoft');
    expect(first('PERSON', "James'", 'en')).toBe('James');
    expect(first('PLACE', 'United States’', 'en')).toBe('United States');
  });
});
