/**
 * Text width without a DOM: full-width characters (kana, kanji, full-width forms) take 1em,
 * others about 0.58em — close enough for the preview's layout in a Japanese UI font.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.58;
  return em * fontSize;
}

/** The text cut to fit `width` with "…" at the end (the whole text when it fits). */
export function fitText(text: string, fontSize: number, width: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidth(`${chars.join("")}…`, fontSize) > width) chars.pop();
  return chars.length ? `${chars.join("")}…` : "";
}

/** The text broken into at most `maxLines` lines of `width`; the last line is cut with "…" when text remains. */
export function wrapText(
  text: string,
  fontSize: number,
  width: number,
  maxLines: number
): string[] {
  const chars = [...text];
  const lines: string[] = [];
  let line = "";
  let i = 0;
  for (; i < chars.length && lines.length < maxLines - 1; i++) {
    const ch = chars[i] ?? "";
    if (line && textWidth(line + ch, fontSize) > width) {
      lines.push(line);
      line = "";
    }
    line += ch;
  }
  const rest = line + chars.slice(i).join("");
  if (rest) lines.push(fitText(rest, fontSize, width));
  return lines.slice(0, maxLines);
}
