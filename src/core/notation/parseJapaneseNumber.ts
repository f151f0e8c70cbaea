import { excelErrorCode } from "./excelError";
import { findInvisible } from "./invisibleCharacters";
import { normalizeNumberText } from "./normalizeNumberText";
import { parseQuantity, invalid } from "./parseQuantity";
import { parseInterval } from "./parseInterval";
import { startsLikeNumber } from "./readTail";
import { BLANK_CELL } from "./sharedCells";
import type { MoneyUnit, ParsedCell } from "./types";

export interface ParseNumberOptions {
  /** The table's unit from its caption (`単位:百万円`); applies to bare figures only. */
  tableUnit?: MoneyUnit | null;
}

/** Dashes that mean "none / not computed" when a cell holds nothing else (domain.md §2). */
const DASHES = new Set(["-", "―", "‐", "‑", "‒", "–", "—", "−", "ー", "─", "━", "－"]);
const NONE_WORDS = new Set(["なし", "無し", "該当なし"]);

/**
 * Reads a cell's text as printed in Japanese finance tables (domain.md §2): `△ 65`, `1,234`,
 * `1億2,000万円`, `3.5億円`, `12件`, `99.0%以上`, `80%台`, `10〜20件`. Blank is `blank`, dashes are
 * `none` (never 0), labels are `text`, and a figure that cannot be read safely — `(123)`, `1,23,4`,
 * `12a3` — is `invalid` with the reason. A bare figure takes `tableUnit` as its money unit.
 * Also invalid, never text: an Excel error value (`#DIV/0!`, typed or a formula's cached
 * result), a sign without digits (`△`), two signs (`△△5`, `△-5`), a figure in square or lenticular
 * brackets (`[123]`, `【5】`), and a figure with invisible characters in it (`\u200b123`: pasted
 * text that looks like 123 but is not the number). A label with such characters stays text.
 *
 * @example parseJapaneseNumber("△ 65", { tableUnit: "百万円" }) // number −65 百万円
 * @example parseJapaneseNumber("－") // { kind: "none", text: "－" }
 */
export function parseJapaneseNumber(text: string, options?: ParseNumberOptions): ParsedCell {
  const error = excelErrorCode(text);
  if (error !== null) return invalid(text.trim(), error);
  const tableUnit = options?.tableUnit ?? null;
  const hidden = findInvisible(text);
  if (hidden !== null) {
    const seen = parseVisible(hidden.visible, tableUnit);
    // A label with a stray control character is still a label; a figure with one is not a figure.
    if (seen.kind !== "number" && seen.kind !== "invalid") return seen;
    return invalid(text.trim(), "notation.invisibleCharacters", { codes: hidden.codes.join(" ") });
  }
  return parseVisible(text, tableUnit);
}

function parseVisible(text: string, tableUnit: MoneyUnit | null): ParsedCell {
  const s = normalizeNumberText(text);
  if (s === "") return BLANK_CELL;
  return parseNormalized(s, text.trim(), tableUnit);
}

const SIGNS = "△▲−+-";
/** Opening brackets that never mean a negative or a note around a figure, with their closers. */
const BRACKETS: Readonly<Record<string, string>> = { "[": "]", "【": "】", "〔": "〕", "<": ">" };

/** `△` alone, `△△5`, `△-5`, `+-3`: a sign that is not followed by one figure. */
function misplacedSign(s: string): string | null {
  if (!SIGNS.includes(s.charAt(0)) || isNone(s)) return null;
  let i = 1;
  while (s.charAt(i) === " ") i++;
  if (i === s.length) return "notation.signOnly";
  return SIGNS.includes(s.charAt(i)) && startsLikeNumber(s.slice(i)) ? "notation.doubleSign" : null;
}

/** `[123]`, `【△5】`, `<12>`: a whole cell that is a figure in brackets. */
function bracketedFigure(s: string): boolean {
  const close = BRACKETS[s.charAt(0)];
  if (close === undefined || !s.endsWith(close)) return false;
  const inner = s.slice(1, -1).trim();
  return startsLikeNumber(inner) && parseQuantity(inner, inner, null).kind === "number";
}

function parseNormalized(s: string, original: string, tableUnit: MoneyUnit | null): ParsedCell {
  const first = s.charCodeAt(0);
  // Fast path: most cells start with a digit and hold one figure.
  if (first >= 48 && first <= 57 && s.indexOf("~") < 0 && s.indexOf("〜") < 0)
    return parseQuantity(s, original, tableUnit);
  if (isNone(s)) return { kind: "none", text: original };
  if (first === 40 /* ( */) return parseParenthesised(s, original);
  const sign = misplacedSign(s);
  if (sign !== null) return invalid(original, sign);
  if (bracketedFigure(s)) return invalid(original, "notation.bracketedFigure");
  const tilde = findTilde(s);
  if (tilde >= 0)
    return parseInterval(s.slice(0, tilde).trim(), s.slice(tilde + 1).trim(), original, tableUnit);
  return parseQuantity(s, original, tableUnit);
}

function isNone(s: string): boolean {
  if (NONE_WORDS.has(s)) return true;
  let dots = 0;
  for (const ch of s) {
    if (ch === ".") dots++;
    else if (!DASHES.has(ch)) return false;
  }
  // `…` normalises to `...`; a single `.` is not a mark anyone uses for "none".
  return dots === 0 || (dots === s.length && dots >= 2);
}

function findTilde(s: string): number {
  const a = s.indexOf("〜");
  const b = s.indexOf("~");
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

/**
 * `(123)` / `（△5）`: in 健全化 sheets parentheses usually hold the previous year's value, in
 * accounting they mean a negative. Never guess: a figure in parentheses is invalid with a reason.
 * `(1) 将来負担を見据えた…` is a list label and stays text.
 */
function parseParenthesised(s: string, original: string): ParsedCell {
  const close = s.indexOf(")");
  if (close < 0) return { kind: "text", text: original };
  const inner = s.slice(1, close).trim();
  if (!startsLikeNumber(inner)) return { kind: "text", text: original };
  const after = s.slice(close + 1);
  if (after === "" || parseQuantity("0" + after, after, null).kind === "number") {
    return invalid(original, "notation.ambiguousParentheses");
  }
  return { kind: "text", text: original };
}
