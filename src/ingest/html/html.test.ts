import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtml } from './index.ts';

const PAGE = `<!doctype html>
<html lang="en-GB">
<head>
  <title>Kazakhstan and the OSCE | e-history.kz</title>
  <meta name="author" content="Adil Akhmetov">
  <meta property="article:published_time" content="2016-05-12T09:00:00+06:00">
  <meta name="description" content="How Kazakhstan chaired the OSCE.">
  <link rel="canonical" href="https://www.e-history.kz/en/publications/view/1509">
  <style>body { color: red }</style>
  <script>window.tracking = "ignore me";</script>
</head>
<body>
  <header><a href="/">e-history.kz</a> <nav><a href="/a">Home</a> <a href="/b">Archive</a></nav></header>
  <aside class="sidebar"><p>Popular: something else entirely.</p></aside>
  <article>
    <h1>Kazakhstan and the OSCE</h1>
    <p>In 2010 Kazakhstan   chaired the <b>OSCE</b>,<br>the first Asian country to do so.</p>
    <div class="share-buttons"><a href="#">Share</a></div>
    <p>The Astana Summit met on 1–2 December 2010.</p>
    <ul><li>Astana Declaration</li><li>Confidence-building</li></ul>
  </article>
  <footer><p>© 2024 e-history.kz. All rights reserved.</p></footer>
</body>
</html>`;

const paragraphs = (a: ReturnType<typeof parseHtml>) => a.meta.paragraphs.map((p) => a.text.slice(p.start, p.end));

describe('parseHtml', () => {
  it('keeps the article and drops navigation, header, aside, footer, scripts and styles', () => {
    const a = parseHtml(PAGE);
    expect(a.meta).toMatchObject({
      title: 'Kazakhstan and the OSCE',
      language: 'en',
      author: 'Adil Akhmetov',
      published: '2016-05-12',
      site: 'e-history.kz',
      id: '1509',
      lead: 'How Kazakhstan chaired the OSCE.',
    });
    expect(paragraphs(a)).toEqual([
      'In 2010 Kazakhstan chaired the OSCE,\nthe first Asian country to do so.',
      'The Astana Summit met on 1–2 December 2010.',
      'Astana Declaration',
      'Confidence-building',
    ]);
    expect(a.text.startsWith('Kazakhstan and the OSCE\n\n')).toBe(true);
    expect(a.text).not.toMatch(/Home|Archive|Popular|rights reserved|tracking|color|Share/);
  });

  it('carries nothing live from hostile markup into the text', () => {
    const a = parseHtml(`<html><body><article><h1>X</h1>
      <p>Safe <script>alert(1)</script>text <img src=x onerror="alert(2)"> and <a href="javascript:alert(3)">a link</a>.</p>
      <p><svg onload="alert(4)"><text>svg</text></svg>After <iframe src="javascript:alert(5)"></iframe>svg.</p>
      <p style="background:url(javascript:alert(6))" onclick="alert(7)">&lt;script&gt;escaped&lt;/script&gt;</p>
    </article></body></html>`);
    expect(paragraphs(a)).toEqual(['Safe text and a link.', 'After svg.', '<script>escaped</script>']);
    expect(a.text).not.toMatch(/alert|onerror|onclick|javascript:|onload/);
  });

  it('reads the lead and the closing byline from the page itself, keeping them out of the body', () => {
    const a =
      parseHtml(`<html><head><title>Peacekeepers - e-history.kz</title><meta name="description" content="Meta lead."></head>
      <body><main><article data-id="9204"><h1>Peacekeepers</h1><p class="lead">The page's own lead.</p>
      <h2>Beginnings</h2><p>KAZBAT was formed in 2000.</p><p class="author">Bauyrzhan Ospanov, retired colonel</p></article></main></body></html>`);
    expect(a.meta).toMatchObject({
      id: '9204',
      site: 'e-history.kz',
      lead: "The page's own lead.",
      author: 'Bauyrzhan Ospanov',
      authorRole: 'retired colonel',
    });
    expect(paragraphs(a)).toEqual(['KAZBAT was formed in 2000.']);
    expect(a.meta.headings?.map((h) => a.text.slice(h.start, h.end))).toEqual(['Beginnings']);
  });

  it('finds the densest block of paragraphs when there is no article or main element', () => {
    const a = parseHtml(`<html lang="ru"><body><div id="menu"><p>Главная</p><p>Архив</p></div>
      <div class="c"><h1>Алашская автономия</h1><p>Алашская автономия была провозглашена в декабре 1917 года на Втором всеказахском съезде.</p>
      <p>Её столицей стал город Семей.</p></div><div><p>Контакты</p></div></body></html>`);
    expect(a.meta.title).toBe('Алашская автономия');
    expect(a.meta.language).toBe('ru');
    expect(paragraphs(a)).toHaveLength(2);
    expect(a.text).not.toMatch(/Главная|Контакты/);
  });

  it('falls back to og:title and <title> without its site suffix', () => {
    expect(
      parseHtml(
        '<html><head><title>Абай Құнанбайұлы - Qazaqstan tarihy</title></head><body><p>Абай 1845 жылы туған.</p></body></html>',
      ).meta,
    ).toMatchObject({
      title: 'Абай Құнанбайұлы',
      language: 'kk',
    });
    expect(
      parseHtml('<head><meta property="og:title" content="OG title"><title>T - site</title></head><p>x</p>').meta.title,
    ).toBe('OG title');
  });

  it("takes the page's <title>, not the site name in the header's heading, when the article has no heading", () => {
    const page = (header: string) =>
      parseHtml(
        `<html><head><title>Семей полигонының жабылуы - e-history.kz</title></head><body><header><h1>${header}</h1></header><main><p>Полигон 1991 жылы жабылды. Бұл тарихи шешім болды.</p><p>Екінші абзац.</p></main></body></html>`,
      ).meta.title;
    expect(page('e-history.kz')).toBe('Семей полигонының жабылуы');
    // A header heading that is the article's own title is still taken as it is written.
    expect(page('Семей полигонының жабылуы')).toBe('Семей полигонының жабылуы');
  });

  it('does not mistake a page container with a layout class for boilerplate', () => {
    const a = parseHtml(
      '<html><body class="page has-sidebar"><div class="menu">Menu</div><p>The only paragraph.</p></body></html>',
    );
    expect(paragraphs(a)).toEqual(['The only paragraph.']);
  });

  it('survives 100 000 nested elements', () => {
    const deep = `${'<div>'.repeat(100_000)}<p>Deep text.</p>${'</div>'.repeat(100_000)}`;
    const a = parseHtml(`<html><body>${deep}</body></html>`);
    expect(paragraphs(a)).toContain('Deep text.');
  });

  it('never throws and keeps paragraphs inside the text, whatever the markup', () => {
    const tag = fc.constantFrom(
      '<p>',
      '</p>',
      '<article>',
      '<nav>',
      '<br>',
      '<script>',
      '</script>',
      '<h1>',
      '</h1>',
      '<li>',
      '<!--',
      '-->',
      '&amp;',
      '<html lang="ru">',
      '<meta name="author" content="x">',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), tag), { maxLength: 40 }), (parts) => {
        const a = parseHtml(parts.join(''));
        for (const p of a.meta.paragraphs) expect(0 <= p.start && p.start < p.end && p.end <= a.text.length).toBe(true);
      }),
    );
  });
});
