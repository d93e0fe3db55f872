/**
 * Examples for the API reference: a request for every route and the answer it gets. Public routes
 * are asked for real, in-process, against the store being served, so an example can never drift from
 * what the API does; routes behind an editor's token get an answer built from their response schema.
 */

/** The parts of a JSON Schema (as the OpenAPI generator writes them) an example is built from. */
export interface ExampleSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  example?: unknown;
  default?: unknown;
  minimum?: number;
  properties?: Record<string, ExampleSchema>;
  items?: ExampleSchema;
  anyOf?: ExampleSchema[];
  oneOf?: ExampleSchema[];
  allOf?: ExampleSchema[];
  additionalProperties?: boolean | ExampleSchema;
}

export interface RouteExample {
  /** The request as a reader would type it, e.g. `GET /api/search?q=OSCE&limit=2`. */
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  /** The answer: status, type and a shortened body (arrays cut to two items, long strings cut). */
  status: number;
  contentType: string;
  response: string;
  /** `live` when the server answered it just now, `schema` when built from the response schema. */
  source: 'live' | 'schema';
}

/**
 * Query strings that show each public route doing something useful on a typical corpus. A route
 * not listed gets its required parameters from their schema examples.
 */
const EXAMPLE_QUERIES: Record<string, string> = {
  '/articles': 'limit=2',
  '/search': 'q=OSCE&limit=2',
  '/timeline': 'from=1991&to=1992&limit=2',
  '/entities': 'q=OSCE&limit=2',
  '/on-this-day': 'date=08-29',
  '/conflicts': 'limit=2',
  '/export/{format}': 'from=1991&to=1991',
  '/review/queue': 'limit=2',
  '/review/log': 'limit=2',
};

const MAX_ITEMS = 2;
const MAX_STRING = 160;
const MAX_TEXT = 600;

/** The request URL (below `/api`) of a route's example: path parameters from their examples. */
export function exampleUrl(
  path: string,
  params: { name: string; in: string; required?: boolean; schema?: ExampleSchema }[] = [],
): string {
  let url = path;
  for (const p of params.filter((x) => x.in === 'path')) {
    url = url.replace(`{${p.name}}`, encodeURIComponent(String(p.schema?.example ?? p.schema?.enum?.[0] ?? '1')));
  }
  const listed = EXAMPLE_QUERIES[path];
  const query =
    listed ??
    params
      .filter((p) => p.in === 'query' && p.required && p.schema?.example !== undefined)
      .map((p) => `${encodeURIComponent(p.name)}=${encodeURIComponent(String(p.schema?.example))}`)
      .join('&');
  return query ? `${url}?${query}` : url;
}

/** A value that fits `schema`: its own example, else the first enum value, else a plain one of its type. */
export function exampleValue(
  schema: ExampleSchema | undefined,
  components: Record<string, ExampleSchema>,
  depth = 0,
): unknown {
  if (!schema || depth > 8) return null;
  if (schema.$ref)
    return exampleValue(components[schema.$ref.replace('#/components/schemas/', '')], components, depth + 1);
  if (schema.example !== undefined) return schema.example;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) {
    const chosen = alternatives.find((a) => a.type !== 'null') ?? alternatives[0];
    return exampleValue(chosen, components, depth + 1);
  }
  if (schema.allOf) {
    return Object.assign({}, ...schema.allOf.map((s) => exampleValue(s, components, depth + 1) as object));
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [name, prop] of Object.entries(schema.properties ?? {})) {
        out[name] = exampleValue(prop, components, depth + 1);
      }
      return out;
    }
    case 'array':
      return [exampleValue(schema.items, components, depth + 1)];
    case 'integer':
      return schema.minimum ?? 1;
    case 'number':
      return schema.minimum ?? 0.5;
    case 'boolean':
      return true;
    case 'string':
      return 'text';
    default:
      return null;
  }
}

/** A JSON answer made short enough to read: two items of every list, long strings cut with `…`. */
export function shortened(value: unknown): unknown {
  if (Array.isArray(value)) {
    const kept = value.slice(0, MAX_ITEMS).map(shortened);
    return value.length > MAX_ITEMS ? [...kept, `… ${value.length - MAX_ITEMS} more`] : kept;
  }
  if (typeof value === 'string') return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…` : value;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shortened(v)]));
  }
  return value;
}

/** An answer body as the docs show it: JSON pretty-printed and shortened, other text cut. */
export function shownBody(contentType: string, text: string): string {
  if (/json/.test(contentType)) {
    try {
      return JSON.stringify(shortened(JSON.parse(text)), null, 2);
    } catch {
      // Not JSON after all: shown as text.
    }
  }
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .slice(0, 6)
    .join('\n');
  return lines.length > MAX_TEXT ? `${lines.slice(0, MAX_TEXT)}…` : lines;
}
