import { describe, expect, it } from 'vitest';
import { personRead } from '../../testing/recognition.ts';
import type { EntityType, Language } from '../../types.ts';
import { tokenize } from '../tokens.ts';
import { retypedByCueHead } from './cue-heads.ts';

const read = (text: string, lang: Language, name: string, as: Partial<Record<EntityType, number>>) => {
  const rec = personRead(text, name, as, 0.8);
  return retypedByCueHead(rec.names, tokenize(text, lang), rec, lang)[0];
};

describe('a person headed by the cue word of an organisation', () => {
  it('is that organisation, with the head where the language puts it, in any case form', () => {
    expect(read('Фото предоставлено Музеем Абая.', 'ru', 'Музеем Абая', { PERSON: 0.9, ORG: 0.016 })?.type).toBe('ORG');
    expect(
      read('Фото предоставлено Архивом Президента.', 'ru', 'Архивом Президента', { PERSON: 0.83, ORG: 0.012 })?.type,
    ).toBe('ORG');
    expect(read('Ол Абай мұражайы туралы жазды.', 'kk', 'Абай мұражайы', { PERSON: 0.6, ORG: 0.05 })?.type).toBe('ORG');
    expect(
      read('He studied at Nazarbayev University.', 'en', 'Nazarbayev University', { PERSON: 0.6, ORG: 0.3 })?.type,
    ).toBe('ORG');
  });

  it('is a place when the head is a state’s noun, which the gazetteer types as places (`ханство`, `хандығы`)', () => {
    expect(
      read('После завоевания Княжества Нитры оно выросло.', 'ru', 'Княжества Нитры', { PERSON: 0.8, PLACE: 0.09 })
        ?.type,
    ).toBe('PLACE');
    expect(read('Бұхар хандығы әлсіреді.', 'kk', 'Бұхар хандығы', { PERSON: 0.6, PLACE: 0.2 })?.type).toBe('PLACE');
  });

  it('keeps the model’s doubt: the confidence is its belief that a name stands there at all', () => {
    expect(
      read('Фото предоставлено Архивом Президента.', 'ru', 'Архивом Президента', { PERSON: 0.5, ORG: 0.1 })?.confidence,
    ).toBeCloseTo(0.6, 5);
  });

  it('leaves an English surname that is a place or event word a person, and a person the model rules the type out for', () => {
    // `Bay`, `Day`, `Strait` end people's names in English; organisation words never do.
    expect(read('Michael Bay directed it.', 'en', 'Michael Bay', { PERSON: 0.9, PLACE: 0.05 })?.type).toBe('PERSON');
    expect(
      read('Фото предоставлено Архивом Президента.', 'ru', 'Архивом Президента', { PERSON: 0.9, ORG: 0.001 })?.type,
    ).toBe('PERSON');
    expect(read('Нурсултан Назарбаев выступил.', 'ru', 'Нурсултан Назарбаев', { PERSON: 0.99, ORG: 0.2 })?.type).toBe(
      'PERSON',
    );
  });
});
