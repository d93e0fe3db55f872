import type { Command } from 'commander';
import { UserError } from './errors.ts';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('(not implemented yet)')
    .action(() => {
      throw new UserError('serve: not implemented yet');
    });
}
