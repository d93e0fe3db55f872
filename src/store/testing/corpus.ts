import type { ArticleInput } from '../types.ts';
import { buildArticle, type FixtureEntity } from './fixtures.ts';

/**
 * A small trilingual corpus for the store's contract tests: three articles on the OSCE (en, ru,
 * kk) sharing `org:osce`, two English articles that state the same event on the same day, and a
 * third that dates it differently.
 */
export const ENTITIES = {
  osce: {
    id: 'org:osce',
    name: 'OSCE',
    type: 'ORG',
    aliases: ['ОБСЕ', 'ЕҚЫҰ'],
    forms: ['OSCE', 'ОБСЕ', 'ЕҚЫҰ'],
  },
  kazakhstan: {
    id: 'place:kazakhstan',
    name: 'Kazakhstan',
    type: 'PLACE',
    aliases: ['Казахстан', 'Қазақстан'],
    forms: ['Kazakhstan', 'Казахстан', 'Қазақстан'],
    coordinates: { lat: 48, lon: 68 },
  },
  testSite: {
    id: 'place:semipalatinsk-test-site',
    name: 'Semipalatinsk test site',
    type: 'PLACE',
    forms: ['Semipalatinsk test site', 'Semipalatinsk'],
  },
  nazarbayev: {
    id: 'person:nursultan-nazarbayev',
    name: 'Nursultan Nazarbayev',
    type: 'PERSON',
    forms: ['Nursultan Nazarbayev', 'Nazarbayev'],
  },
} satisfies Record<string, FixtureEntity>;

const { osce, kazakhstan, testSite, nazarbayev } = ENTITIES;

export const osceEn = (): ArticleInput =>
  buildArticle({
    sourceId: '101',
    site: 'example.org',
    language: 'en',
    title: 'Kazakhstan chairs the OSCE',
    entities: [osce, kazakhstan],
    sentences: [
      {
        text: 'In 2010 Kazakhstan chaired the OSCE, the first Asian state to do so.',
        event: { when: '2010', dateText: '2010', entityIds: ['org:osce', 'place:kazakhstan'] },
      },
      {
        text: 'The OSCE summit met in Astana on 1 December 2010.',
        event: { when: '2010-12-01', dateText: '1 December 2010', entityIds: ['org:osce'] },
      },
    ],
  });

export const osceRu = (): ArticleInput =>
  buildArticle({
    sourceId: '102',
    site: 'example.org',
    language: 'ru',
    title: 'Председательство в ОБСЕ',
    entities: [osce, kazakhstan],
    sentences: [
      {
        text: 'В 2010 году Казахстан председательствовал в ОБСЕ.',
        event: { when: '2010', dateText: '2010 году', entityIds: ['org:osce', 'place:kazakhstan'] },
      },
    ],
  });

export const osceKk = (): ArticleInput =>
  buildArticle({
    sourceId: '103',
    site: 'example.org',
    language: 'kk',
    title: 'Қазақстан және ЕҚЫҰ',
    entities: [osce, kazakhstan],
    sentences: [
      {
        text: '2010 жылы Қазақстан ЕҚЫҰ-ға төрағалық етті.',
        event: { when: '2010', dateText: '2010 жылы', entityIds: ['org:osce', 'place:kazakhstan'] },
      },
    ],
  });

/** The test-site closure, stated by two English articles with the same date and one with another year. */
export const closure = (sourceId: string, when: string, dateText: string, explosions = 450): ArticleInput =>
  buildArticle({
    sourceId,
    site: 'example.org',
    language: 'en',
    title: `Closing the test site (${sourceId})`,
    entities: [testSite, nazarbayev, kazakhstan],
    sentences: [
      {
        text: `Nursultan Nazarbayev signed the decree closing the Semipalatinsk test site on ${dateText}.`,
        event: { when, dateText, entityIds: ['person:nursultan-nazarbayev', 'place:semipalatinsk-test-site'] },
      },
      {
        text: `Nuclear tests had shaken the steppe of Kazakhstan for four decades and ${explosions} explosions were recorded there.`,
        claim: {
          text: `${explosions} explosions`,
          kind: 'count',
          value: explosions,
          subject: 'Semipalatinsk test site',
        },
      },
    ],
  });

/** The International Day against Nuclear Tests: an annual date. */
export const nuclearDay = (): ArticleInput =>
  buildArticle({
    sourceId: '201',
    site: 'example.org',
    language: 'en',
    title: 'A day against nuclear tests',
    entities: [testSite],
    sentences: [
      {
        text: 'Every year on 29 August the world marks the day the Semipalatinsk test site fell silent.',
        event: { when: 'XXXX-08-29', dateText: '29 August', entityIds: ['place:semipalatinsk-test-site'] },
      },
    ],
  });

/** An article with a date in 2009 only, for year filters. */
export const treaty = (): ArticleInput =>
  buildArticle({
    sourceId: '301',
    site: 'example.org',
    language: 'en',
    title: 'A nuclear-weapon-free zone',
    entities: [kazakhstan],
    sentences: [
      {
        text: 'The treaty on a nuclear-weapon-free zone in Central Asia, signed by Kazakhstan, entered into force in March 2009.',
        event: { when: '2009-03', dateText: 'March 2009', entityIds: ['place:kazakhstan'] },
      },
    ],
  });
