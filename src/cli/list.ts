import type { Command } from 'commander';
import { UserError } from './errors.ts';

export function registerList(program: Command): void {
  program
    .command('list')
    .description('(not implemented yet)')
    .action(() => {
      throw new UserError('list: not implemented yet');
    });
}
