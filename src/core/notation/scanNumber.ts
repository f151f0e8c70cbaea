/** What {@link scanNumber} read: the digits without separators, or why they cannot be read. */
export interface ScannedNumber {
  /** Index just after the number. */
  end: number;
  /** The figure without thousands separators, e.g. "1234.5"; "" when `error` is set. */
  digits: string;
  /** Digits after the decimal point (0 for an integer). */
  fractionDigits: number;
  error?: "notation.badThousands" | "notation.malformedNumber";
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Reads an unsigned decimal figure at `pos` in normalised text: digits, thousands separators in
 * groups of three (`1,234,567`; `1,23,4` is rejected, not guessed), an optional fraction.
 * Returns null when no figure starts at `pos`.
 *
 * @example scanNumber("1,234.5円", 0) // { end: 7, digits: "1234.5", fractionDigits: 1 }
 */
export function scanNumber(s: string, pos: number): ScannedNumber | null {
  const n = s.length;
  let i = pos;
  let c = s.charCodeAt(i);
  const startsWithPoint = c === 46 && isDigit(s.charCodeAt(i + 1));
  if (!isDigit(c) && !startsWithPoint) return null;
  let digits = "";
  let runStart = i;
  let firstGroup = -1;
  // Integer part, with optional thousands separators.
  while (i < n) {
    c = s.charCodeAt(i);
    if (isDigit(c)) {
      i++;
      continue;
    }
    if (c !== 44) break;
    const groupLength = i - runStart;
    if (firstGroup < 0 ? groupLength < 1 || groupLength > 3 : groupLength !== 3)
      return bad(i, "notation.badThousands");
    if (firstGroup < 0) firstGroup = groupLength;
    digits += s.slice(runStart, i);
    i++;
    runStart = i;
  }
  if (firstGroup >= 0 && i - runStart !== 3) return bad(i, "notation.badThousands");
  digits += s.slice(runStart, i);
  if (c !== 46 || i >= n) return { end: i, digits, fractionDigits: 0 };
  // Fraction: a point must be followed by digits, and only one point is allowed (`1..2`, `1.2.3`).
  const pointAt = i;
  i++;
  while (i < n && isDigit(s.charCodeAt(i))) i++;
  const fractionDigits = i - pointAt - 1;
  if (fractionDigits === 0) return bad(i, "notation.malformedNumber");
  const next = s.charCodeAt(i);
  if (next === 46) return bad(i, "notation.malformedNumber");
  if (next === 44) return bad(i, "notation.badThousands");
  return { end: i, digits: digits + s.slice(pointAt, i), fractionDigits };
}

function bad(end: number, error: NonNullable<ScannedNumber["error"]>): ScannedNumber {
  return { end, digits: "", fractionDigits: 0, error };
}
