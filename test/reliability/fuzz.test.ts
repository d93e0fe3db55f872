import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/analyze/index.ts';
import { MAX_SENTENCE_CHARS, splitSentences } from '../../src/analyze/sentences.ts';
import type { Language } from '../../src/analyze/types.ts';
import { byteSize, isoDate, positiveInt } from '../../src/cli/options.ts';
import { ingestFile } from '../../src/ingest/index.ts';
import { createApp } from '../../src/server/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { ehistoryArticle, markdownArticle } from './corpus.ts';
import { tempDir } from './helpers.ts';

// Property tests for the parsers that had none: the whole analysis (sentences, entities, events,
// claims — the temporal taggers and ingest formats have their own), the CLI option schemas, and
// every HTTP input schema through the real app on a real SQLite store.

const RUNS = Number(process.env.FC_RUNS ?? 150);

const PIECES: Record<Language, string[]> = {
  en: [
    'In 1991',
    'on 29 August 2017',
    'from 2013 to 2022',
    'two years later',
    'the OSCE',
    'Kazakhstan',
    'Astana',
    'Nursultan Nazarbayev',
    '140 ethnic groups',
    'the ninth largest country',
    '5 million',
    ', ',
    '. ',
    '; ',
    '\n\n',
    '«',
    '»',
    '(',
    ')',
    'e.g.',
    'U.N.',
  ],
  ru: [
    'В 1991 году',
    '29 августа 2017 г.',
    'в 2013–2022 гг.',
    'через два года',
    'ОБСЕ',
    'Казахстан',
    'Астана',
    'Н. Назарбаев',
    '140 этносов',
    'девятая по величине страна',
    ', ',
    '. ',
    '\n\n',
    '«',
    '»',
    'т.е.',
  ],
  kk: [
    '1991 жылы',
    '2017 жылғы 29 тамызда',
    '2013-2022 жылдары',
    'екі жылдан кейін',
    'ЕҚЫҰ',
    'Қазақстан',
    'Астана',
    'Н. Назарбаев',
    '140 этнос',
    ', ',
    '. ',
    '\n\n',
    'т.б.',
    'ж.',
  ],
};

const textIn = (lang: Language) =>
  fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .array(fc.oneof(fc.constantFrom(...PIECES[lang]), fc.string({ maxLength: 6 })), { maxLength: 50 })
        .map((a) => a.join(' ')),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }) },
  );

const inText = (text: string, s: { start: number; end: number }) =>
  Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length;

describe('analyzeText on arbitrary text', () => {
  it('returns spans inside the text whose quoted text is exact, in every language', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Language>('en', 'ru', 'kk').chain((lang) => fc.tuple(fc.constant(lang), textIn(lang))),
        ([lang, text]) => {
          const a = analyzeText(text, { lang, dct: '2020-01-01' });
          for (const s of a.sentences) expect(inText(text, s)).toBe(true);
          for (const t of a.timexes) expect(text.slice(t.start, t.end)).toBe(t.text);
          for (const e of a.entities) {
            expect(e.id).toMatch(/^[a-z]+:/);
            for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
          }
          for (const ev of a.events) {
            expect(inText(text, ev.sentence)).toBe(true);
            if (ev.start !== undefined && ev.end !== undefined)
              expect(inText(text, { start: ev.start, end: ev.end })).toBe(true);
            expect(ev.confidence).toBeGreaterThanOrEqual(0);
            expect(ev.confidence).toBeLessThanOrEqual(1);
          }
          for (const c of a.claims) {
            expect(inText(text, c)).toBe(true);
            expect(Number.isFinite(c.value)).toBe(true);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('splitSentences', () => {
  it('keeps every word in exactly one sentence, in order, none longer than the limit', () => {
    const longRun = fc
      .array(fc.constantFrom('word', '1991', 'Қазақстан', '😀', 'ab«c', '.', '\n'), { minLength: 200, maxLength: 900 })
      .map((a) => a.join(' '));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 400 }), longRun), (text) => {
        const spans = splitSentences(text);
        let covered = 0;
        for (const [k, s] of spans.entries()) {
          expect(inText(text, s)).toBe(true);
          expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
          if (k > 0) expect(s.start).toBeGreaterThanOrEqual((spans[k - 1] as { end: number }).end);
          covered += text.slice(s.start, s.end).replace(/\s/g, '').length;
        }
        expect(covered).toBe(text.replace(/\s/g, '').length);
      }),
      { numRuns: RUNS * 2 },
    );
  });
});

