import { describe, expect, it } from 'vitest';
import { addressSpans, outsideAddresses } from './addresses.ts';
import { analyzeText } from './index.ts';

const spans = (text: string) => addressSpans(text).map((s) => text.slice(s.start, s.end));

describe('addressSpans', () => {
  it('finds web addresses with and without a scheme, and leaves the sentence mark after them out', () => {
    expect(spans('Source: https://e-history.kz/ru/news/show/1509/2014-05-21.')).toEqual([
      'https://e-history.kz/ru/news/show/1509/2014-05-21',
    ]);
    expect(spans('See www.un.org/en/1945/charter.html, and e-history.kz/kz/contents/view/1509 (archive).')).toEqual([
      'www.un.org/en/1945/charter.html',
      'e-history.kz/kz/contents/view/1509',
    ]);
  });

  it('keeps a bracket the address opened and drops one around it', () => {
    expect(spans('(https://en.wikipedia.org/wiki/Abylai_(khan))')).toEqual([
      'https://en.wikipedia.org/wiki/Abylai_(khan)',
    ]);
  });

  it('finds e-mail addresses, internal ones without a dot too', () => {
    expect(spans('Write to info@e-history.kz or Kevin.A.Boone@accenture.com; cc Warner@ENRON.')).toEqual([
      'info@e-history.kz',
      'Kevin.A.Boone@accenture.com',
      'Warner@ENRON',
    ]);
  });

  it('finds telephone numbers with an area code or a country code, and takes no bracketed year for one', () => {
    expect(spans('Call (713) 853-1619 or +7 (7172) 74-56-12, London +44 20 7946 0958.')).toEqual([
      '(713) 853-1619',
      '+7 (7172) 74-56-12',
      '+44 20 7946 0958',
    ]);
    expect(spans('Соғыс (1941) 1942-1945 жылдары жалғасты; 2+2 = 4.')).toEqual([]);
  });

  it('takes no plain slash, fraction or bare host name for an address', () => {
    expect(spans('В 1917/18 гг. и/или позже; the portal e-history.kz; 3/4 of the land.')).toEqual([]);
  });

  it('drops exactly the items that overlap an address', () => {
    const text = 'In 1991 see http://x.kz/1991 now';
    const items = [
      { start: 3, end: 7 },
      { start: 24, end: 28 },
      { start: 29, end: 32 },
    ];
    expect(outsideAddresses(items, addressSpans(text))).toEqual([items[0], items[2]]);
  });
});

describe('analysis of a text with addresses', () => {
  // Held-out paragraphs written for this test: a source line and a contact line in each language.
  const cases = [
    {
      lang: 'en' as const,
      text: 'The Kazakh Khanate was founded in 1465 by Kerey and Zhanibek. Source: https://e-history.kz/en/contents/view/Astana/2014-05-21. Contact: Zhanibek.Kerey@history.kz, (7172) 74-1619.',
      date: '1465',
      name: 'Kerey',
    },
    {
      lang: 'ru' as const,
      text: 'Саммит ОБСЕ прошёл в Астане 1 декабря 2010 года. Источник: www.osce.org/ru/Astana/2010/12/02/summit. Почта редакции: Astana@e-history.kz.',
      date: '2010-12-01',
      name: 'ОБСЕ',
    },
    {
      lang: 'kk' as const,
      text: 'Қазақстан Республикасының Конституциясы 1995 жылы 30 тамызда қабылданды. Дереккөз: e-history.kz/kz/contents/view/1509/Almaty.',
      date: '1995-08-30',
      name: 'Конституция',
    },
  ];

  for (const c of cases) {
    it(`takes no date, event or name from inside an address, and keeps those outside (${c.lang})`, () => {
      const a = analyzeText(c.text, { lang: c.lang });
      const addresses = addressSpans(c.text);
      expect(addresses.length).toBeGreaterThan(0);
      const inside = (s: { start: number; end: number }) => addresses.some((x) => s.start < x.end && x.start < s.end);
      expect(a.timexes.filter(inside)).toEqual([]);
      expect(a.entities.flatMap((e) => e.mentions).filter(inside)).toEqual([]);
      expect(
        a.events.filter((e) => e.start !== undefined && inside({ start: e.start, end: e.end ?? e.start })),
      ).toEqual([]);
      expect(a.timexes.map((t) => t.value)).toContain(c.date);
      expect(a.entities.some((e) => e.mentions.some((m) => m.text.includes(c.name)))).toBe(true);
    });
  }
});
