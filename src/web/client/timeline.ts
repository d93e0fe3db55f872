// Interactive timeline: reads the events from the accessible list on the page (its data-*
// attributes), so there is one source of truth and no second request. Zoom and pan come from
// vis-timeline; buttons and keys zoom too; clicking an item focuses its entry in the list.
import { DataSet } from 'vis-data/peer';
import { Timeline } from 'vis-timeline/peer';

interface Item {
  id: string;
  content: string;
  start: Date;
  end?: Date;
  type: 'point' | 'range' | 'background';
  title: string;
  className: string;
}

const DAY = 86_400_000;
/** Longer than this, an event is a period (a war, a reign, "the 1949–1989 tests"): drawn as a band behind the points. */
const PERIOD_MS = 3 * 365 * DAY;
/** Below this width the list alone is the timeline: a phone cannot show readable labels on a time axis. */
const NARROW_PX = 600;

function parseIsoDate(iso: string): Date | null {
  const m = /^([+-]?\d{4,6})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const d = new Date(0);
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d;
}

function yearStart(year: number): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, 0, 1);
  return d;
}

function readItems(list: HTMLElement): Item[] {
  const items: Item[] = [];
  for (const li of list.querySelectorAll<HTMLLIElement>('li.event')) {
    const start = parseIsoDate(li.dataset.start ?? '');
    const end = parseIsoDate(li.dataset.end ?? '');
    if (!start) continue;
    const what = li.querySelector('.event-what')?.textContent?.trim() ?? '';
    const when = li.querySelector('.event-when')?.textContent?.trim() ?? '';
    const span = end ? end.getTime() - start.getTime() : 0;
    const type = span > PERIOD_MS ? 'background' : span > 40 * DAY ? 'range' : 'point';
    const item: Item = {
      id: li.dataset.id ?? String(items.length),
      // vis-timeline renders `content` as HTML; text nodes only, so escape it here. A period's band
      // carries no label: overlapping bands would stack their labels into one unreadable line, and
      // the list below says what each period is.
      content: type === 'background' ? '' : escapeHtml(what.length > 60 ? `${what.slice(0, 57)}…` : what),
      start,
      type,
      title: escapeHtml(`${when}: ${what}`),
      className: `tl-${(li.dataset.group ?? 'none').toLowerCase()}${type === 'background' ? ' tl-period' : ''}`,
    };
    if (type !== 'point' && end) item.end = new Date(end.getTime() + DAY);
    items.push(item);
  }
  return items;
}

/**
 * The named periods of the page's `#timeline-periods` list as labelled bands. They do not overlap
 * one another, so unlike the events' periods they can carry their names.
 */
function readNamedPeriods(): Item[] {
  const out: Item[] = [];
  for (const li of document.querySelectorAll<HTMLLIElement>('#timeline-periods li')) {
    const from = Number.parseInt(li.dataset.from ?? '', 10);
    if (!Number.isFinite(from)) continue;
    const to = Number.parseInt(li.dataset.to ?? '', 10);
    const name = li.textContent?.trim() ?? '';
    out.push({
      id: `period:${out.length}`,
      content: escapeHtml(name),
      start: yearStart(from),
      end: Number.isFinite(to) ? yearStart(to) : new Date(),
      type: 'background',
      title: escapeHtml(name),
      className: 'tl-named-period',
    });
  }
  return out;
}

/**
 * The window to open on: the years the reader filtered to, else the span of the dated points (not
 * of the periods, which would stretch it to centuries), with a margin so edge items are whole.
 */
function initialWindow(container: HTMLElement, items: Item[]): { start: Date; end: Date } | null {
  const from = Number.parseInt(container.dataset.from ?? '', 10);
  const to = Number.parseInt(container.dataset.to ?? '', 10);
  if (Number.isFinite(from) || Number.isFinite(to)) {
    const times = items.flatMap((i) => [i.start.getTime(), (i.end ?? i.start).getTime()]);
    const lo = Number.isFinite(from) ? yearStart(from).getTime() : Math.min(...times);
    const hi = Number.isFinite(to) ? yearStart(to + 1).getTime() : Math.max(...times);
    const pad = (hi - lo) * 0.03;
    return { start: new Date(lo - pad), end: new Date(hi + pad) };
  }
  const points = items.filter((i) => i.type !== 'background');
  const times = (points.length ? points : items).flatMap((i) => [i.start.getTime(), (i.end ?? i.start).getTime()]);
  const lo = Math.min(...times);
  const hi = Math.max(...times);
  const pad = Math.max((hi - lo) * 0.05, 30 * DAY);
  return { start: new Date(lo - pad), end: new Date(hi + pad) };
}

