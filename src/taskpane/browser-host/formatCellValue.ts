import { D, roundDecimal } from "../../core/decimal";
import type { CellValue } from "../../core/grid";

/** One section of a number format (`#,##0` or `"△ "#,##0`), reduced to what the grid draws. */
interface Section {
  prefix: string;
  suffix: string;
  /** The digit placeholders (`#,##0.00`), or null for a section of literals only (`"-"`). */
  pattern: string | null;
  percent: number;
}

// Excel's colour names in a section (`[Red]`): the demo grid does not colour, so they are skipped.
const COLOUR = /^(black|blue|cyan|green|magenta|red|white|yellow|color\d+)$/i;

/** Splits a format into its sections at `;` outside quotes, brackets and escapes. */
function splitSections(format: string): string[] {
  const sections = [""];
  for (let i = 0, quoted = false, bracket = false; i < format.length; i++) {
    const ch = format.charAt(i);
    if (ch === "\\" && !quoted) {
      sections[sections.length - 1] += ch + format.charAt(++i);
      continue;
    }
    if (ch === '"' && !bracket) quoted = !quoted;
    else if (ch === "[" && !quoted) bracket = true;
    else if (ch === "]" && !quoted) bracket = false;
    else if (ch === ";" && !quoted && !bracket) {
      sections.push("");
      continue;
    }
    sections[sections.length - 1] += ch;
  }
  return sections;
}

/** Reads one section; null when it holds anything this formatter does not draw (dates, E+, @…). */
function parseSection(text: string): Section | null {
  const section: Section = { prefix: "", suffix: "", pattern: null, percent: 0 };
  // Asserted, not narrowed: `literal` changes it inside the closure.
  let state = "before" as "before" | "number" | "after";
  const literal = (s: string) => {
    if (state === "number") state = "after";
    if (state === "before") section.prefix += s;
    else section.suffix += s;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '"') {
      const end = text.indexOf('"', i + 1);
      if (end < 0) return null;
      literal(text.slice(i + 1, end));
      i = end;
    } else if (ch === "\\") literal(text.charAt(++i));
    else if (ch === "_") {
      i += 1; // `_)`: a space as wide as ")"
      literal(" ");
    } else if (ch === "*")
      i += 1; // `* `: fill to the column width; a grid cell needs none
    else if (ch === "[") {
      const end = text.indexOf("]", i);
      if (end < 0 || !COLOUR.test(text.slice(i + 1, end))) return null; // [>100], [$-411], [DBNum1]
      i = end;
    } else if (ch === "0" || ch === "#" || ch === "." || ch === ",") {
      // Digits after a literal (`000-0000`) would need a real layout engine.
      if (state === "after") return null;
      state = "number";
      section.pattern = (section.pattern ?? "") + ch;
    } else if (ch === "%") {
      section.percent += 1;
      literal("%");
    } else if (/[A-Za-z@?/]/.test(ch))
      return null; // dates, times, E+, General, text, fractions
    else literal(ch);
  }
  return section;
}

/** The digits of `abs` (≥ 0) as `pattern` lays them out; null for a pattern it cannot read. */
function layoutDigits(abs: number, pattern: string, percent: number): string | null {
  const [intPattern = "", fracPattern, extra] = pattern.split(".");
  if (extra !== undefined || (fracPattern ?? "").includes(",")) return null;
  // Commas after the last integer placeholder divide by 1,000 each (`#,##0,` shows thousands).
  const scale = /,*$/.exec(intPattern)?.[0].length ?? 0;
  const ints = intPattern.slice(0, intPattern.length - scale);
  const thousands = ints.includes(",");
  const minInt = (ints.match(/0/g) ?? []).length;
  const fracDigits = (fracPattern ?? "").length;
  const minFrac = (fracPattern ?? "").replace(/#+$/, "").length;
  // Excel rounds what it shows half away from zero; on the absolute value that is half-up.
  const value = new D(abs).times(new D(100).pow(percent)).div(new D(1000).pow(scale));
  const [intDigits = "0", fracShown = ""] = roundDecimal(value, fracDigits, "half-up")
    .toFixed(fracDigits)
    .split(".");
  let int = intDigits === "0" && minInt === 0 ? "" : intDigits.padStart(minInt, "0");
  if (thousands) int = int.replace(/\B(?=(\d{3})+$)/g, ",");
  let frac = fracShown;
  while (frac.length > minFrac && frac.endsWith("0")) frac = frac.slice(0, -1);
  return fracPattern === undefined ? int : `${int}.${frac}`;
}

/**
 * What Excel would show for a cell under its number format, for the formats finance tables use:
 * thousands separators, fixed decimals (`0.0`, `#,##0.00`), percent, literals in quotes
 * (`"△ "`, `"円"`), the negative and zero sections (`#,##0;"△ "#,##0;"-"`) and colour tags.
 * Any other format (dates, conditions, scientific, General) shows the raw value; text and
 * logical values are shown as Excel shows them, never through the format.
 *
 * @example formatCellValue(-65, '#,##0;"△ "#,##0') // "△ 65"
 * @example formatCellValue(43, "0.0") // "43.0"
 */
export function formatCellValue(value: CellValue, numberFormat: string | undefined): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (numberFormat === undefined || !Number.isFinite(value)) return String(value);
  const sections = splitSections(numberFormat);
  // 1 section: every number, "-" before negatives; 2: ≥ 0 | < 0; 3 or 4: > 0 | < 0 | = 0 | text.
  const index = value < 0 && sections.length > 1 ? 1 : value === 0 && sections.length > 2 ? 2 : 0;
  const section = parseSection(sections[index] ?? "");
  if (!section) return String(value);
  const sign = value < 0 && index === 0 ? "-" : "";
  if (section.pattern === null) return `${sign}${section.prefix}${section.suffix}`;
  const digits = layoutDigits(Math.abs(value), section.pattern, section.percent);
  return digits === null ? String(value) : `${sign}${section.prefix}${digits}${section.suffix}`;
}
