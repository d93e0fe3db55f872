import { createHash } from 'node:crypto';
import type { Analysis, ClaimKind, EntityType, Language } from '../../analyze/types.ts';
import type { ArticleInput } from '../types.ts';

/**
 * Hand-built store inputs for tests and benchmarks: a text made of sentences, with entities,
 * dated events and claims given by the words they cover, so store tests never depend on how
 * good the analysers are. Offsets are computed from the text.
 */
export interface FixtureSentence {
  text: string;
  /** Dated event stated by this sentence: its TIMEX3 value, the date's words, and participant ids. */
  event?: { when: string; dateText: string; entityIds: string[]; confidence?: number };
  claim?: { text: string; kind: ClaimKind; value: number; subject?: string; unit?: string };
}

export interface FixtureEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases?: string[];
  /** Surface forms to find as mentions in the text (default: the name). */
  forms?: string[];
  coordinates?: { lat: number; lon: number };
}

export interface FixtureArticle {
  sourceId?: string | null;
  site?: string | null;
  path?: string;
  language: Language;
  title: string;
  sentences: FixtureSentence[];
  entities?: FixtureEntity[];
  /** Extra dates (TIMEX3 values) the text mentions outside events, for year filters. */
  dates?: string[];
}

export function buildArticle(a: FixtureArticle): ArticleInput {
  const text = [a.title, ...a.sentences.map((s) => s.text)].join('\n');
  const analysis: Analysis = {
    language: a.language,
    sentences: [],
    timexes: [],
    entities: [],
    events: [],
    claims: [],
  };
  let offset = a.title.length + 1;
  for (const s of a.sentences) {
    const sentence = { start: offset, end: offset + s.text.length };
    analysis.sentences.push(sentence);
    if (s.event) {
      const at = s.text.indexOf(s.event.dateText);
      if (at < 0) throw new Error(`fixture: "${s.event.dateText}" not in "${s.text}"`);
      const start = offset + at;
      const end = start + s.event.dateText.length;
      const type = s.event.when.includes('/') ? 'INTERVAL' : 'DATE';
      analysis.timexes.push({ start, end, text: s.event.dateText, type, value: s.event.when });
      const names = s.event.entityIds.map((id) => a.entities?.find((e) => e.id === id)?.name ?? id);
      analysis.events.push({
        when: s.event.when,
        start,
        end,
        what: s.text,
        sentence,
        entities: names,
        entityIds: s.event.entityIds,
        confidence: s.event.confidence ?? 0.8,
      });
    }
    if (s.claim) {
      const at = s.text.indexOf(s.claim.text);
      if (at < 0) throw new Error(`fixture: "${s.claim.text}" not in "${s.text}"`);
      analysis.claims.push({
        start: offset + at,
        end: offset + at + s.claim.text.length,
        text: s.claim.text,
        kind: s.claim.kind,
        value: s.claim.value,
        ...(s.claim.subject ? { subject: s.claim.subject } : {}),
        ...(s.claim.unit ? { unit: s.claim.unit } : {}),
      });
    }
    offset = sentence.end + 1;
  }
  for (const value of a.dates ?? []) {
    analysis.timexes.push({ start: 0, end: 0, text: '', type: 'DATE', value });
  }
  for (const e of a.entities ?? []) {
    const mentions = [];
    for (const form of e.forms ?? [e.name]) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
        mentions.push({ start: at, end: at + form.length, text: form });
      }
    }
    analysis.entities.push({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases ?? [],
      mentions,
      ...(e.coordinates ? { coordinates: e.coordinates } : {}),
    });
  }
  const path = a.path ?? `/fixtures/${a.sourceId ?? a.title.replace(/\W+/g, '-')}.txt`;
  return {
    site: a.site === undefined ? 'example.org' : a.site,
    sourceId: a.sourceId === undefined ? null : a.sourceId,
    path,
    format: 'text',
    hash: createHash('sha256').update(text).digest('hex'),
    text,
    meta: {
      id: a.sourceId ?? null,
      site: a.site ?? 'example.org',
      language: a.language,
      title: a.title,
      epigraph: null,
      lead: null,
      author: null,
      authorRole: null,
      paragraphs: [{ start: a.title.length + 1, end: text.length }],
    },
    analysis,
  };
}
