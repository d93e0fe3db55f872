import { Command, CommanderError } from 'commander';
import { UserError } from './errors.ts';
import { registerEval } from './eval.ts';
import { registerExport } from './export.ts';
import { registerExtract } from './extract.ts';
import { registerIngest } from './ingest.ts';
import { registerList } from './list.ts';
import { registerSearch } from './search.ts';
import { registerServe } from './serve.ts';
import { registerShow } from './show.ts';
import { registerTimex } from './timex.ts';

/** Builds the `chronicle` command with every sub-command registered. */
export function buildProgram(): Command {
  const program = new Command('chronicle')
    .description('Turn history articles (kk, ru, en) into a sourced, searchable timeline and knowledge graph.')
    .option('--db <path>', 'SQLite database file (ignored when DATABASE_URL is set)', './data/chronicle.db')
    .showHelpAfterError()
    .exitOverride();
  for (const register of [
    registerIngest,
    registerList,
    registerShow,
    registerExtract,
    registerTimex,
    registerSearch,
    registerServe,
    registerExport,
    registerEval,
  ]) {
    register(program);
  }
  return program;
}

/** Runs the CLI; returns the exit code. Errors a user can act on are one line on stderr, no stack. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    if (err instanceof UserError) {
      process.stderr.write(`chronicle: ${err.message}\n`);
      return err.exitCode;
    }
    process.stderr.write(`chronicle: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return 1;
  }
}
