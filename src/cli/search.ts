import type { Command } from 'commander';
import { UserError } from './errors.ts';

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('(not implemented yet)')
    .action(() => {
      throw new UserError('search: not implemented yet');
    });
}
