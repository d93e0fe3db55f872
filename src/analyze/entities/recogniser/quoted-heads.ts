/**
 * A name in quotes beside the head noun of a body (`«Ертіс» футбол клубы`, `клуб «Кайрат»`, `the
 * club "Irtysh"`, `партия «Алаш»`) is that body, whatever the name alone would be: the model reads
 * `Ертіс` as the river and `Кайрат` as a man, because that is what the words are elsewhere. The
 * quoted titles and their type come from the cue nouns of the language packs
 * (`NameGrammar.quotedTitleCues`); only organisations are retyped here, since every model has that type.
 */
import type { EntityType, Span } from '../../types.ts';
import { firstTokenAt } from '../tokens.ts';
import type { ModelName, Recognition } from './index.ts';
import { PLACE_AT, retypedAs } from './place-heads.ts';

/** A quoted name and the type its cue noun gives it; the span is inside the quotes. */
export type QuotedTitle = Span & { type: EntityType };

/** The title whose inner span is `start`..`end`, with any quote marks of the span left out. */
export function titleOf(
  text: string,
  titles: readonly QuotedTitle[],
  start: number,
  end: number,
): QuotedTitle | undefined {
  if (titles.length === 0) return undefined;
  const span = text.slice(start, end);
  const lead = span.length - span.replace(/^[«»"“”„]+/u, '').length;
  const trail = span.length - span.replace(/[«»"“”„]+$/u, '').length;
  const s = start + lead;
  const e = end - trail;
  const t = titles[firstTokenAt(titles, s)];
  return t && t.start === s && t.end === e ? t : undefined;
}

/**
 * `names` with each one that is exactly a quoted organisation's name (quotes or not) read as that
 * organisation, over the inner span, when the model does not rule an organisation out there.
 */
export function retypedByQuotedHead(
  text: string,
  names: ModelName[],
  titles: readonly QuotedTitle[],
  rec: Recognition,
): ModelName[] {
  if (titles.length === 0) return names;
  return names.map((name) => {
    if (name.type === 'ORG') return name;
    const title = titleOf(text, titles, name.start, name.end);
    if (title?.type !== 'ORG') return name;
    const org = rec.confidence(title.start, title.end, 'ORG');
    if (org === undefined || org < PLACE_AT) return name;
    return retypedAs({ ...name, start: title.start, end: title.end }, 'ORG', org);
  });
}
