/**
 * Reads gold temporal keys: WikiWars TIMEX2 (`*.key.xml`, possibly nested tags; the outermost
 * count) and TimeML TIMEX3 (`*.tml`). Offsets are UTF-16 code units into the tag-stripped text.
 */

export interface GoldTimex {
  start: number;
  end: number;
  value: string;
  mod: string;
}

export interface GoldDocument {
  name: string;
  text: string;
  gold: GoldTimex[];
  /** Document creation date (TimeML DCT; WikiWars was collected on 2009-12-19). */
  dct: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the HTML character references the keys contain (`&amp;`, `&#169;`, `&#x2013;`). */
export function unescapeHtml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number(ref.slice(1)));
    return ENTITIES[ref] ?? whole;
  });
}

const attrs = (s: string): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(/(\w+)="([^"]*)"/g)) out[m[1] as string] = m[2] as string;
  return out;
};

/** Parses one key file's content; `name` ending in `.tml` selects TimeML. */
export function parseKey(name: string, raw: string): GoldDocument {
  const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(raw)?.[1];
  if (body === undefined) throw new Error(`${name}: no <TEXT> element`);
  const dct = /<DCT>[\s\S]*?value="([^"]+)"/.exec(raw)?.[1]?.slice(0, 10) ?? '2009-12-19';
  const timeml = name.endsWith('.tml');
  const tag = timeml ? /<(\/?)([A-Z0-9]+)([^>]*)>/g : /<(\/?)(TIMEX2|DATETIME)([^>]*)>/g;
  const wanted = timeml ? 'TIMEX3' : 'TIMEX2';
  let text = '';
  let last = 0;
  const stack: { start: number; attrs: Record<string, string> }[] = [];
  const gold: GoldTimex[] = [];
  for (const m of body.matchAll(tag)) {
    text += unescapeHtml(body.slice(last, m.index));
    last = (m.index as number) + m[0].length;
    if (m[2] !== wanted) continue;
    if (m[1] === '') stack.push({ start: text.length, attrs: attrs(m[3] as string) });
    else {
      const open = stack.pop();
      if (open && stack.length === 0) {
        gold.push({
          start: open.start,
          end: text.length,
          value: open.attrs[timeml ? 'value' : 'val'] ?? '',
          mod: open.attrs.mod ?? '',
        });
      }
    }
  }
  text += unescapeHtml(body.slice(last));
  return { name, text, gold, dct };
}
