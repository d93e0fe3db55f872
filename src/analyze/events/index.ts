/**
 * Dated events: every clause that carries a DATE or INTERVAL becomes an event with its participants.
 * A sentence with several dates is cut into clauses at `;`, `:` and `,`; an undated clause belongs
 * to the dated clause before it (`the OSCE in 2010, hosting the Astana Summit`), or else the one
 * after it, so each date gets the participants of its own clause. An interval is one event; its
 * two end points are not events of their own.
 */
import { ALL_PACKS } from '../lang/index.ts';
import type { DatedEvent, Entity, Language, Span, TemporalExpression } from '../types.ts';
import { eventConfidence } from './confidence.ts';
import { isCreditLine } from './credit-lines.ts';
import { describeClause } from './description.ts';

export { MAX_WHAT_CHARS } from './description.ts';

interface Segment extends Span {
  timexes: TemporalExpression[];
}

// Every pack's words apply in every text (texts quote each other).
const DISCOURSE = ALL_PACKS.map((p) => p.discourse);
// "the country" / "страна" / "ел": the text's own country. One expression per pack, tried in turn:
// the same answer as their alternation, and several times faster (each scans for its own words).
const COUNTRY_REFERENCE = DISCOURSE.map((d) => new RegExp(d.countryReference, 'iu'));

// A sentence that opens with a demonstrative and a common noun refers back to the sentence before.
const DEMONSTRATIVE_START = new RegExp(
  `^\\s*(?:${DISCOURSE.flatMap((d) => d.demonstratives).join('|')})\\s+\\p{Ll}`,
  'u',
);

function refersToCountry(sentence: string): boolean {
  for (const re of COUNTRY_REFERENCE) if (re.test(sentence)) return true;
  return false;
}

/** Whether a timex dates an event: a calendar date or a range, with at least a year, month or day. */
export function isEventTimex(t: TemporalExpression): boolean {
  if (t.type !== 'DATE' && t.type !== 'INTERVAL') return false;
  return /\d/.test(t.value) && t.value !== 'PRESENT_REF';
}

function eventTimexes(timexes: TemporalExpression[]): TemporalExpression[] {
  const sorted = timexes.filter(isEventTimex).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TemporalExpression[] = [];
  // Intervals start no later than their end points (sorted by start, longest first), so the
  // furthest-reaching interval seen so far tells whether a point lies inside one.
  let reach = -1;
  for (const t of sorted) {
    if (t.type === 'INTERVAL') {
      out.push(t);
      reach = Math.max(reach, t.end);
    } else if (t.end > reach) {
      out.push(t);
    }
  }
  return out;
}

function cut(text: string, s: Span, sep: RegExp): Span[] {
  const out: Span[] = [];
  let a = s.start;
  let depth = 0;
  for (let i = s.start; i < s.end; i++) {
    const ch = text[i] as string;
    // An opening quote follows a space; `initiate«` (a scan artefact) opens nothing.
    if (ch === '(' || (ch === '«' && (i === 0 || /\s/.test(text[i - 1] as string)))) depth++;
    else if ((ch === ')' || ch === '»') && depth > 0) depth--;
    else if (depth === 0 && sep.test(ch)) {
      out.push({ start: a, end: i });
      a = i + 1;
    }
  }
  out.push({ start: a, end: s.end });
  return out.filter((p) => text.slice(p.start, p.end).trim() !== '');
}

function trimSpan(text: string, s: Span): Span {
  let a = s.start;
  let b = s.end;
  while (a < b && /[\s,;:–—-]/.test(text[a] as string)) a++;
  while (b > a && /[\s,;:.]/.test(text[b - 1] as string)) b--;
  return { start: a, end: b };
}

interface Participant {
  id: string;
  name: string;
  at: number;
}

/** Every mention of every entity, sorted by start, for clause look-ups by binary search. */
interface MentionIndex {
  starts: number[];
  ends: number[];
  owners: Entity[];
}

function indexMentions(entities: Entity[]): MentionIndex {
  const all: Array<[number, number, Entity]> = [];
  for (const e of entities) for (const m of e.mentions) all.push([m.start, m.end, e]);
  all.sort((a, b) => a[0] - b[0]);
  return { starts: all.map((x) => x[0]), ends: all.map((x) => x[1]), owners: all.map((x) => x[2]) };
}

