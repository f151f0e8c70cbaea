/**
 * Columns a text takes in a terminal: CJK ideographs, kana and full-width forms take two, the
 * rest one. Enough to line up row labels like 「収支差引額(A-B)」 with 「市税」; not a full
 * East Asian Width table (ambiguous characters such as △ count as one).
 *
 * @example displayWidth("市税(A)") // 7
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    const wide =
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      cp >= 0x20000;
    width += wide ? 2 : 1;
  }
  return width;
}

/** Pads with spaces to a display width, on the right (labels) or the left (figures). */
export function padDisplay(text: string, width: number, side: "end" | "start"): string {
  const pad = " ".repeat(Math.max(0, width - displayWidth(text)));
  return side === "end" ? text + pad : pad + text;
}

/**
 * Cuts a text to at most `max` display columns, ending with "…" when something was cut, so one
 * very long cell does not widen every line of the output.
 *
 * @example truncateDisplay("財政調整基金繰入金", 9) // "財政調整…"
 */
export function truncateDisplay(text: string, max: number): string {
  if (text.length <= max / 2 || displayWidth(text) <= max) return text;
  let out = "";
  let width = 0;
  for (const ch of text) {
    const w = displayWidth(ch);
    if (width + w > max - 1) break;
    out += ch;
    width += w;
  }
  return `${out}…`;
}
