import type { CellValue } from "../grid";
import type { Decimal } from "../decimal";
import type { Issue } from "../messages/types";
import { convertMoney, isMoneyUnit, parseCellValue } from "../notation";
import type { Comparison } from "../notation";

/** One cell of a register read as a figure, a text, or nothing; an unreadable cell says why. */
export type KpiCellReading =
  | { kind: "blank" }
  | {
      kind: "number";
      value: Decimal;
      /** The unit the cell itself states (500万円, 99.0%以上), else the column's, else null. */
      unit: string | null;
      comparison: Comparison;
      upper: Decimal | null;
      upperExclusive: boolean;
      text: string;
    }
  | { kind: "text"; text: string }
  | { kind: "invalid"; text: string; reason: Issue };

/** Control characters other than tab and line breaks: removed from texts (they print as nothing). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** A text cell as written, without control characters and surrounding spaces; "" for none. */
export function cleanText(value: CellValue | undefined): string {
  if (value === undefined || value === "" || typeof value === "boolean") return "";
  return String(value).replace(CONTROL, "").trim();
}

/** Dash-only cells (－, ―, -) mean "none", like a blank. */
export function isDash(text: string): boolean {
  return /^[-－―ー—–‐−‒]+$/.test(text);
}

/** Folds ％ → %, width and spaces so that a unit written in two ways compares equal. */
export function foldUnit(unit: string | null): string | null {
  if (unit === null) return null;
  const u = unit.normalize("NFKC").replace(/\s+/g, "");
  return u === "" ? null : u;
}

function invalid(text: string, issue: Issue, cell: string): KpiCellReading {
  const code = issue.code.startsWith("notation.excelError")
    ? "kpiRegister.errorValue"
    : issue.code === "notation.dateValue"
      ? "kpiRegister.dateInNumber"
      : "kpiRegister.unreadableNumber";
  return { kind: "invalid", text, reason: { code, params: { cell, text } } };
}

/**
 * Reads one cell where a figure may stand: blank and dash are nothing, a number (under its
 * format: 0.0% is percent) or a printed figure (500万円, 80%台, 99.0%以上, △150) is a number with
 * the unit it states, other text is text, and what cannot be read safely (an Excel error, a date,
 * 12 with a control character) is invalid with the cell and the reason. `shown` is the cell's
 * text as Excel shows it (35%), kept as the figure's text when given.
 */
export function readKpiCell(
  value: CellValue | undefined,
  numberFormat: string | undefined,
  cell: string,
  columnUnit: string | null,
  shown?: string
): KpiCellReading {
  if (value === undefined || value === "") return { kind: "blank" };
  if (typeof value === "string" && isDash(value.trim())) return { kind: "blank" };
  const parsed = parseCellValue(value, numberFormat);
  const text = typeof value === "string" ? value.trim() : shown?.trim() || String(value);
  switch (parsed.kind) {
    case "blank":
    case "none":
      return { kind: "blank" };
    case "text":
      return { kind: "text", text: cleanText(parsed.text) };
    case "invalid":
      return invalid(parsed.text, parsed.issue, cell);
    case "number":
      return {
        kind: "number",
        value: parsed.quantity.value,
        unit: foldUnit(parsed.quantity.unit) ?? foldUnit(columnUnit),
        comparison: parsed.comparison,
        upper: parsed.upper?.value ?? null,
        upperExclusive: parsed.upperExclusive ?? false,
        text,
      };
  }
}

/**
 * A figure in the row's unit: money is converted (500万円 in a 千円 row → 5000), a figure with
 * no unit or the row's unit is taken as it is, any other unit (件 where 円 belongs) is refused.
 */
export function inRowUnit(
  value: Decimal,
  unit: string | null,
  rowUnit: string | null
): Decimal | null {
  if (unit === null || rowUnit === null || unit === rowUnit) return value;
  if (isMoneyUnit(unit) && isMoneyUnit(rowUnit)) return convertMoney(value, unit, rowUnit);
  return null;
}