function firstAtOrAfter(xs: number[], v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function participantsIn(index: MentionIndex, spans: Span[]): Participant[] {
  const seen = new Map<string, Participant>();
  for (const s of spans) {
    for (let k = firstAtOrAfter(index.starts, s.start); k < index.starts.length; k++) {
      const start = index.starts[k] as number;
      if (start >= s.end) break;
      if ((index.ends[k] as number) > s.end) continue;
      const e = index.owners[k] as Entity;
      const old = seen.get(e.id);
      if (!old || start < old.at) seen.set(e.id, { id: e.id, name: e.name, at: start });
    }
  }
  return [...seen.values()].sort((a, b) => a.at - b.at);
}

function topicCountry(entities: Entity[]): Entity | undefined {
  let best: Entity | undefined;
  for (const e of entities) {
    if (e.type === 'PLACE' && (!best || e.mentions.length > best.mentions.length)) best = e;
  }
  return best && best.mentions.length >= 2 ? best : undefined;
}

/**
 * The events of a text. Pure: give it the sentences, the temporal expressions (as `tagTimexes`
 * returns them) and the entities, and it returns one event per dated clause.
 */
export function extractEvents(
  text: string,
  sentences: Span[],
  timexes: TemporalExpression[],
  entities: Entity[],
  _lang: Language,
): DatedEvent[] {
  const dated = eventTimexes(timexes);
  const topic = topicCountry(entities);
  const index = indexMentions(entities);
  const out: DatedEvent[] = [];
  let previousSentence: Span | undefined;
  let next = 0;
  for (const s of sentences) {
    const before = previousSentence;
    previousSentence = s;
    while (next < dated.length && (dated[next] as TemporalExpression).start < s.start) next++;
    const here: TemporalExpression[] = [];
    for (let k = next; k < dated.length && (dated[k] as TemporalExpression).start < s.end; k++) {
      here.push(dated[k] as TemporalExpression);
    }
    if (here.length === 0 || isCreditLine(text.slice(s.start, Math.min(s.end, s.start + 40)))) continue;
    const first = here[0] as TemporalExpression;
    // The sentence's subject: named in the clauses before the one with the first date, or
    // "the country" = the text's country.
    const firstClause = cut(text, s, /[;:,]/).find((c) => c.start <= first.start && first.start < c.end + 1);
    const lead = { start: s.start, end: firstClause ? firstClause.start : first.start };
    const subject = participantsIn(index, [lead]).filter((p) => !p.id.startsWith('document:'))[0];
    const subjects: Participant[] = [];
    if (subject) subjects.push(subject);
    else if (topic && refersToCountry(text.slice(s.start, s.end))) {
      subjects.push({ id: topic.id, name: topic.name, at: s.start });
    }
    // `This novel …` / `Бұл роман-эпопея …` / `Этот договор …`: the thing the sentence before named.
    if (before && DEMONSTRATIVE_START.test(text.slice(s.start, Math.min(s.end, s.start + 40)))) {
      const named = participantsIn(index, [before]).filter((p) => /^(?:work|document|event|org):/.test(p.id));
      const thing = named[named.length - 1];
      if (thing && !subjects.some((p) => p.id === thing.id)) subjects.push(thing);
    }
    const fromSentence: DatedEvent[] = [];
    if (here.length === 1) {
      if (!hasContent(text, s, first)) continue;
      fromSentence.push(makeEvent(text, s, first, [s], index, subjects, here, 0.8));
    }
    for (const part of here.length === 1 ? [] : cut(text, s, /[;:]/)) {
      const segs: Segment[] = cut(text, part, /,/).map((p) => ({
        ...p,
        timexes: here.filter((t) => t.start >= p.start && t.start < p.end),
      }));
      const owners: number[] = segs.map((g, k) => {
        if (g.timexes.length > 0) return k;
        for (let b = k - 1; b >= 0; b--) if ((segs[b] as Segment).timexes.length > 0) return b;
        for (let f = k + 1; f < segs.length; f++) if ((segs[f] as Segment).timexes.length > 0) return f;
        return -1;
      });
      // Grouped once, so a clause list of n commas costs O(n), not O(n) per date.
      const owned = new Map<number, Segment[]>();
      segs.forEach((g, x) => {
        const k = owners[x] as number;
        const list = owned.get(k);
        if (list) list.push(g);
        else owned.set(k, [g]);
      });
      segs.forEach((g, k) => {
        for (const t of g.timexes) {
          fromSentence.push(makeEvent(text, s, t, owned.get(k) ?? [g], index, subjects, here, 0.65));
        }
      });
    }
    const kept = dropEchoedDates(text, fromSentence);
    // A clause that names nobody ("the facility was opened", "detonated there") is about what the
    // clause before it, or else the sentence before it, named.
    let lastNamed: DatedEvent | undefined;
    for (const e of kept) {
      if (e.entities.length > 0) {
        lastNamed = e;
        continue;
      }
      const donor = lastNamed ?? (before ? sentenceParticipants(index, before) : undefined);
      if (!donor || donor.entities.length === 0) continue;
      e.entities = [...donor.entities];
      e.entityIds = [...(donor.entityIds ?? [])];
      e.confidence = Math.max(0.1, Math.round((e.confidence + 0.1) * 100) / 100);
    }
    out.push(...kept);
  }
  return out;
}

/** Everyone named in a sentence, as an event-shaped donor of participants. */
function sentenceParticipants(index: MentionIndex, s: Span): Pick<DatedEvent, 'entities' | 'entityIds'> {
  const people = participantsIn(index, [s]);
  return { entities: people.map((p) => p.name), entityIds: people.map((p) => p.id) };
}

/**
 * `two years later, on 29 August 2017` / `Через год, в 1992 году`: a relative date and the date it
 * restates give one event. Of two compatible dates close together, the one written with its year
 * wins; between equals, the finer one.
 */
const ECHO_DISTANCE = 40;

function dropEchoedDates(text: string, events: DatedEvent[]): DatedEvent[] {
  const explicit = events.map((e) => /\d{3,4}/.test(text.slice(e.start ?? 0, e.end ?? 0)));
  const compatible = (a: string, b: string) => a !== b && (a.startsWith(`${b}-`) || b.startsWith(`${a}-`));
  // Only dates less than ECHO_DISTANCE apart can echo each other: with the events ordered by
  // where their dates start, a sliding window finds those neighbours, and the window holds at most
  // a handful of dates (each is at least a character long), so the step is linear in the sentence.
  const order = events.map((_, k) => k).sort((a, b) => (events[a]?.start ?? 0) - (events[b]?.start ?? 0));
  const at = (k: number) => (events[order[k] as number] as DatedEvent).start ?? 0;
  const echoed = new Set<number>();
  let lo = 0;
  for (let k = 0; k < order.length; k++) {
    while (at(k) - at(lo) >= ECHO_DISTANCE) lo++;
    for (let j = lo; j < order.length && at(j) - at(k) < ECHO_DISTANCE; j++) {
      if (j === k) continue;
      const e = order[k] as number;
      const f = order[j] as number;
      const a = events[e] as DatedEvent;
      const b = events[f] as DatedEvent;
      if (!compatible(a.when, b.when)) continue;
      const beaten = explicit[f] !== explicit[e] ? explicit[f] : b.when.length > a.when.length;
      if (beaten) echoed.add(e);
    }
  }
  return events.filter((_, k) => !echoed.has(k));
}

/** A clause that is only its date (a bare number on its own line) says nothing happened. */
function hasContent(text: string, s: Span, t: TemporalExpression): boolean {
  const rest = text.slice(s.start, t.start) + text.slice(t.end, s.end);
  return /\p{L}{2,}/u.test(rest);
}

function makeEvent(
  text: string,
  sentence: Span,
  t: TemporalExpression,
  clause: Span[],
  index: MentionIndex,
  subjects: Participant[],
  sentenceDates: readonly TemporalExpression[],
  base: number,
): DatedEvent {
  let from = Number.POSITIVE_INFINITY;
  let to = 0;
  for (const c of clause) {
    from = Math.min(from, c.start);
    to = Math.max(to, c.end);
  }
  const a = trimSpan(text, { start: from, end: to });
  const people = participantsIn(index, clause);
  for (const subj of subjects) if (!people.some((p) => p.id === subj.id)) people.push(subj);
  const what = describeClause(text, sentence, a, t);
  return {
    when: t.value,
    start: t.start,
    end: t.end,
    what,
    sentence: { start: sentence.start, end: sentence.end },
    entities: people.map((p) => p.name),
    entityIds: people.map((p) => p.id),
    confidence: eventConfidence({
      text,
      sentence,
      timex: t,
      sentenceDates,
      clauseStart: from,
      what,
      participants: people.length,
      base,
    }),
  };
}