/** Axis labels in the page's language (vis-timeline's own are English only). */
function axisFormat(lang: string) {
  const month = new Intl.DateTimeFormat(lang, { month: 'short', timeZone: 'UTC' });
  const monthYear = new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const day = new Intl.DateTimeFormat(lang, { day: 'numeric', timeZone: 'UTC' });
  const asDate = (d: Date | { toDate(): Date }) => ('toDate' in d ? d.toDate() : new Date(d));
  const year = (d: Date) => {
    const y = d.getUTCFullYear();
    return y <= 0 ? `${1 - y} BCE` : String(y);
  };
  return {
    minorLabels: (raw: Date, scale: string) => {
      const d = asDate(raw);
      if (scale === 'month') return month.format(d);
      if (scale === 'day' || scale === 'weekday') return day.format(d);
      return year(d);
    },
    majorLabels: (raw: Date, scale: string) => {
      const d = asDate(raw);
      if (scale === 'day' || scale === 'weekday') return monthYear.format(d);
      if (scale === 'month') return year(d);
      return '';
    },
  };
}

function init(): void {
  const container = document.getElementById('timeline-vis');
  const list = document.getElementById(container?.dataset.for ?? '');
  if (!container || !list) return;
  if (window.matchMedia(`(max-width: ${NARROW_PX}px)`).matches) return;
  const items = readItems(list);
  if (!items.length) return;
  const section = container.closest<HTMLElement>('[data-needs-js]');
  if (section) section.hidden = false;
  const lang = document.documentElement.lang || 'en';
  const window0 = initialWindow(container, items);
  const data = new DataSet<Item>(items);
  const timeline = new Timeline(container, data, {
    maxHeight: '480px',
    minHeight: '240px',
    verticalScroll: true,
    zoomKey: 'ctrlKey',
    zoomMin: DAY * 7,
    stack: true,
    showCurrentTime: false,
    tooltip: { followMouse: true, overflowMethod: 'cap' },
    xss: { disabled: false },
    format: axisFormat(lang),
    ...(window0 ?? {}),
  });
  const fit = () => {
    const w = initialWindow(container, items);
    if (w) timeline.setWindow(w.start, w.end, { animation: false });
  };
  const periods = readNamedPeriods();
  controls(section ?? container, {
    zoomIn: () => timeline.zoomIn(0.5, { animation: false }),
    zoomOut: () => timeline.zoomOut(0.5, { animation: false }),
    fit,
    pan: (direction) => pan(timeline, direction),
    periods: (shown) => (shown ? data.update(periods) : data.remove(periods.map((p) => p.id))),
  });
  container.tabIndex = 0;
  container.addEventListener('keydown', (e) => {
    const act: Record<string, () => void> = {
      '+': () => timeline.zoomIn(0.5, { animation: false }),
      '=': () => timeline.zoomIn(0.5, { animation: false }),
      '-': () => timeline.zoomOut(0.5, { animation: false }),
      '0': fit,
      ArrowLeft: () => pan(timeline, -1),
      ArrowRight: () => pan(timeline, 1),
    };
    const f = act[e.key];
    if (f && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      f();
    }
  });
  // The visible window, as an ISO interval: lets assistive tools and the browser tests read what
  // the axis shows without parsing its labels.
  const showWindow = () => {
    const { start, end } = timeline.getWindow();
    container.dataset.window = `${start.toISOString()}/${end.toISOString()}`;
  };
  timeline.on('rangechanged', showWindow);
  showWindow();
  timeline.on('select', (props: { items: string[] }) => {
    const li = list.querySelector<HTMLElement>(`li[data-id="${CSS.escape(props.items[0] ?? '')}"]`);
    if (!li) return;
    li.tabIndex = -1;
    li.focus();
    li.scrollIntoView({ block: 'center' });
  });
}

function pan(timeline: Timeline, direction: number): void {
  const { start, end } = timeline.getWindow();
  const shift = (end.getTime() - start.getTime()) * 0.25 * direction;
  timeline.setWindow(new Date(start.getTime() + shift), new Date(end.getTime() + shift), { animation: false });
}

/** The page's own buttons (rendered by the server with labels in the interface language), wired here. */
function controls(
  root: HTMLElement,
  actions: {
    zoomIn(): void;
    zoomOut(): void;
    fit(): void;
    pan(direction: number): void;
    periods(shown: boolean): void;
  },
): void {
  const periods = root.querySelector<HTMLInputElement>('input[data-timeline="periods"]');
  periods?.addEventListener('change', () => actions.periods(periods.checked));
  // A reload keeps the box ticked (the browser restores form state): draw what it says.
  if (periods?.checked) actions.periods(true);
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-timeline]')) {
    button.addEventListener('click', () => {
      const what = button.dataset.timeline;
      if (what === 'zoom-in') actions.zoomIn();
      else if (what === 'zoom-out') actions.zoomOut();
      else if (what === 'fit') actions.fit();
      else if (what === 'earlier') actions.pan(-1);
      else if (what === 'later') actions.pan(1);
    });
  }
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

init();
