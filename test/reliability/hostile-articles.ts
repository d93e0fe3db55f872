// Articles whose markup tries to run script in the website. Kept as strings, not files: they are
// deliberately invalid markup that linters would flag.

/** An HTML page: scripts, event handlers, javascript:/data: URLs in every attribute that takes one, frames. */
export const HOSTILE_HTML = `<!doctype html>
<html><head><title>Evil page <script>alert(1)</script></title>
<meta http-equiv="refresh" content="0;url=javascript:alert(1)">
<style>body{background:url(javascript:alert(1))}</style></head>
<body onload="alert(1)">
<nav><a href="/">Home</a></nav>
<article data-id="666">
<h1 onclick="alert(1)">Kazakhstan and the OSCE <img src=x onerror=alert(1)></h1>
<p>In 2010 Kazakhstan chaired the OSCE.<script>alert(1)</script> The summit took place in Astana.</p>
<p><a href="javascript:alert(1)">x</a> and <a href="JaVaScRiPt:alert(1)">y</a> and <a href="  javascript:alert(1)">z</a></p>
<p><svg onload=alert(1)><circle r="1"/></svg> <math><mi xlink:href="javascript:alert(1)">m</mi></math></p>
<p style="background:url(javascript:alert(1))">Styled paragraph about 1991.</p>
<p><iframe src="javascript:alert(1)"></iframe><object data="javascript:alert(1)"></object><embed src="javascript:alert(1)"></p>
<p>Text &lt;script&gt;alert(1)&lt;/script&gt; written as text.</p>
<p><form action="javascript:alert(1)"><input onfocus=alert(1) autofocus></form></p>
<p><a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">data link</a></p>
</article>
<footer>Footer</footer>
</body></html>
`;

/** Markdown with raw HTML and a javascript: link, and markup in the front matter's title. */
export const HOSTILE_MARKDOWN = `---

title: "Markdown <script>alert(1)</script> title"
id: 667
site: e-history.kz
---

In 2009 <img src=x onerror=alert(1)> the zone was created. [click](javascript:alert(1))

<script>alert(1)</script>

<div onmouseover="alert(1)">hover</div>
`;

/** JSON whose fields carry markup. */
export const HOSTILE_JSON = JSON.stringify({
  title: 'JSON <svg onload=alert(1)> title',
  author: '<img src=x onerror=alert(1)>',
  body: ['In 1992 <a href="javascript:alert(1)">x</a> Kazakhstan joined the UN.', '<script>alert(1)</script>'],
});
