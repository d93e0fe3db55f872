import { describe, expect, it } from 'vitest';
import { parseKey } from './keys.ts';
import { scoreTimexes } from './score.ts';

const KEY = `<DOC><TEXT>
On <TIMEX2 val="1939-09-01">September 1, 1939</TIMEX2>, war began. In <TIMEX2 val="1940-04" mod="">April</TIMEX2> &amp; <TIMEX2 val="P2M">two <TIMEX2 val="XXXX">months</TIMEX2></TIMEX2> later.
</TEXT></DOC>`;

describe('WikiWars keys and scoring', () => {
  it('strips tags, decodes entities and keeps only the outermost TIMEX2', () => {
    const doc = parseKey('01_test.key.xml', KEY);
    expect(doc.text).toContain('In April & two months later.');
    expect(doc.gold.map((g) => [doc.text.slice(g.start, g.end), g.value])).toEqual([
      ['September 1, 1939', '1939-09-01'],
      ['April', '1940-04'],
      ['two months', 'P2M'],
    ]);
    expect(doc.dct).toBe('2009-12-19');
  });

  it('reads TimeML TIMEX3 keys with their document creation date', () => {
    const tml = parseKey(
      'wsj_0001.tml',
      '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-06" functionInDocument="CREATION_TIME">02/06/1998</TIMEX3></DCT><TEXT>Sales rose <TIMEX3 tid="t1" type="DATE" value="1997">last year</TIMEX3>.</TEXT></TimeML>',
    );
    expect(tml.dct).toBe('1998-02-06');
    expect(tml.text).toBe('Sales rose last year.');
    expect(tml.gold).toEqual([{ start: 11, end: 20, value: '1997', mod: '' }]);
  });

  it('counts strict, relaxed and value matches as TempEval-3 does', () => {
    const doc = parseKey('01_test.key.xml', KEY);
    const at = (s: string) => doc.text.indexOf(s);
    const s = scoreTimexes(
      [doc],
      [
        [
          {
            start: at('September 1, 1939'),
            end: at('September 1, 1939') + 17,
            text: 'September 1, 1939',
            type: 'DATE',
            value: '1939-09-01',
          },
          { start: at('April'), end: at('April') + 5, text: 'April', type: 'DATE', value: '1941-04' },
          { start: at('months'), end: at('months') + 6, text: 'months', type: 'DURATION', value: 'pxm' },
          { start: at('war'), end: at('war') + 3, text: 'war', type: 'DATE', value: 'X' },
        ],
      ],
    );
    expect(s.strict).toEqual({ precision: 50, recall: 66.7, f1: 57.1 });
    expect(s.relaxed).toEqual({ precision: 75, recall: 100, f1: 85.7 });
    expect(s.valueAccuracy).toBe(33.3);
    expect(s.misses.map((m) => m.kind).sort()).toEqual(['FP', 'VAL', 'VAL']);
  });
});
