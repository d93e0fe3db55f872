import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointOffsets } from './code-points.ts';

describe('codePointOffsets', () => {
  it('counts the code points before every offset, lone surrogates and split pairs as one each', () => {
    const unit = fc.constantFrom('a', 'я', '🌍', '\uD800', '\uDC00', '\n');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const at = codePointOffsets(text);
        for (let k = 0; k <= text.length; k++) expect(at(k)).toBe([...text.slice(0, k)].length);
      }),
    );
  });
});
