/**
 * A date as an editor types it, in the form the store keeps (TIMEX3 values and ISO intervals):
 * `1995-1999`, `1995–1999`, `1995 — 1999`, `1995/1999` → `1995/1999`; `29.08.1991` → `1991-08-29`,
 * `08.1991` → `1991-08`; a range of such dates likewise. Anything else is given back trimmed, for
 * the store to accept or refuse with its own message.
 *
 * @example typedWhen('1995–1999') // '1995/1999'
 */
export function typedWhen(input: string): string {
  const text = input.trim().replace(/\s+/g, ' ');
  // Two years joined by a dash of any kind or a slash: a range, not the ISO month `1995-19`.
  const years = /^(\d{3,4}) ?[-–—/] ?(\d{3,4})$/.exec(text);
  if (years) return `${years[1]}/${years[2]}`;
  // Two dates joined by a spaced dash, an en or em dash, or a slash.
  const parts = text.split(/ [-–—] |[–—]| ?\/ ?/);
  if (parts.length === 2) return parts.map(oneDate).join('/');
  return oneDate(text);
}

/** `29.08.1991` → `1991-08-29`, `8.1991` → `1991-08`; other text unchanged. */
function oneDate(text: string): string {
  const day = /^(\d{1,2})\.(\d{1,2})\.(\d{3,4})$/.exec(text);
  if (day) return `${day[3]!.padStart(4, '0')}-${day[2]!.padStart(2, '0')}-${day[1]!.padStart(2, '0')}`;
  const month = /^(\d{1,2})\.(\d{3,4})$/.exec(text);
  if (month) return `${month[2]!.padStart(4, '0')}-${month[1]!.padStart(2, '0')}`;
  return text.trim();
}
