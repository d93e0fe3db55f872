// Interactive timeline: reads the events from the accessible list on the page (its data-*
// attributes), so there is one source of truth and no second request. Zoom and pan come from
// vis-timeline; clicking an item focuses its entry in the list.
import { DataSet } from 'vis-data/peer';
import { Timeline } from 'vis-timeline/peer';

interface Item {
  id: string;
  content: string;
  start: Date;
  end?: Date;
  type: 'point' | 'range';
  title: string;
  className: string;
}

function parseIsoDate(iso: string): Date | null {
  const m = /^([+-]?\d{4,6})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const d = new Date(0);
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d;
}

function init(): void {
  const container = document.getElementById('timeline-vis');
  const list = document.getElementById(container?.dataset.for ?? '');
  if (!container || !list) return;
  const items: Item[] = [];
  for (const li of list.querySelectorAll<HTMLLIElement>('li.event')) {
    const start = parseIsoDate(li.dataset.start ?? '');
    const end = parseIsoDate(li.dataset.end ?? '');
    if (!start) continue;
    const what = li.querySelector('.event-what')?.textContent?.trim() ?? '';
    const when = li.querySelector('.event-when')?.textContent?.trim() ?? '';
    const long = end && end.getTime() - start.getTime() > 40 * 86_400_000;
    const item: Item = {
      id: li.dataset.id ?? String(items.length),
      // vis-timeline renders `content` as HTML; text nodes only, so escape it here.
      content: escapeHtml(what.length > 60 ? `${what.slice(0, 57)}…` : what),
      start,
      type: long ? 'range' : 'point',
      title: escapeHtml(`${when}: ${what}`),
      className: `tl-${(li.dataset.group ?? 'none').toLowerCase()}`,
    };
    if (long && end) item.end = new Date(end.getTime() + 86_400_000);
    items.push(item);
    li.id ||= `event-${items.length}`;
  }
  if (!items.length) return;
  const section = container.closest<HTMLElement>('[data-needs-js]');
  if (section) section.hidden = false;
  const timeline = new Timeline(container, new DataSet(items), {
    maxHeight: '480px',
    minHeight: '240px',
    verticalScroll: true,
    zoomKey: 'ctrlKey',
    zoomMin: 86_400_000 * 7,
    stack: true,
    showCurrentTime: false,
    tooltip: { followMouse: true },
    xss: { disabled: false },
  });
  timeline.on('select', (props: { items: string[] }) => {
    const li = list.querySelector<HTMLElement>(`li[data-id="${CSS.escape(props.items[0] ?? '')}"]`);
    if (!li) return;
    li.tabIndex = -1;
    li.focus();
    li.scrollIntoView({ block: 'center' });
  });
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

init();
