import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, startFixture } from './harness.ts';

// An entity the recogniser was unsure of says so (issue 12, item 5): in the API, described in the
// OpenAPI document, and on the public pages, in the reader's language.

interface ApiEntity {
  id: string;
  confidence?: number | null;
  doubtful?: boolean;
}

let fx: Fixture;
let entities: ApiEntity[];
beforeAll(async () => {
  fx = await startFixture();
  entities = [];
  for (let offset = 0; ; offset += 200) {
    const page = (await (await fetch(`${fx.url}/api/entities?limit=200&offset=${offset}`)).json()) as {
      total: number;
      items: ApiEntity[];
    };
    entities.push(...page.items);
    if (!page.items.length || entities.length >= page.total) break;
  }
}, 180_000);
afterAll(async () => {
  await fx?.close();
});

describe('entity confidence', () => {
  it('is in every entity of the API, and doubtful exactly below 0.5', () => {
    expect(entities.length).toBeGreaterThan(50);
    for (const e of entities) {
      expect(typeof e.confidence, e.id).toBe('number');
      expect(e.doubtful, e.id).toBe((e.confidence as number) < 0.5);
    }
  });

  it('is described in the OpenAPI document, for entities and each mention', async () => {
    const doc = (await (await fetch(`${fx.url}/api/openapi.json`)).json()) as {
      components: { schemas: Record<string, { properties: Record<string, unknown> }> };
    };
    expect(Object.keys(doc.components.schemas.EntitySummary!.properties)).toEqual(
      expect.arrayContaining(['confidence', 'doubtful']),
    );
    const detail = JSON.stringify(doc.components.schemas.EntityDetail);
    expect(detail).toContain("This mention's own confidence");
  });

  it('marks a doubtful entity on its page and in the list, in the reader language, and not a sure one', async () => {
    const doubtful = entities.find((e) => e.doubtful)!;
    expect(doubtful).toBeDefined();
    const page = await (await fetch(`${fx.url}/entities/${encodeURIComponent(doubtful.id)}?ui=ru`)).text();
    expect(page).toContain('class="notice doubtful-notice"');
    expect(page).toContain(`низкой уверенностью (${doubtful.confidence!.toFixed(2)})`);
    const sure = await (await fetch(`${fx.url}/entities/org:osce?ui=ru`)).text();
    expect(sure).not.toContain('doubtful-notice');
    const list = await (await fetch(`${fx.url}/entities?ui=kk&limit=200`)).text();
    expect(list).toContain('<span class="doubtful">күмәнді</span>');
  });
});
