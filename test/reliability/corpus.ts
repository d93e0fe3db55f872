import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Small valid articles, varied on purpose (e-history plain text and Markdown; en, ru, kk; different
 * dates and organisations), each with its own numeric source id so no two are the same article.
 */

const TOPICS = [
  { org: 'OSCE', place: 'Astana', year: 2010, ru: 'ОБСЕ', kk: 'ЕҚЫҰ' },
  { org: 'CICA', place: 'Almaty', year: 1992, ru: 'СВМДА', kk: 'АӨСШК' },
  {
    org: 'UN Security Council',
    place: 'New York',
    year: 2017,
    ru: 'Совет Безопасности ООН',
    kk: 'БҰҰ Қауіпсіздік Кеңесі',
  },
  { org: 'SCO', place: 'Shanghai', year: 2001, ru: 'ШОС', kk: 'ШЫҰ' },
  { org: 'IAEA', place: 'Semipalatinsk', year: 1991, ru: 'МАГАТЭ', kk: 'МАГАТЭ' },
];

function englishBody(n: number): string[] {
  const t = TOPICS[n % TOPICS.length] as (typeof TOPICS)[number];
  const year = t.year + (n % 7);
  return [
    `In ${year} Kazakhstan worked with the ${t.org} on question number ${n}.`,
    `A meeting in ${t.place} on 29 August ${year} agreed on ${n % 50} measures; two years later the work continued.`,
  ];
}

function russianBody(n: number): string[] {
  const t = TOPICS[n % TOPICS.length] as (typeof TOPICS)[number];
  const year = t.year + (n % 5);
  return [
    `В ${year} году Казахстан сотрудничал с ${t.ru} по вопросу номер ${n}.`,
    `Встреча прошла 1–2 декабря ${year} года.`,
  ];
}

function kazakhBody(n: number): string[] {
  const t = TOPICS[n % TOPICS.length] as (typeof TOPICS)[number];
  const year = t.year + (n % 3);
  return [
    `${year} жылы Қазақстан ${t.kk} ұйымымен ${n}-мәселе бойынша жұмыс істеді.`,
    `Кездесу ${year} жылғы 5 наурызда өтті.`,
  ];
}

/** The e-history page format, as the founding document shows it. */
export function ehistoryArticle(id: number): string {
  const title = `ARTICLE ${id} ON PEACE AND SECURITY`;
  return [
    'If a nation does not know its history, its citizens have nowhere to go.',
    'Mirzhakyp Dulatuly',
    '',
    title,
    '',
    String(id),
    `${title} - e-history.kz`,
    `The article ${id} discusses the contribution of Kazakhstan to peace.`,
    '',
    ...englishBody(id).flatMap((p) => [p, '']),
    'Adil Akhmetov, Candidate of Historical Sciences',
    '',
  ].join('\n');
}

/** Markdown with YAML front matter, in Russian or Kazakh. */
export function markdownArticle(id: number, lang: 'ru' | 'kk'): string {
  const body = lang === 'ru' ? russianBody(id) : kazakhBody(id);
  const title = lang === 'ru' ? `Статья ${id} о безопасности` : `Қауіпсіздік туралы ${id} мақала`;
  return `---\ntitle: ${title}\nid: ${id}\nsite: e-history.kz\ndate: 2020-01-${String((id % 28) + 1).padStart(2, '0')}\n---\n${body.join('\n\n')}\n`;
}

/**
 * Writes `count` articles with source ids `firstId…` into `dir` (in sub-folders of 100) and returns
 * their paths. Formats and languages rotate: e-history text (en), Markdown (ru), Markdown (kk).
 */
export function writeCorpus(dir: string, count: number, firstId = 10_000): string[] {
  const paths: string[] = [];
  for (let k = 0; k < count; k++) {
    const id = firstId + k;
    const sub = join(dir, `part-${Math.floor(k / 100)}`);
    mkdirSync(sub, { recursive: true });
    const kind = k % 3;
    const path = join(sub, kind === 0 ? `eh-${id}.txt` : `md-${id}.md`);
    writeFileSync(path, kind === 0 ? ehistoryArticle(id) : markdownArticle(id, kind === 1 ? 'ru' : 'kk'));
    paths.push(path);
  }
  return paths;
}
