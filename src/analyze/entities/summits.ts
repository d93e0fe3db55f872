/**
 * Summits named after their host city, linked across languages: `Tashkent Summit`, `Ташкентский
 * саммит ШОС` and `Ташкент саммиті` are one entity, `event:tashkent-summit`. A bare `Саммит ОБСЕ`
 * in a text that names one particular summit is that summit.
 */
import { ALL_PACKS, languagePack } from '../lang/index.ts';
import type { Entity, Language } from '../types.ts';
import { CANONICAL_LANGUAGE, type GazetteerEntry, gazetteerEntries, lookupEntityIds, slugify } from './gazetteer.ts';

const SUMMIT = new RegExp(`^(?:${ALL_PACKS.flatMap((p) => p.names.summitWords).join('|')})$`, 'iu');

function words(s: string): string[] {
  return s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
}

/** The gazetteer place a word names: `Ташкент`, or the city of an adjective (`Ташкентский`). */
function placeOf(word: string, lang: Language): GazetteerEntry | undefined {
  const gaz = gazetteerEntries();
  const place = (forms: string[]) => {
    for (const f of forms) {
      const entry = gaz.get(lookupEntityIds(f)[0] ?? '');
      if (entry?.type === 'PLACE' && !entry.country) return entry;
    }
    return undefined;
  };
  const direct = place([word]);
  const adjective = languagePack(lang).names.cityAdjective;
  if (direct || !adjective || !adjective.test(word)) return direct;
  const stem = word.replace(adjective, '');
  return stem.length >= 4 ? place([stem, `${stem}а`, `${stem}ы`, `${stem}е`]) : undefined;
}

/** Whether a word is the adjective of a known city in `lang` (`Ташкентский`, `Астанинского`). */
export function isCityAdjective(word: string, lang: Language): boolean {
  const adjective = languagePack(lang).names.cityAdjective;
  return !!adjective && adjective.test(word) && placeOf(word, lang) !== undefined;
}

/**
 * Re-keys summit entities the gazetteer does not know by their host city, and folds a generic
 * `Summit of X` into the one specific summit the text names. Returns the entities to keep.
 */
export function linkSummits(entities: Entity[], lang: Language): Entity[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const gaz = gazetteerEntries();
  for (const e of entities) {
    if (e.type !== 'EVENT' || gaz.has(e.id)) continue;
    const ws = words(e.name);
    const at = ws.findIndex((w) => SUMMIT.test(w));
    if (at < 0) continue;
    // The city stands right before the summit word (`Ташкент саммиті`, `Tashkent Summit`, `Ташкентский саммит`).
    const city = at > 0 ? placeOf(ws[at - 1] as string, lang) : undefined;
    if (!city) continue;
    const id = `event:${slugify(city.name)}-summit`;
    if (id === e.id) continue;
    const target = byId.get(id);
    byId.delete(e.id);
    if (target) {
      target.mentions.push(...e.mentions);
      for (const a of e.aliases) if (!target.aliases.includes(a)) target.aliases.push(a);
    } else {
      e.aliases = [...new Set([e.name, ...e.aliases])];
      e.id = id;
      if (lang === CANONICAL_LANGUAGE) e.name = `${city.name} Summit`;
      byId.set(id, e);
    }
  }
  // `Саммит ОБСЕ`, `OSCE summit`: only the summit word and organisation names.
  const summits = [...byId.values()].filter((e) => e.type === 'EVENT' && words(e.name).some((w) => SUMMIT.test(w)));
  const generic = summits.filter((e) =>
    words(e.name).every((w) => SUMMIT.test(w) || lookupEntityIds(w).some((id) => id.startsWith('org:'))),
  );
  const specific = summits.filter((e) => !generic.includes(e));
  if (specific.length === 1 && generic.length > 0) {
    const target = specific[0] as Entity;
    for (const g of generic) {
      target.mentions.push(...g.mentions);
      byId.delete(g.id);
    }
    target.mentions.sort((a, b) => a.start - b.start);
  }
  return [...byId.values()];
}
