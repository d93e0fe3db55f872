import { Command, CommanderError } from 'commander';
import { UserError } from './errors.ts';

type Register = (program: Command) => void;

// Each command is imported only when it runs, so `chronicle timex` does not load the web server
// and `chronicle serve` does not load the ingest parsers: start-up time is what users feel most.
const COMMANDS: Record<string, () => Promise<Register>> = {
  ingest: async () => (await import('./ingest.ts')).registerIngest,
  list: async () => (await import('./list.ts')).registerList,
  show: async () => (await import('./show.ts')).registerShow,
  extract: async () => (await import('./extract.ts')).registerExtract,
  timex: async () => (await import('./timex.ts')).registerTimex,
  search: async () => (await import('./search.ts')).registerSearch,
  serve: async () => (await import('./serve.ts')).registerServe,
  export: async () => (await import('./export.ts')).registerExport,
  eval: async () => (await import('./eval.ts')).registerEval,
  editor: async () => (await import('./editor.ts')).registerEditor,
  review: async () => (await import('./review.ts')).registerReview,
  entity: async () => (await import('./entity.ts')).registerEntity,
  queue: async () => (await import('./queue.ts')).registerQueue,
  worker: async () => (await import('./worker.ts')).registerWorker,
  train: async () => (await import('./train.ts')).registerTrain,
};

/** Global options that take a value, so the word after them is not a command name. */
const VALUED_GLOBALS = new Set(['--db']);

/** The sub-command named in `argv`, or undefined (help, unknown command, nothing). */
function commandIn(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (VALUED_GLOBALS.has(arg)) i++;
    else if (!arg.startsWith('-')) return arg in COMMANDS ? arg : undefined;
  }
  return undefined;
}

/**
 * Builds the `chronicle` command. With `only`, just that sub-command is loaded; otherwise all of
 * them (for `--help` and for telling a user which commands exist).
 */
export async function buildProgram(only?: string): Promise<Command> {
  const program = new Command('chronicle')
    .description('Turn history articles (kk, ru, en) into a sourced, searchable timeline and knowledge graph.')
    .option('--db <path>', 'SQLite database file (ignored when DATABASE_URL is set)', './data/chronicle.db')
    // A mistake is one line naming it (the usage is one `--help` away), as every other error is.
    .configureOutput({ outputError: (message, write) => write(`chronicle: ${oneLine(message)}\n`) })
    .exitOverride();
  const names = only ? [only] : Object.keys(COMMANDS);
  const registers = await Promise.all(names.map((name) => COMMANDS[name]!()));
  for (const register of registers) register(program);
  return program;
}

/** Commander's `error: …` message, possibly with a `(Did you mean …?)` line, as one line. */
function oneLine(message: string): string {
  return message
    .trim()
    .replace(/^error: /, '')
    .replace(/\s*\n\s*/g, ' ');
}

/** Runs the CLI; returns the exit code. Errors a user can act on are one line on stderr, no stack. */
export async function main(argv: string[]): Promise<number> {
  const program = await buildProgram(commandIn(argv));
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
