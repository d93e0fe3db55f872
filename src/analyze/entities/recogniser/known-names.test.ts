import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../index.ts';
import type { Language } from '../../types.ts';
import { WHOLE_KNOWN_NAME } from '../settle.ts';

// A known name of several words matched whole is the surest link there is, however the corpora
// taught the model to cut such names (it gave `Semipalatinsk nuclear test site` 0.000, and the
// founding article's test site was shown to readers as doubtful). Held-out sentences, one kind each.
const mention = (text: string, lang: Language, words: string) => {
  const m = analyzeText(text, { lang })
    .entities.flatMap((e) => e.mentions.map((x) => ({ ...x, id: e.id })))
    .find((x) => x.text === words);
  if (!m) throw new Error(`no mention ${words}`);
  return m;
};

describe('the confidence of a known name of several words', () => {
  it('is at least that of a whole known name, in every language', () => {
    const en = mention(
      'The Semipalatinsk nuclear test site was closed on 29 August 1991.',
      'en',
      'Semipalatinsk nuclear test site',
    );
    expect(en.id).toBe('place:semipalatinsk-test-site');
    expect(en.confidence).toBeGreaterThanOrEqual(WHOLE_KNOWN_NAME);
    const ru = 'Совещание по взаимодействию и мерам доверия в Азии прошло в Алматы в 2002 году.';
    expect(mention(ru, 'ru', 'Совещание по взаимодействию и мерам доверия в Азии').confidence).toBeGreaterThanOrEqual(
      WHOLE_KNOWN_NAME,
    );
    const kk = 'Қазақстан Республикасының Конституциясы 1995 жылы қабылданды.';
    expect(mention(kk, 'kk', 'Қазақстан Республикасының Конституциясы').confidence).toBeGreaterThanOrEqual(
      WHOLE_KNOWN_NAME,
    );
  });

  it('is the model’s own for a common noun standing for the name and for a one-word link', () => {
    const text = 'The Semipalatinsk nuclear test site was closed in 1991. The test site had seen 456 explosions.';
    expect(mention(text, 'en', 'test site').confidence).toBeLessThan(WHOLE_KNOWN_NAME);
    // A one-word link can be a common word or a namesake: the model's doubt is kept, and `Семь` is no Semey.
    const ru = analyzeText('Семь депутатов проголосовали против.', { lang: 'ru' });
    expect(ru.entities.map((e) => e.id)).not.toContain('place:semey');
  });
});
