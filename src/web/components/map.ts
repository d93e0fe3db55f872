import { html, raw } from 'hono/html';
import type { PageContext } from '../context.ts';
import { fill } from '../i18n/index.ts';
import type { Html } from '../layout.ts';

/** Map frame (equirectangular), degrees: Central Asia around Kazakhstan. */
const VIEW = { west: 44, east: 90, south: 35, north: 57 };
const WIDTH = 640;
const HEIGHT = Math.round(
  (WIDTH * (VIEW.north - VIEW.south)) / (VIEW.east - VIEW.west) / Math.cos((46 * Math.PI) / 180),
);

/** Kazakhstan's border, simplified to about fifty points (lon, lat); a schematic map, not a survey. */
const KAZAKHSTAN: [number, number][] = [
  [46.5, 48.4],
  [47.1, 49.9],
  [48.6, 50.6],
  [50.8, 51.6],
  [52.6, 51.5],
  [54.5, 50.6],
  [55.7, 50.5],
  [58.5, 51.1],
  [59.9, 50.6],
  [61.5, 50.8],
  [60.2, 52.4],
  [61.1, 53.0],
  [61.3, 54.1],
  [63.8, 54.3],
  [65.5, 54.6],
  [68.2, 54.9],
  [69.2, 55.4],
  [70.8, 55.2],
  [71.2, 54.1],
  [73.4, 53.9],
  [73.7, 53.5],
  [76.3, 54.3],
  [76.9, 53.3],
  [79.9, 50.8],
  [81.5, 50.7],
  [83.4, 51.0],
  [85.1, 50.2],
  [86.8, 49.8],
  [87.3, 49.1],
  [85.5, 48.1],
  [85.7, 47.0],
  [83.0, 47.2],
  [82.3, 45.5],
  [80.0, 45.0],
  [80.2, 42.2],
  [79.1, 42.8],
  [75.0, 42.9],
  [73.5, 42.5],
  [71.8, 42.8],
  [70.9, 42.3],
  [69.1, 41.4],
  [68.6, 40.7],
  [68.0, 41.1],
  [66.5, 41.9],
  [66.1, 42.9],
  [64.9, 43.7],
  [62.0, 43.5],
  [61.0, 44.4],
  [58.6, 45.6],
  [56.0, 45.0],
  [56.0, 41.3],
  [55.0, 41.3],
  [53.0, 41.8],
  [52.5, 42.8],
  [51.3, 43.2],
  [50.3, 44.4],
  [51.0, 45.3],
  [53.0, 45.3],
  [53.2, 46.6],
  [51.2, 47.0],
  [49.2, 46.4],
];

function project(lon: number, lat: number): [number, number] {
  const x = ((lon - VIEW.west) / (VIEW.east - VIEW.west)) * WIDTH;
  const y = ((VIEW.north - lat) / (VIEW.north - VIEW.south)) * HEIGHT;
  return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}

/** Whether a point falls inside the map frame. */
export function onMap(lat: number, lon: number): boolean {
  return lon >= VIEW.west && lon <= VIEW.east && lat >= VIEW.south && lat <= VIEW.north;
}

/**
 * An inline SVG map of Kazakhstan with a marker at a place, drawn on our server: no tile server,
 * works offline and without JavaScript. The SVG has a text alternative naming the place.
 */
export function placeMap(ctx: PageContext, name: string, lat: number, lon: number): Html {
  const outline = KAZAKHSTAN.map(([lo, la]) => project(lo, la).join(',')).join(' ');
  const [x, y] = project(lon, lat);
  const alt = fill(ctx.t.mapAlt, { name, lat: lat.toFixed(2), lon: lon.toFixed(2) });
  return html`<figure class="map">
<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="map-title" class="map-svg">
<title id="map-title">${alt}</title>
<rect class="map-sea" x="0" y="0" width="${WIDTH}" height="${HEIGHT}"/>
${raw(`<polygon class="map-land" points="${outline}"/>`)}
<g class="map-marker" transform="translate(${x} ${y})"><circle r="9"/><circle r="3" class="map-marker-dot"/></g>
<text class="map-label" x="${x > WIDTH * 0.6 ? x - 12 : x + 12}" y="${y - 10}" text-anchor="${x > WIDTH * 0.6 ? 'end' : 'start'}">${name}</text>
</svg>
<figcaption>${name}: ${lat.toFixed(3)}°, ${lon.toFixed(3)}°</figcaption>
</figure>`;
}
