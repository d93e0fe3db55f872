import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { type ExampleSchema, exampleUrl, exampleValue, type RouteExample, shownBody } from './examples.ts';

/** The subset of an OpenAPI 3.1 document the docs page reads. */
export interface OpenApiDoc {
  info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, ExampleSchema> };
}

interface OpenApiOperation {
  summary?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: {
    name: string;
    in: string;
    required?: boolean;
    description?: string;
    schema?: JsonSchema & ExampleSchema;
  }[];
  requestBody?: { content?: Record<string, { schema?: ExampleSchema }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: ExampleSchema }> }>;
}

/** Asks the API itself (in-process) for a path below `/api`. */
export type AskApi = (path: string) => Promise<Response>;

/**
 * One example per operation: public GET routes asked for real, routes behind an editor's token
 * built from their schemas (the docs page never holds a token).
 */
export async function routeExamples(doc: OpenApiDoc, ask: AskApi): Promise<Map<string, RouteExample>> {
  const components = doc.components?.schemas ?? {};
  const out = new Map<string, RouteExample>();
  for (const [path, methods] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(methods)) {
      const url = exampleUrl(path, op.parameters);
      const key = anchor(method, path);
      if (method === 'get' && !op.security?.length) {
        const res = await ask(url);
        const contentType = res.headers.get('content-type') ?? '';
        out.set(key, {
          method: 'GET',
          url,
          status: res.status,
          contentType,
          response: shownBody(contentType, await res.text()),
          source: 'live',
        });
        continue;
      }
      const bodySchema = op.requestBody?.content?.['application/json']?.schema;
      const answer = op.responses?.['200']?.content?.['application/json']?.schema;
      out.set(key, {
        method: method.toUpperCase(),
        url,
        headers: { Authorization: 'Bearer <editor token>' },
        ...(bodySchema ? { body: exampleValue(bodySchema, components) } : {}),
        status: 200,
        contentType: 'application/json',
        response: JSON.stringify(exampleValue(answer, components), null, 2),
        source: 'schema',
      });
    }
  }
  return out;
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
export function renderApiDocs(
  doc: OpenApiDoc,
  examples: Map<string, RouteExample> = new Map(),
  origin = '',
): Promise<HtmlEscapedString> | HtmlEscapedString {
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
${exampleBlock(examples.get(anchor(method, path)), origin)}
</section>`,
)}
</main>
</body>
</html>`;
}

function exampleBlock(ex: RouteExample | undefined, origin: string) {
  if (!ex) return '';
  const headers = Object.entries(ex.headers ?? {}).map(([k, v]) => ` -H '${k}: ${v}'`);
  const body = ex.body === undefined ? '' : ` -H 'Content-Type: application/json' -d '${JSON.stringify(ex.body)}'`;
  const method = ex.method === 'GET' ? '' : ` -X ${ex.method}`;
  const curl = `curl${method}${headers.join('')}${body} '${origin}/api${ex.url}'`;
  const where =
    ex.source === 'live'
      ? 'Response (asked just now of this server, lists cut to two items)'
      : 'Response (the shape, from the schema)';
  return html`<h3>Example</h3>
<pre class="docs-example"><code>${curl}</code></pre>
<p>${where}: <strong>${ex.status}</strong> <code>${ex.contentType.split(';')[0]}</code></p>
<pre class="docs-example"><code>${ex.response}</code></pre>`;
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
