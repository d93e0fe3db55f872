/**
 * Prints how the tagger does on the hand-written unseen paragraphs, per language, with each miss.
 * Run: npx tsx test/unseen-time/report.ts [-v]
 */
import { EN_CASES } from './cases-en.ts';
import { KK_CASES } from './cases-kk.ts';
import { RU_CASES } from './cases-ru.ts';
import { scoreCases } from './score.ts';

const verbose = process.argv.includes('-v');
console.log('| lang | expected | strict span | relaxed span | value right | spurious |');
console.log('| ---- | -------- | ----------- | ------------ | ----------- | -------- |');
const details: string[] = [];
for (const [lang, cases] of [
  ['en', EN_CASES],
  ['ru', RU_CASES],
  ['kk', KK_CASES],
] as const) {
  const s = scoreCases(cases, lang);
  console.log(`| ${lang} | ${s.expected} | ${s.strict} | ${s.relaxed} | ${s.valueRight} | ${s.spurious.length} |`);
  details.push(`## ${lang}`, ...s.wrong.map((w) => `  miss  ${w}`), ...s.spurious.map((w) => `  extra ${w}`));
}
if (verbose) console.log(details.join('\n'));
