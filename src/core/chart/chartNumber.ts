import type { Decimal } from "../decimal";

/**
 * Numbers at the chart edge: exact decimals become JS numbers here (and only here), `null` stays
 * a gap. Number formats are the Excel ones the add-in writes (△ for negatives, as 決算 papers
 * print them), and the preview formats labels with the same format so both show the same text.
 */

/** Decimal → number for a chart value; null stays null (a gap, never 0). */
export function toChartNumber(value: Decimal | null): number | null {
  return value === null ? null : Number(value.toString());
}

/** The decimals the data need: the most any value has, at most `max` (3). */
export function decimalsNeeded(values: readonly (Decimal | null)[], max = 3): number {
  let d = 0;
  for (const v of values) if (v !== null) d = Math.max(d, Math.min(max, v.decimalPlaces()));
  return d;
}

/**
 * An Excel number format with △ for negatives and an optional literal suffix.
 *
 * @example triangleFormat(1) // '#,##0.0;"△"#,##0.0'
 * @example triangleFormat(1, "%") // '#,##0.0"%";"△"#,##0.0"%"'
 */
export function triangleFormat(decimals: number, suffix = ""): string {
  const body = decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
  const tail = suffix ? `"${suffix}"` : "";
  return `${body}${tail};"△"${body}${tail}`;
}

interface Section {
  prefix: string;
  suffix: string;
  decimals: number;
  grouping: boolean;
}

function parseSection(section: string): Section {
  const literal = /"([^"]*)"/g;
  const digits = /[#0,]+(?:\.0+)?/.exec(section.replace(literal, (m) => " ".repeat(m.length)));
  if (!digits) return { prefix: unquote(section), suffix: "", decimals: 0, grouping: false };
  const pattern = digits[0];
  const dot = pattern.indexOf(".");
  return {
    prefix: unquote(section.slice(0, digits.index)),
    suffix: unquote(section.slice(digits.index + pattern.length)),
    decimals: dot < 0 ? 0 : pattern.length - dot - 1,
    grouping: pattern.includes(","),
  };
}

/** Decimals shown by a number format's positive section ('#,##0.0"%"' → 1). */
export function formatDecimals(numberFormat: string): number {
  return parseSection(numberFormat.split(";")[0] ?? "").decimals;
}

function unquote(text: string): string {
  return text.replace(/"([^"]*)"/g, "$1").replace(/\\(.)/g, "$1");
}

function groupDigits(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * Formats a value as Excel would with the subset of number formats the add-in writes: up to two
 * sections (positive;negative), quoted literals, `#,##0` grouping and fixed decimals. Rounds half
 * away from zero, as Excel's display does.
 *
 * @example formatChartNumber(-1500, '#,##0;"△"#,##0') // "△1,500"
 */
export function formatChartNumber(value: number, numberFormat: string): string {
  const sections = numberFormat.split(";");
  const negative = value < 0 && sections.length > 1;
  const section = parseSection((negative ? sections[1] : sections[0]) ?? "");
  const abs = negative ? -value : value;
  const factor = 10 ** section.decimals;
  const rounded = (Math.sign(abs) * Math.round(Math.abs(abs) * factor + 1e-9)) / factor;
  const fixed = Math.abs(rounded).toFixed(section.decimals);
  const [whole = "0", frac] = fixed.split(".");
  const sign = rounded < 0 ? "-" : "";
  const text = (section.grouping ? groupDigits(whole) : whole) + (frac ? `.${frac}` : "");
  return `${section.prefix}${sign}${text}${section.suffix}`;
}