describe('CLI option schemas', () => {
  it('--dct accepts exactly the real calendar dates', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 12 }),
          fc
            .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
            .map(
              ([y, m, d]) =>
                `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
            ),
        ),
        (s) => {
          const ok = isoDate.safeParse(s).success;
          const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
          const real =
            m !== null &&
            (() => {
              const d = new Date(0);
              d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
              return (
                d.getUTCFullYear() === Number(m[1]) &&
                d.getUTCMonth() === Number(m[2]) - 1 &&
                d.getUTCDate() === Number(m[3])
              );
            })();
          expect(ok).toBe(real);
        },
      ),
      { numRuns: RUNS * 3 },
    );
  });

  it('--max-size and counts parse to positive whole numbers or refuse, never throw', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 20 }),
          fc.double().map(String),
          fc.constantFrom('1e400', '-1', '0', '10MB', '1.5 GB', '9'.repeat(30)),
        ),
        (s) => {
          const size = byteSize.safeParse(s);
          // A size beyond any file (`999…9`) is allowed: it means no limit.
          if (size.success) expect(Number.isInteger(size.data) || size.data === Number.POSITIVE_INFINITY).toBe(true);
          if (size.success) expect(size.data).toBeGreaterThanOrEqual(1);
          const count = positiveInt().safeParse(s);
          if (count.success) expect(Number.isSafeInteger(count.data) && count.data >= 1).toBe(true);
          else expect(count.error.issues[0]?.message).toBeTruthy();
        },
      ),
      { numRuns: RUNS * 3 },
    );
  });
});

describe('HTTP input schemas through the real app', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    const root = tempDir('fuzz-http');
    store = await openStore({ dbPath: join(root, 'fuzz.db'), databaseUrl: '' });
    mkdirSync(join(root, 'in'), { recursive: true });
    const files = [
      [join(root, 'in', 'a.txt'), ehistoryArticle(31_001)],
      [join(root, 'in', 'b.md'), markdownArticle(31_002, 'ru')],
      [join(root, 'in', 'c.md'), markdownArticle(31_003, 'kk')],
    ];
    for (const [path, text] of files) {
      writeFileSync(path as string, text as string);
      expect((await ingestFile(store, path as string)).ok).toBe(true);
    }
    app = createApp(async () => store);
  }, 60_000);

  afterAll(async () => {
    await store?.close();
  });

  const value = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.integer().map(String),
    fc.double().map(String),
    fc.constantFrom(
      '',
      '-1',
      '0',
      '1',
      '200',
      '201',
      '1e400',
      'NaN',
      '08-29',
      '02-30',
      'org:osce',
      '../../etc/passwd',
      'csv',
      'ics',
      'en',
      'xx',
      '%00',
      '\u0000',
    ),
  );
  const query = fc.dictionary(
    fc.oneof(
      fc.constantFrom('q', 'limit', 'offset', 'lang', 'from', 'to', 'entity', 'type', 'date', 'revision', 'ui'),
      fc.string({ maxLength: 8 }),
    ),
    value,
    { maxKeys: 5 },
  );
  const ROUTES = [
    '/api/articles',
    '/api/articles/{x}',
    '/api/search',
    '/api/timeline',
    '/api/entities',
    '/api/entities/{x}',
    '/api/on-this-day',
    '/api/conflicts',
    '/api/export/{x}',
    '/',
    '/articles/{x}',
    '/search',
    '/timeline',
    '/entities',
    '/entities/{x}',
    '/on-this-day/{x}',
    '/conflicts',
    '/assets/{x}',
  ];

  it('never answers 5xx; the API always answers JSON, with {error} on a 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ROUTES), value, query, async (route, segment, params) => {
        const path = route.replace('{x}', encodeURIComponent(segment));
        const search = new URLSearchParams(params as Record<string, string>).toString();
        const res = await app.request(`http://localhost${path}${search ? `?${search}` : ''}`);
        const body = await res.text();
        const where = `${res.status} ${path}?${search}`;
        expect(res.status, where).toBeLessThan(500);
        if (path.startsWith('/api/')) {
          if (!path.startsWith('/api/export/') || res.status >= 400) {
            expect(res.headers.get('content-type'), where).toMatch(/^application\/json/);
            const parsed = JSON.parse(body);
            if (res.status >= 400) expect(typeof parsed.error?.code, where).toBe('string');
          }
        }
        expect(body, where).not.toMatch(/\n\s+at \S+ \(|node:internal/);
      }),
      { numRuns: RUNS * 2 },
    );
  }, 120_000);
});
