#!/usr/bin/env node
// Entry point installed as `chronicle`. The sources are TypeScript; tsx compiles them on load
// (cached), so the command works straight after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
