import type { Command } from 'commander';
import { UserError } from './errors.ts';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('(not implemented yet)')
    .action(() => {
      throw new UserError('ingest: not implemented yet');
    });
}
