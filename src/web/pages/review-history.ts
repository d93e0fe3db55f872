// Decisions as editors see them on the review pages: the latest decisions and an item's history,
// each with what it changed and, when it can be undone, an Undo button (a plain form).
import { html } from 'hono/html';
import type { AuditEntry } from '../../store/index.ts';
import type { PageContext } from '../context.ts';
import { fill } from '../i18n/index.ts';

const at = (a: AuditEntry) => a.at.slice(0, 16).replace('T', ' ');

/** What an entry changed, in a few words: before → after for events and conflicts, decisions in the interface language. */
function change(ctx: PageContext, a: AuditEntry) {
  const actions = ctx.t.review.actions as Record<string, string>;
  const decision = (d: unknown) => (typeof d === 'string' ? (actions[d] ?? d) : '—');
  const b = a.before as unknown as Record<string, unknown>;
  const f = a.after as unknown as Record<string, unknown>;
  const parts: string[] = [];
  if ('decision' in b && 'decision' in f && b.decision !== f.decision)
    parts.push(`${decision(b.decision)} → ${decision(f.decision)}`);
  if (typeof b.when === 'string' && b.when !== f.when) parts.push(`${b.when} → ${String(f.when)}`);
  if (typeof b.what === 'string' && b.what !== f.what)
    parts.push(`“${b.what.slice(0, 80)}” → “${String(f.what).slice(0, 80)}”`);
  return parts.join('; ');
}

/** Where an entry's fact is reviewed: the event on /review, the entity's page; conflicts by key have none. */
function factLink(a: AuditEntry): string | null {
  if (a.factType === 'event') return `/review?event=${encodeURIComponent(a.factKey)}`;
  if (a.factType === 'entity') return `/review/entities/${encodeURIComponent(a.factKey)}`;
  return null;
}

/** An event entry's description and date as readers saw them after it (before, for an undo of nothing). */
function subjectOf(a: AuditEntry): string {
  const s = a.after as unknown as Record<string, unknown>;
  if (typeof s.what === 'string') return `${typeof s.when === 'string' ? `${s.when}: ` : ''}${s.what.slice(0, 120)}`;
  if (typeof s.subject === 'string') return s.subject;
  if (typeof s.name === 'string') return s.name;
  return a.factKey;
}

/** Whether an entry is a decision the undo route takes (events, conflicts, entity edits that are not undos). */
export function undoable(a: AuditEntry): boolean {
  if (a.factType === 'event' || a.factType === 'conflict') return true;
  return a.factType === 'entity' && a.action !== 'undone' && a.editId !== undefined;
}

/** The Undo form of an entry; `back` is the review page to return to. */
export function undoForm(ctx: PageContext, a: AuditEntry, back: string) {
  const r = ctx.t.review;
  return html`<form method="post" action="/review/decisions/${a.id}/undo" class="undo-form"><input type="hidden" name="back" value="${back}"><button type="submit" aria-label="${r.undo} ${a.id}">${r.undo}</button></form>`;
}

/** One entry: time, number, what, who, the change and the note. */
function entryLine(ctx: PageContext, a: AuditEntry, withSubject: boolean) {
  const r = ctx.t.review;
  const link = factLink(a);
  const subject = withSubject ? (link ? html` <a href="${link}">${subjectOf(a)}</a>` : html` ${subjectOf(a)}`) : '';
  const changed = change(ctx, a);
  return html`<time datetime="${a.at}">${at(a)}</time> <code>#${a.id}</code>${subject} — <strong>${r.actions[a.action] ?? a.action}</strong>${a.undid ? html` #${a.undid}` : ''}, ${a.editor}${changed ? html`: ${changed}` : ''}${a.note ? html` (${a.note})` : ''}`;
}

/**
 * The latest decisions with each event's description and date, linked to its review, and an Undo
 * button on each that is the latest of its fact in the list (the store refuses older ones anyway).
 */
export function decisionLog(ctx: PageContext, entries: AuditEntry[], back: string) {
  const seen = new Set<string>();
  return html`<ul class="decision-log">${entries.map((a) => {
    const fact = `${a.factType}|${a.factKey}`;
    const latest = !seen.has(fact);
    seen.add(fact);
    return html`<li>${entryLine(ctx, a, true)}${latest && undoable(a) ? undoForm(ctx, a, back) : ''}</li>`;
  })}</ul>`;
}

/** An item's history, oldest first, with an Undo button on the latest entry. */
export function historyList(ctx: PageContext, entries: AuditEntry[], back: string, empty: string) {
  if (!entries.length) return html`<p>${empty}</p>`;
  const last = entries[entries.length - 1];
  return html`<ol class="decision-history">${entries.map(
    (a) => html`<li>${entryLine(ctx, a, false)}${a === last && undoable(a) ? undoForm(ctx, a, back) : ''}</li>`,
  )}</ol>`;
}

/** The message after an undo, or after a refused one (naming the later decision). */
export function undoNotice(ctx: PageContext, notice: { undone?: number; refused?: RefusedUndo }) {
  const r = ctx.t.review;
  if (notice.refused) {
    const { later, action, editor, at: when } = notice.refused;
    return html`<p class="notice notice-error" role="alert">${fill(r.undoRefused, { later: `#${later}`, action: r.actions[action as keyof typeof r.actions] ?? action, editor, at: when.slice(0, 16).replace('T', ' ') })}</p>`;
  }
  if (notice.undone)
    return html`<p class="notice" role="status">${fill(r.undoneNotice, { id: `#${notice.undone}` })}</p>`;
  return '';
}

/** A refused undo: the later decision in the way. */
export interface RefusedUndo {
  later: number;
  action: string;
  editor: string;
  at: string;
}
