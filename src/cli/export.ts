import type { Command } from 'commander';
import { UserError } from './errors.ts';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('(not implemented yet)')
    .action(() => {
      throw new UserError('export: not implemented yet');
    });
}
