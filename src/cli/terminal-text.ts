/**
 * Characters that must never reach a terminal raw from a cell, a sheet name or a file name:
 * C0 controls (ESC starts escape sequences that can rewrite the screen or the title bar), DEL,
 * C1 controls (U+009B is a one-character CSI), line and paragraph separators, and the invisible
 * format characters that reorder or hide text (bidi embeddings, overrides and isolates, the
 * Arabic letter mark, zero-width spaces and joiners, word joiner, invisible operators, BOM) —
 * "Trojan Source", CVE-2021-42574.
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;

/** The escape shown for one character: `\x1b` up to U+00FF, `\u202e` above. */
function escapeChar(ch: string): string {
  const code = ch.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, "0")}`
    : `\\u${code.toString(16).padStart(4, "0")}`;
}

/**
 * Text as it may be printed: every unsafe character shown as its escape (`\x1b`, `\u202e`), the
 * rest unchanged. Tabs and line breaks inside a cell are escaped too, so one cell stays on one line.
 *
 * @example escapeForTerminal("市税\u0007") // "市税\\x07"
 */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/** Whether a text holds any character {@link escapeForTerminal} would escape. */
export function hasUnsafeCharacters(text: string): boolean {
  UNSAFE.lastIndex = 0;
  const found = UNSAFE.test(text);
  UNSAFE.lastIndex = 0;
  return found;
}
