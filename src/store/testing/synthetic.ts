import { LANGUAGES, type Language } from '../../domain/languages.ts';
import { seeded as random } from '../../domain/seeded.ts';
import type { ArticleInput } from '../types.ts';
import { buildArticle, type FixtureEntity, type FixtureSentence } from './fixtures.ts';

/**
 * Deterministic synthetic articles for the crash test and the store benchmark: article `n`
 * always has the same text, entities, dated events and claims, drawn from a small vocabulary in
 * three languages so search, merging and filters have realistic work to do.
 */
const ORGS: FixtureEntity[] = [
  { id: 'org:osce', name: 'OSCE', type: 'ORG', aliases: ['ОБСЕ', 'ЕҚЫҰ'], forms: ['OSCE', 'ОБСЕ', 'ЕҚЫҰ'] },
  { id: 'org:cica', name: 'CICA', type: 'ORG', aliases: ['СВМДА', 'АӨСШК'], forms: ['CICA', 'СВМДА', 'АӨСШК'] },
  { id: 'org:sco', name: 'SCO', type: 'ORG', aliases: ['ШОС', 'ШЫҰ'], forms: ['SCO', 'ШОС', 'ШЫҰ'] },
  {
    id: 'org:un',
    name: 'United Nations',
    type: 'ORG',
    aliases: ['ООН', 'БҰҰ'],
    forms: ['United Nations', 'ООН', 'БҰҰ'],
  },
  { id: 'org:iaea', name: 'IAEA', type: 'ORG', aliases: ['МАГАТЭ', 'МАГАТЭ'], forms: ['IAEA', 'МАГАТЭ'] },
];
const PLACES: FixtureEntity[] = [
  { id: 'place:astana', name: 'Astana', type: 'PLACE', aliases: ['Астана'], forms: ['Astana', 'Астана'] },
  { id: 'place:semey', name: 'Semey', type: 'PLACE', aliases: ['Семей'], forms: ['Semey', 'Семей'] },
  { id: 'place:almaty', name: 'Almaty', type: 'PLACE', aliases: ['Алматы'], forms: ['Almaty', 'Алматы'] },
];

const WORDS: Record<Language, string[]> = {
  en: 'peace security nuclear tests treaty summit chairmanship disarmament cooperation dialogue region zone weapons council session resolution initiative conference mission peacekeeping religions congress exhibition energy future history steppe nation'.split(
    ' ',
  ),
  ru: 'мир безопасность ядерных испытаний договор саммит председательство разоружение сотрудничество диалог регион зона оружия совет сессия резолюция инициатива конференция миссия миротворчество религий съезд выставка энергия будущее история степь народ'.split(
    ' ',
  ),
  kk: 'бейбітшілік қауіпсіздік ядролық сынақтар шарт саммит төрағалық қарусыздану ынтымақтастық диалог аймақ аймағы қару кеңес сессия қарар бастама конференция миссия бітімгершілік діндер съезі көрмесі энергия болашақ тарих дала халық'.split(
    ' ',
  ),
};

export function syntheticArticle(n: number, sentencesPerArticle = 12): ArticleInput {
  const rnd = random(n * 7919 + 17);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const lang = LANGUAGES[n % LANGUAGES.length]!;
  const words = WORDS[lang];
  const org = pick(ORGS);
  const place = pick(PLACES);
  const forms = (e: FixtureEntity) => e.forms ?? [e.name];
  const orgName = lang === 'en' ? org.name : (forms(org)[lang === 'ru' ? 1 : 2] ?? org.name);
  const placeName = lang === 'en' ? place.name : (forms(place)[1] ?? place.name);
  const sentence = (k: number) => Array.from({ length: k }, () => pick(words)).join(' ');
  const sentences: FixtureSentence[] = [];
  for (let i = 0; i < sentencesPerArticle; i++) {
    const year = 1991 + Math.floor(rnd() * 30);
    if (i % 3 === 0) {
      const dateText = `${year}`;
      sentences.push({
        text: `${sentence(5)} ${orgName} ${placeName} ${dateText} ${sentence(6)}.`,
        event: { when: dateText, dateText, entityIds: [org.id, place.id], confidence: 0.5 + rnd() / 2 },
      });
    } else if (i % 5 === 1) {
      const value = 10 + Math.floor(rnd() * 5);
      sentences.push({
        text: `${orgName} ${sentence(4)} ${value} ${sentence(4)}.`,
        claim: { text: `${value}`, kind: 'count', value, subject: org.name },
      });
    } else {
      sentences.push({ text: `${sentence(8)} ${sentence(6)}.` });
    }
  }
  return buildArticle({
    sourceId: `syn-${n}`,
    site: 'synthetic.example',
    language: lang,
    title: `${orgName} ${sentence(3)} ${n}`,
    entities: [org, place],
    sentences,
  });
}
