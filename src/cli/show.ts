import type { Command } from 'commander';
import { UserError } from './errors.ts';

export function registerShow(program: Command): void {
  program
    .command('show')
    .description('(not implemented yet)')
    .action(() => {
      throw new UserError('show: not implemented yet');
    });
}
