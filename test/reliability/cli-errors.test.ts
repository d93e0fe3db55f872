import { describe, expect, it } from 'vitest';
import { chronicle } from './helpers.ts';

// A mistake on the command line is one line on stderr naming it, not the whole usage after it.

describe('command-line mistakes', { timeout: 60_000 }, () => {
  it.each([
    [['show'], /^chronicle: missing required argument 'id'\n$/],
    [['review', 'correct', 'ev-0000000000000000'], /^chronicle: required option '--editor <name>' not specified\n$/],
    [['list', '--frob'], /^chronicle: unknown option '--frob'\n$/],
    [['frobnicate'], /^chronicle: unknown command 'frobnicate'[^\n]*\n$/],
  ])('chronicle %j answers in one line', async (args, message) => {
    const run = await chronicle(args as string[]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });
});
