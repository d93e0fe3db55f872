import type { Command } from 'commander';
import { UserError } from './errors.ts';

export function registerTimex(program: Command): void {
  program
    .command('timex')
    .description('(not implemented yet)')
    .action(() => {
      throw new UserError('timex: not implemented yet');
    });
}
