import { D, type Decimal } from "../decimal";
import type { CellValue } from "../grid";
import type { ParsedCell } from "../notation/types";

/** A numeral as printed: 「43.0」, 「1,234.50」 (after NFKC, so 全角 digits are covered). */
const NUMERAL = /\d[\d,]*(?:\.(\d+))?/;

/**
 * The decimal places of the first numeral in a printed text, when that numeral is the figure
 * itself (「99.0%以上」 → 1). A figure folded with a multiplier (「1億2,000万円」 → 120000000) has
 * no printed precision of its own, so null (show the exact value).
 *
 * @example textDecimals("43.0", new D("43")) // 1
 */
export function textDecimals(text: string, value: Decimal): number | null {
  const m = NUMERAL.exec(text.normalize("NFKC"));
  if (!m) return null;
  const printed = new D(m[0].replace(/,/g, ""));
  return printed.eq(value.abs()) ? (m[1]?.length ?? 0) : null;
}

/** Split a format into its sections (positive;negative;zero;text), quotes and brackets kept whole. */
function splitSections(format: string): string[] {
  const sections: string[] = [];
  let start = 0;
  for (let i = 0; i < format.length; i++) {
    const ch = format.charAt(i);
    if (ch === '"' || ch === "[") {
      const close = format.indexOf(ch === '"' ? '"' : "]", i + 1);
      i = close < 0 ? format.length : close;
    } else if (ch === "\\" || ch === "_" || ch === "*") i++;
    else if (ch === ";") {
      sections.push(format.slice(start, i));
      start = i + 1;
    }
  }
  sections.push(format.slice(start));
  return sections;
}

/** Fixed and optional decimal places of one section, or null when it does not fix them. */
type Places = { zeros: number; optional: number } | null;

function sectionPlaces(raw: string): Places {
  const section = raw.trim();
  if (section === "" || /^(general|@)$/i.test(section)) return null;
  let point = false;
  let zeros = 0;
  let optional = 0;
  let placeholders = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section.charAt(i);
    if (ch === '"' || ch === "[") {
      const close = section.indexOf(ch === '"' ? '"' : "]", i + 1);
      i = close < 0 ? section.length : close;
    } else if (ch === "\\" || ch === "_" || ch === "*") i++;
    else if (/[yYmMdDhHsSeEgG@/]/.test(ch))
      return null; // dates, times, exponents, fractions
    else if (ch === "." && !point) point = true;
    else if (ch === "0" || ch === "#" || ch === "?") {
      placeholders = true;
      if (!point) continue;
      if (ch === "0") zeros++;
      else optional++;
    } else if (ch === "," && placeholders && !/[0#?]/.test(section.slice(i + 1))) return null; // `0,` shows thousands
  }
  return placeholders ? { zeros, optional } : null;
}

/** Formats repeat over a sheet (one per column, as a rule): read each once. */
const placesCache = new Map<string, Places[]>();

/**
 * The decimal places an Excel number format shows for a value, from the section that applies
 * (positive;negative;zero): the digit placeholders after the point (`0.0` → 1, `#,##0.00` → 2,
 * `0.0%` → 1 of the percentage; `0.0#` → 1 or 2 as the value needs). Null when the format does
 * not fix them (General, text, dates, exponents, thousands scaling).
 *
 * @example formatDecimals('#,##0.0;"△"#,##0.0', 33, new D(33)) // 1
 */
export function formatDecimals(format: string, value: number, shown: Decimal): number | null {
  let sections = placesCache.get(format);
  if (!sections) {
    sections = splitSections(format).map(sectionPlaces);
    if (placesCache.size < 1000) placesCache.set(format, sections);
  }
  const places =
    value < 0 && sections.length > 1
      ? sections[1]!
      : value === 0 && sections.length > 2
        ? sections[2]!
        : sections[0]!;
  if (places === null) return null;
  const { zeros, optional } = places;
  return optional === 0
    ? zeros
    : Math.max(zeros, Math.min(zeros + optional, shown.decimalPlaces()));
}

/**
 * How many decimals a figure shows, so that 33.0 is printed 33.0 and not 33: the text Excel shows
 * when it is known (`Range.text`), else the number format of a number, else the cell's own text.
 * Null for cells that are not figures and when nothing fixes the places (show the exact value).
 *
 * @example shownDecimals(43, parseCellValue(43, "0.0"), "0.0") // 1
 * @example shownDecimals("99.0", parseCellValue("99.0")) // 1
 */
export function shownDecimals(
  raw: CellValue,
  parsed: ParsedCell,
  format?: string,
  shown?: string
): number | null {
  if (parsed.kind !== "number") return null;
  const value = parsed.quantity.value;
  if (shown !== undefined && shown.trim() !== "") return textDecimals(shown, value);
  if (typeof raw === "number")
    return format === undefined ? null : formatDecimals(format, raw, value);
  return typeof raw === "string" ? textDecimals(raw, value) : null;
}
