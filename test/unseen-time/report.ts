/**
 * Prints how the tagger does on the hand-written unseen paragraphs, per language, with each miss.
 * Run: npx tsx test/unseen-time/report.ts [-v]
 */
import { EN_CASES } from './cases-en.ts';
import { KK_CASES } from './cases-kk.ts';
import { RU_CASES } from './cases-ru.ts';
import { EN_ROUND2 } from './round2-en.ts';
import { KK_ROUND2 } from './round2-kk.ts';
import { RU_ROUND2 } from './round2-ru.ts';
import { EN_ROUND3, KK_ROUND3, RU_ROUND3 } from './round3.ts';
import { EN_ROUND4 } from './round4.ts';
import { KK_ROUND4, RU_ROUND4 } from './round4-cyrillic.ts';
import { EN_ROUND5, KK_ROUND5, RU_ROUND5 } from './round5.ts';
import { EN_ROUND6, KK_ROUND6, RU_ROUND6 } from './round6.ts';
import { scoreCases } from './score.ts';

const verbose = process.argv.includes('-v');
console.log('| lang | expected | strict span | relaxed span | value right | spurious |');
console.log('| ---- | -------- | ----------- | ------------ | ----------- | -------- |');
const details: string[] = [];
for (const [lang, cases] of [
  ['en', EN_CASES],
  ['ru', RU_CASES],
  ['kk', KK_CASES],
  ['en round 2', EN_ROUND2],
  ['ru round 2', RU_ROUND2],
  ['kk round 2', KK_ROUND2],
  ['en round 3', EN_ROUND3],
  ['ru round 3', RU_ROUND3],
  ['kk round 3', KK_ROUND3],
  ['en round 4', EN_ROUND4],
  ['ru round 4', RU_ROUND4],
  ['kk round 4', KK_ROUND4],
  ['en round 5', EN_ROUND5],
  ['ru round 5', RU_ROUND5],
  ['kk round 5', KK_ROUND5],
  ['en round 6', EN_ROUND6],
  ['ru round 6', RU_ROUND6],
  ['kk round 6', KK_ROUND6],
] as const) {
  const s = scoreCases(cases, lang.slice(0, 2) as 'en' | 'ru' | 'kk');
  console.log(`| ${lang} | ${s.expected} | ${s.strict} | ${s.relaxed} | ${s.valueRight} | ${s.spurious.length} |`);
  details.push(`## ${lang}`, ...s.wrong.map((w) => `  miss  ${w}`), ...s.spurious.map((w) => `  extra ${w}`));
}
if (verbose) console.log(details.join('\n'));
