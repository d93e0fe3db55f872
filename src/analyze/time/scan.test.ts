import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../paths.ts';
import { enTime } from '../lang/en/time/index.ts';
import { kkTime } from '../lang/kk/time/index.ts';
import { ruTime } from '../lang/ru/time/index.ts';
import type { TimeLanguage } from './rule.ts';
import { type Proposal, proposeCandidates } from './scan.ts';

/** The same language with every rule run over the whole text. */
const unkeyed = (language: TimeLanguage): TimeLanguage => ({
  ...language,
  rules: language.rules.map(({ keyWords: _, ...rule }) => rule),
});

const shown = (ps: Proposal[]) => ps.map((p) => `${p.rank}:${p.c.start}-${p.c.end}`);

describe('keyed rules (Rule.keyWords)', () => {
  const whole = unkeyed(enTime);
  const same = (text: string) =>
    expect(shown(proposeCandidates(text, enTime))).toEqual(shown(proposeCandidates(text, whole)));

  it('find what they find over the whole text, at the edges of their stretches too', () => {
    for (const text of [
      'one hundred and twenty-five thousand years later the city stood again.',
      'Two weeks after the battle of the river crossing near the old town the army left',
      'He fought for three years, then for a few more long years; a decade-long war.',
      'On the night of 4 May 1945 and in the morning, at noon and tonight.',
      'The dry season, the rainy seasons; a long period of time.\n\nThe end of the same year.',
      '$1995 years. COVID19 years ago -5 days 12 days-long,days',
      'years',
      'a very long sentence without any of the words at all that keeps going on and on and then, finally, six months later',
      'twice a year, day after day, every three weeks, the years 1990s',
    ]) {
      same(text);
    }
  });

  it('find what they find over the whole text in the English samples', () => {
    const dir = join(PROJECT_ROOT, 'samples', 'en');
    for (const f of readdirSync(dir).filter((x) => /\.(txt|md)$/.test(x))) {
      const text = readFileSync(join(dir, f), 'utf8');
      same(text);
      same(text.replace(/\n/g, ' '));
    }
  });
});

describe('rules with what they need (Rule.needs)', () => {
  const unneeded = (language: TimeLanguage): TimeLanguage => ({
    ...language,
    rules: language.rules.map(({ needs: _, ...rule }) => rule),
  });
  const cases: [string, TimeLanguage, string[]][] = [
    [
      'ru',
      ruTime,
      [
        'В XV веке, в 19 веке и во втором тысячелетии до н. э.; XV–XVI вв. и в первой четверти XVIII века.',
        'в 20-40-х годах XVIII века, в XIX в., в 1990-е годы, в XV столетии',
        '22 года назад, менее года назад, два с половиной года тому назад; назад',
      ],
    ],
    [
      'kk',
      kkTime,
      [
        'XV ғасырда, 20-сыншы ғасырдағы, XIX ғ. басында, б.з.д. II мыңжылдықта; XV–XVI ғғ.',
        'XIX ғасырдың бірінші ширегінде, XIX ғасырдың 20-30 жылдары, 1990 жылы',
        '22 жыл бұрын, осыдан бес жыл бұрын, жыл сайын, әр екі жыл сайынғы, үш жылда бір рет, жылда екі мәрте',
      ],
    ],
  ];
  for (const [lang, language, texts] of cases) {
    it(`find what they find without it (${lang}, edge cases and samples)`, () => {
      const all = unneeded(language);
      const dir = join(PROJECT_ROOT, 'samples', lang);
      const samples = readdirSync(dir)
        .filter((x) => /\.(txt|md)$/.test(x))
        .map((f) => readFileSync(join(dir, f), 'utf8'));
      for (const text of [...texts, ...samples]) {
        expect(shown(proposeCandidates(text, language))).toEqual(shown(proposeCandidates(text, all)));
      }
      expect(language.rules.some((r) => r.needs)).toBe(true);
    });
  }
});
