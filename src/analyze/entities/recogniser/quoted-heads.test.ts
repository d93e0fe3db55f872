import { describe, expect, it } from 'vitest';
import { personRead } from '../../testing/recognition.ts';
import type { Language } from '../../types.ts';
import { findQuotedTitles } from '../patterns.ts';
import { retypedByQuotedHead } from './quoted-heads.ts';

const read = (text: string, lang: Language, name: string, org: number) => {
  const rec = personRead(text, name, { PERSON: 0.6, ORG: org });
  return retypedByQuotedHead(text, rec.names, findQuotedTitles(text, lang), rec)[0];
};

describe('a quoted name beside the head noun of a body', () => {
  it('is that body, with the head where the language puts it', () => {
    expect(read('«Қайрат» футбол клубы ойнады.', 'kk', 'Қайрат', 0.05)?.type).toBe('ORG');
    expect(read('Клуб «Кайрат» сыграл вничью.', 'ru', 'Кайрат', 0.05)?.type).toBe('ORG');
    expect(read('He played for the club "Kairat".', 'en', 'Kairat', 0.05)?.type).toBe('ORG');
  });

  it('keeps the model’s doubt, and is left alone where the model rules an organisation out or no head stands', () => {
    expect(read('Клуб «Кайрат» сыграл вничью.', 'ru', 'Кайрат', 0.1)?.confidence).toBeCloseTo(0.7, 5);
    expect(read('Клуб «Кайрат» сыграл вничью.', 'ru', 'Кайрат', 0.001)?.type).toBe('PERSON');
    expect(read('Он сказал «Кайрат» и ушёл.', 'ru', 'Кайрат', 0.05)?.type).toBe('PERSON');
    // The body's noun on the other side names what the body builds (`Біздің компания «Шымкент Сити» қалашығы`).
    expect(read('Біздің компания «Шымкент Сити» қалашығын салады.', 'kk', 'Шымкент Сити', 0.05)?.type).toBe('PERSON');
  });
});
