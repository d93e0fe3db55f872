import { statSync } from 'node:fs';
import type { Command } from 'commander';
import { evaluateCorpus } from '../analyze/time/eval/index.ts';
import { UserError } from './errors.ts';

/** `chronicle eval timex --corpus DIR [-v]`: scores the temporal tagger on gold keys. */
export function registerEval(program: Command): void {
  const evalCmd = program.command('eval').description('measure extractors against gold annotations');
  evalCmd
    .command('timex')
    .description('score the temporal tagger on WikiWars TIMEX2 (*.key.xml) or TimeML (*.tml) keys')
    .requiredOption('--corpus <dir>', 'folder of gold key files')
    .option('-v, --verbose', 'list misses, wrong values and false positives')
    .action((opts: { corpus: string; verbose?: boolean }) => {
      let isDir = false;
      try {
        isDir = statSync(opts.corpus).isDirectory();
      } catch {
        throw new UserError(`${opts.corpus}: no such folder (--corpus)`);
      }
      if (!isDir) throw new UserError(`${opts.corpus}: not a folder (--corpus)`);
      let s: ReturnType<typeof evaluateCorpus>;
      try {
        s = evaluateCorpus(opts.corpus);
      } catch (err) {
        throw new UserError(err instanceof Error ? err.message : String(err));
      }
      const out: string[] = [];
      if (opts.verbose) {
        for (const m of s.misses) {
          out.push(`${m.kind} ${m.doc} ${JSON.stringify(m.text)} gold=${m.gold ?? ''} system=${m.system ?? ''}`);
        }
      }
      out.push(`documents ${s.docs}, gold ${s.gold}, system ${s.system}`);
      out.push('|         | precision | recall |   F1 |');
      out.push('|---------|----------:|-------:|-----:|');
      for (const [name, r] of [
        ['strict', s.strict],
        ['relaxed', s.relaxed],
      ] as const) {
        out.push(
          `| ${name.padEnd(7)} | ${r.precision.toFixed(1).padStart(9)} | ${r.recall.toFixed(1).padStart(6)} | ${r.f1.toFixed(1).padStart(4)} |`,
        );
      }
      out.push(`value accuracy ${s.valueAccuracy.toFixed(1)}`);
      process.stdout.write(`${out.join('\n')}\n`);
    });
}
