/** A negative or plus marker, then blanks, then a digit: `△ 65` as printed in 予算書. */
const MARKER_SPACE = /([△▲−+-])\s+(?=[0-9.])/g;

/**
 * Normalises a cell's text for reading numbers (domain.md §2): NFKC folds 全角 digits and
 * `，．％＋－（）：` to ASCII, `△`/`▲` are kept (NFKC leaves them alone), the text is trimmed,
 * and blanks between a negative marker and its digits are removed. `、` is left as it is: it
 * separates list items and is never a thousands separator.
 *
 * @example normalizeNumberText("　△ １，２３４．５ ") // "△1,234.5"
 */
export function normalizeNumberText(text: string): string {
  let s = text;
  // NFKC is the identity on printable ASCII; skipping it keeps the common case fast.
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 0x7e) {
      s = s.normalize("NFKC");
      break;
    }
  }
  s = s.trim();
  if (s.indexOf(" ") >= 0 || s.indexOf("\t") >= 0) s = s.replace(MARKER_SPACE, "$1");
  return s;
}
