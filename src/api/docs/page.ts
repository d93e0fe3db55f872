import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

/** The subset of an OpenAPI 3.1 document the docs page reads. */
export interface OpenApiDoc {
  info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, OpenApiOperation>>;
}

interface OpenApiOperation {
  summary?: string;
  tags?: string[];
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: JsonSchema }[];
  responses?: Record<string, { description?: string }>;
}

interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  default?: unknown;
  pattern?: string;
  example?: unknown;
}

/**
 * The API reference as a plain HTML page, rendered from the same OpenAPI document that
 * `/api/openapi.json` serves, so the two can never disagree. No CDN, no script.
 */
export function renderApiDocs(doc: OpenApiDoc): Promise<HtmlEscapedString> | HtmlEscapedString {
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op })),
  );
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${doc.info.title} — API</title>
<link rel="stylesheet" href="/assets/site.css">
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header"><div class="wrap"><a class="brand" href="/">Chronicle</a></div></header>
<main id="main" class="wrap docs">
<h1>${doc.info.title} <small>v${doc.info.version}</small></h1>
<p>${doc.info.description ?? ''}</p>
<p>Machine-readable description: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).
Errors are always <code>{"error": {"code", "message", "details"?}}</code>.</p>
<nav aria-label="Endpoints"><ul class="docs-toc">
${operations.map(({ path, method }) => html`<li><a href="#${anchor(method, path)}"><code>${method.toUpperCase()} /api${path}</code></a></li>`)}
</ul></nav>
${operations.map(
  ({
    path,
    method,
    op,
  }) => html`<section class="card docs-op" id="${anchor(method, path)}" aria-labelledby="${anchor(method, path)}-h">
<h2 id="${anchor(method, path)}-h"><code>${method.toUpperCase()} /api${path}</code></h2>
<p>${op.summary ?? ''}</p>
${
  op.parameters?.length
    ? html`<table><caption>Parameters</caption><thead><tr><th scope="col">Name</th><th scope="col">In</th><th scope="col">Type</th><th scope="col">Description</th></tr></thead><tbody>
${op.parameters.map(
  (p) =>
    html`<tr><td><code>${p.name}</code>${p.required ? ' (required)' : ''}</td><td>${p.in}</td><td>${describeSchema(p.schema)}</td><td>${p.description ?? ''}</td></tr>`,
)}
</tbody></table>`
    : ''
}
<h3>Responses</h3>
<ul>${Object.entries(op.responses ?? {}).map(([code, r]) => html`<li><strong>${code}</strong> ${r.description ?? ''}</li>`)}</ul>
</section>`,
)}
</main>
</body>
</html>`;
}

function anchor(method: string, path: string): string {
  return `${method}-${path.replace(/[^a-z0-9]+/gi, '-')}`.replace(/-+$/, '');
}

function describeSchema(s: JsonSchema | undefined): string {
  if (!s) return '';
  const parts: string[] = [];
  if (s.enum) parts.push(s.enum.map(String).join(' | '));
  else if (s.type) parts.push(Array.isArray(s.type) ? s.type.join(' | ') : s.type);
  if (s.minimum !== undefined || s.maximum !== undefined) parts.push(`${s.minimum ?? '…'}–${s.maximum ?? '…'}`);
  if (s.maxLength !== undefined) parts.push(`≤ ${s.maxLength} chars`);
  if (s.default !== undefined) parts.push(`default ${String(s.default)}`);
  return parts.join(', ');
}
