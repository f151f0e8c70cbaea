import { formatMessage } from "../core/messages";
import type { Language } from "../core/messages";
import type { InspectionReport } from "../workflows";
import { displayFigures } from "./format-figure";

export interface InspectionJson {
  file: string;
  sheet: string;
  range: string;
  cellCount: number;
  title: string | null;
  unit: string | null;
  unitSource: "caption" | "header" | "none";
  fiscalYears: number[];
  yearLabels: string[];
  headerRows: number[];
  rowLabels: string[];
  columns: { address: string; label: string; fiscalYear: number | null; unit: string | null }[];
  /**
   * One entry per table row; `values` are exact Decimal strings ("-65", "43"), null when not a
   * figure; `display` is each cell as shown ("△65", "43.0": the decimals of the cell's number
   * format or printed text), "" when blank; `unit` is the row's unit ("%" for 実質公債費比率).
   */
  rows: {
    label: string;
    address: string;
    unit: string | null;
    values: (string | null)[];
    display: string[];
  }[];
  counts: { numbers: number; blanks: number; none: number; texts: number; unreadable: number };
  issues: { address: string; severity: string; code: string; message: string }[];
}

/**
 * The machine-readable form of an inspection (`zaisei inspect --json`). Figures are Decimal
 * strings so that no binary float touches them; blank, dash-only and unreadable cells are null
 * (blank is not zero) and every unreadable cell is listed in `issues` with its reason.
 *
 * @example JSON.stringify(inspectionJson("a.xlsx", report, "ja"))
 */
export function inspectionJson(
  file: string,
  report: InspectionReport,
  lang: Language
): InspectionJson {
  const { recognition: rec, summary } = report;
  const displays = displayFigures(rec);
  const issues: InspectionJson["issues"] = rec.issues.map((i) => ({
    address: i.address,
    severity: i.severity,
    code: i.issue.code,
    message: formatMessage(i.issue, lang),
  }));
  for (const u of summary.unreadable) {
    // The table module may already report an unreadable cell; list each cell and reason once.
    if (!issues.some((i) => i.address === u.address && i.code === u.code)) {
      issues.push({ address: u.address, severity: "error", code: u.code, message: u.message });
    }
  }
  return {
    file,
    sheet: report.ref.sheet,
    range: report.ref.address,
    cellCount: report.cellCount,
    title: rec.title,
    unit: summary.unit,
    unitSource: summary.unitSource,
    fiscalYears: summary.years,
    yearLabels: summary.yearLabels,
    headerRows: rec.headerRows.map((r) => r + 1),
    rowLabels: summary.rowLabels,
    columns: rec.columns.map((c) => ({
      address: c.address,
      label: c.label,
      fiscalYear: c.fiscalYear,
      unit: c.unit,
    })),
    rows: rec.rows.map((r, i) => ({
      label: r.label,
      address: r.address,
      unit: r.unit,
      display: displays[i] ?? [],
      values: r.cells.map((c) =>
        c.parsed.kind === "number" ? c.parsed.quantity.value.toString() : null
      ),
    })),
    counts: {
      numbers: summary.readableNumbers,
      blanks: summary.blanks,
      none: summary.none,
      texts: summary.texts,
      unreadable: summary.unreadable.length,
    },
    issues,
  };
}
