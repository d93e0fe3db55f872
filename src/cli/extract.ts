import type { Command } from 'commander';
import { UserError } from './errors.ts';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('(not implemented yet)')
    .action(() => {
      throw new UserError('extract: not implemented yet');
    });
}
