/**
 * Characters a cell can hold without showing them: C0/C1 controls other than tab and line breaks
 * (those are blanks, trimmed or rejected by the reader), zero-width space/joiners, word joiner,
 * soft hyphen, BOM, bidirectional marks and isolates. Pasted web or PDF text brings them in; Excel shows
 * 「1,234」 but the cell is not the number 1,234.
 */
const INVISIBLE_CLASS =
  "[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]";
const INVISIBLE = new RegExp(INVISIBLE_CLASS, "g");
/** Without the global flag: `test` keeps no lastIndex between calls. */
const ANY_INVISIBLE = new RegExp(INVISIBLE_CLASS);

/**
 * The invisible characters of a text as code points ("U+200B"), in order of first appearance,
 * and the text without them; null when it has none.
 *
 * @example findInvisible("\u200b123") // { codes: ["U+200B"], visible: "123" }
 */
export function findInvisible(text: string): { codes: string[]; visible: string } | null {
  if (!ANY_INVISIBLE.test(text)) return null;
  const codes: string[] = [];
  for (const m of text.matchAll(INVISIBLE)) {
    const code = `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
    if (!codes.includes(code)) codes.push(code);
  }
  return { codes, visible: text.replace(INVISIBLE, "") };
}
