// Article text and file names come from outside. Printed raw, control characters could rewrite the
// terminal (ANSI escapes) or split a one-line error into several; they are shown escaped instead.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const CONTROL_OR_BREAK = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const escapeChar = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Text for a terminal: line breaks and tabs kept, every other control character escaped. */
export function printableText(s: string): string {
  return s.replace(CONTROL, escapeChar);
}

/** One line for a terminal: line breaks escaped too (file names in error lines). */
export function printableLine(s: string): string {
  return s.replace(CONTROL_OR_BREAK, escapeChar);
}
