import { html } from 'hono/html';
import type { EntityType } from '../../analyze/types.ts';
import type { PageContext } from '../context.ts';
import { fill } from '../i18n/index.ts';
import type { Html } from '../layout.ts';

interface Node {
  id: string;
  name: string;
  type: EntityType;
  weight: number;
}

const SIZE = 420;
const MAX_NODES = 12;

/**
 * A small radial graph: the entity in the centre, related entities around it, line width by how
 * often they share an article. Rendered as SVG on the server; the list beside it carries the same
 * information for screen readers and keyboards, so the SVG itself is decorative to them.
 */
export function relatedGraph(ctx: PageContext, centre: { name: string; type: EntityType }, related: Node[]): Html {
  const nodes = related.slice(0, MAX_NODES);
  const max = Math.max(1, ...nodes.map((n) => n.weight));
  const c = SIZE / 2;
  const r = SIZE / 2 - 70;
  const placed = nodes.map((n, i) => {
    const a = (2 * Math.PI * i) / Math.max(nodes.length, 1) - Math.PI / 2;
    return { ...n, x: Math.round(c + r * Math.cos(a)), y: Math.round(c + r * Math.sin(a)) };
  });
  return html`<figure class="graph">
<svg viewBox="0 0 ${SIZE} ${SIZE}" class="graph-svg" aria-hidden="true" focusable="false">
${placed.map(
  (n) =>
    html`<line x1="${c}" y1="${c}" x2="${n.x}" y2="${n.y}" class="graph-edge" stroke-width="${(1 + (4 * n.weight) / max).toFixed(1)}"/>`,
)}
<circle cx="${c}" cy="${c}" r="16" class="graph-node graph-${centre.type.toLowerCase()} graph-centre"/>
<text x="${c}" y="${c + 32}" text-anchor="middle" class="graph-label graph-label-centre">${centre.name}</text>
${placed.map(
  (n) => html`<circle cx="${n.x}" cy="${n.y}" r="10" class="graph-node graph-${n.type.toLowerCase()}"/>
<text x="${n.x}" y="${n.y + 24}" text-anchor="middle" class="graph-label">${truncate(n.name, 22)}</text>`,
)}
</svg>
<figcaption>${fill(ctx.t.relatedGraph, { name: centre.name })}</figcaption>
</figure>`;
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
