import type { Command } from 'commander';
import { UserError } from './errors.ts';

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('(not implemented yet)')
    .action(() => {
      throw new UserError('eval: not implemented yet');
    });
}
