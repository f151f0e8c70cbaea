import { D, type Decimal } from "../decimal";
import type { Issue } from "../messages/types";
import { powerOfTen } from "./multipliers";
import type { Comparison, ParsedCell, Quantity } from "./types";
import { NOT_UNITS, SUFFIX_QUALIFIERS, isJapaneseLetter } from "./unitTable";

/** Longest counter word read as a unit: 件, 施設, 人当たり; longer runs are label text. */
const MAX_COUNTER_LENGTH = 4;

/**
 * The Japanese counter word (件 人 施設 事業 校 文字 世帯 …) at `pos`, without a trailing qualifier
 * (`10人超` is 10 人, `>`). Returns "long" when the run of letters is a label or a date word
 * (`1 経営的な視点による…`, `2年度`, `4月1日`): the cell is text, not a count. Null when none.
 *
 * @example readCounterWord("12件以上", 2) // "件"
 */
export function readCounterWord(s: string, pos: number): string | "long" | null {
  let end = pos;
  while (end < s.length && isJapaneseLetter(s.charCodeAt(end))) end++;
  if (end === pos) return null;
  let word = s.slice(pos, end);
  for (const [q] of SUFFIX_QUALIFIERS) {
    if (word.endsWith(q)) {
      word = word.slice(0, word.length - q.length);
      break;
    }
  }
  if (word === "") return null;
  if (word.length > MAX_COUNTER_LENGTH || NOT_UNITS.has(word)) return "long";
  return word;
}

export type Tail =
  | { kind: "ok"; comparison: Comparison; warnings: Issue[]; band: boolean; perYear: boolean }
  | { kind: "stop"; cell: ParsedCell };

/**
 * Reads what follows the unit: a `台` band (`80%台`), `/年` (a yearly change such as `△50件/年`),
 * a qualifier (以上 以下 以内 未満 超 程度 前後), a footnote mark (`※1`), a note in parentheses.
 * Anything else makes the cell text (Japanese words after it) or invalid (`12a3`).
 *
 * @example readTail("99.0%以上", 5, q, "99.0%以上") // ok, comparison "ge"
 */
export function readTail(s: string, start: number, quantity: Quantity, original: string): Tail {
  const n = s.length;
  let pos = skipSpaces(s, start);
  let comparison: Comparison = "eq";
  let band = false;
  let perYear = false;
  const warnings: Issue[] = [];
  if (pos === n) return { kind: "ok", comparison, warnings, band, perYear };
  if (
    s.charCodeAt(pos) === 0x53f0 /* 台 */ &&
    quantity.unit !== null &&
    quantity.unitKind !== "count"
  ) {
    band = true;
    pos++;
  }
  for (let round = 0; round < 2; round++) {
    if (!perYear && s.charCodeAt(pos) === 47 /* / */) {
      const len = s.startsWith("年度", pos + 1) ? 3 : s.startsWith("年", pos + 1) ? 2 : 0;
      if (len > 0) {
        perYear = true;
        pos = skipSpaces(s, pos + len);
      }
    }
    if (comparison !== "eq") continue;
    for (const [word, cmp] of SUFFIX_QUALIFIERS) {
      if (s.startsWith(word, pos)) {
        comparison = cmp;
        pos = skipSpaces(s, pos + word.length);
        break;
      }
    }
  }
  const mark = s.charCodeAt(pos);
  if (mark === 0x203b /* ※ */ || mark === 42 /* * */) {
    let end = pos + 1;
    while (end < n && /[0-9A-Za-z]/.test(s.charAt(end))) end++;
    warnings.push({
      code: "notation.footnoteIgnored",
      params: { text: original, note: s.slice(pos, end) },
    });
    pos = skipSpaces(s, end);
  }
  if (pos === n) return { kind: "ok", comparison, warnings, band, perYear };
  if (s.charCodeAt(pos) === 40 /* ( */ && s.charCodeAt(n - 1) === 41 /* ) */) {
    const note = s.slice(pos + 1, n - 1).trim();
    // `11.3(12.0)`: a second figure in parentheses is a previous-year value or a negative — unknowable.
    if (startsLikeNumber(note))
      return stop({
        kind: "invalid",
        text: original,
        issue: { code: "notation.ambiguousParentheses", params: { text: original } },
      });
    warnings.push({ code: "notation.annotationIgnored", params: { text: original, note } });
    return { kind: "ok", comparison, warnings, band, perYear };
  }
  const rest = s.slice(pos);
  for (let i = 0; i < rest.length; i++) {
    if (rest.charCodeAt(i) > 0x7f) return stop({ kind: "text", text: original });
  }
  return stop({
    kind: "invalid",
    text: original,
    issue: { code: "notation.unexpectedText", params: { text: original, rest } },
  });
}

/** A digit, possibly after a sign: the start of a figure. */
export function startsLikeNumber(s: string): boolean {
  let i = 0;
  const c = s.charCodeAt(0);
  if (c === 0x25b3 || c === 0x25b2 || c === 0x2212 || c === 45 || c === 43) i = 1;
  while (s.charCodeAt(i) === 32) i++;
  const d = s.charCodeAt(i);
  return d >= 48 && d <= 57;
}

/**
 * The width of a `台` band from the figure as printed: `80%台` spans 10, `100万円台` 100 万円,
 * `5%台` 1, `1.5%台` 0.1 — the place of the last significant printed digit.
 */
export function bandWidth(value: Decimal): Decimal {
  const a = value.abs();
  if (!a.isInteger()) return new D(10).pow(-a.decimalPlaces());
  if (a.isZero()) return powerOfTen(0);
  const digits = a.toFixed();
  let k = 0;
  for (let i = digits.length - 1; i >= 0 && digits.charCodeAt(i) === 48; i--) k++;
  return powerOfTen(k);
}

function skipSpaces(s: string, pos: number): number {
  while (s.charCodeAt(pos) === 32) pos++;
  return pos;
}

function stop(cell: ParsedCell): Tail {
  return { kind: "stop", cell };
}
