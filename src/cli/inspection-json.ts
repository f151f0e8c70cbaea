import { formatMessage } from "../core/messages";
import type { Language } from "../core/messages";
import type { RecognizedRow, TableRecognition } from "../core/table";
import type { InspectionReport } from "../workflows";
import { displayFigures } from "./format-figure";

type JsonRow = InspectionJson["rows"][number];
type JsonIssue = InspectionJson["issues"][number];

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
   * One entry per table row; `values` are exact Decimal strings ("-65", "43") in the unit of the
   * same position in `units`, null when not a figure; `units` is each value's unit — the row's
   * unit (`unit`) unless the cell states a unit of another kind that cannot be converted (「12件」
   * in a 円 row keeps 件): a cell's own unit of the same kind is converted (「1億2,000万円」 in a
   * 百万円 row is "120"); `display` is each cell as shown ("△65", "43.0": the decimals of the
   * cell's number format or printed text), "" when blank; `unit` is the row's unit ("%" for
   * 実質公債費比率).
   */
  rows: {
    label: string;
    address: string;
    unit: string | null;
    values: (string | null)[];
    units: (string | null)[];
    display: string[];
  }[];
  counts: { numbers: number; blanks: number; none: number; texts: number; unreadable: number };
  issues: { address: string; severity: string; code: string; message: string }[];
}

/** Everything but the per-row and per-issue lists, which can hold millions of entries. */
export type InspectionJsonHead = Omit<InspectionJson, "rows" | "counts" | "issues">;

/**
 * The figures of one row as shown (core's displayFigures, the task pane's logic), asked one row
 * at a time so that the shown texts of five million cells are never all held at once.
 *
 * @example rowDisplays(rec, rec.rows[0]!) // ["5,159", "△65", ""]
 */
export function rowDisplays(recognition: TableRecognition, row: RecognizedRow): string[] {
  return displayFigures({ ...recognition, rows: [row] })[0] ?? [];
}

/** The head of the document: where, what, the year axis and the columns. */
export function inspectionJsonHead(file: string, report: InspectionReport): InspectionJsonHead {
  const { recognition: rec, summary } = report;
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
  };
}

/** Each table row with its exact values and its figures as shown, one at a time. */
export function* inspectionJsonRows(report: InspectionReport): Generator<JsonRow> {
  const rec = report.recognition;
  for (const r of rec.rows) {
    yield {
      label: r.label,
      address: r.address,
      unit: r.unit,
      display: rowDisplays(rec, r),
      values: r.cells.map((c) => (c.value === null ? null : c.value.toString())),
      units: r.cells.map((c) => (c.value === null ? null : c.unit)),
    };
  }
}

export function inspectionJsonCounts(report: InspectionReport): InspectionJson["counts"] {
  const s = report.summary;
  return {
    numbers: s.readableNumbers,
    blanks: s.blanks,
    none: s.none,
    texts: s.texts,
    unreadable: s.unreadable.length,
  };
}

/**
 * The table module's issues, then each unreadable cell it did not already report (one entry per
 * cell and reason: a set, so 140,000 unreadable cells cost 140,000 look-ups, not 140,000²).
 */
export function* inspectionJsonIssues(
  report: InspectionReport,
  lang: Language
): Generator<JsonIssue> {
  const seen = new Set<string>();
  for (const i of report.recognition.issues) {
    seen.add(`${i.address}\u0000${i.issue.code}`);
    yield {
      address: i.address,
      severity: i.severity,
      code: i.issue.code,
      message: formatMessage(i.issue, lang),
    };
  }
  for (const u of report.summary.unreadable) {
    if (seen.has(`${u.address}\u0000${u.code}`)) continue;
    seen.add(`${u.address}\u0000${u.code}`);
    yield { address: u.address, severity: "error", code: u.code, message: u.message };
  }
}

/**
 * The machine-readable form of an inspection (`zaisei inspect --json`) as one object. Figures
 * are Decimal strings so that no binary float touches them; blank, dash-only and unreadable cells
 * are null (blank is not zero) and every unreadable cell is listed in `issues` with its reason.
 * The CLI writes the same document piece by piece ({@link inspectionJsonPieces}).
 *
 * @example JSON.stringify(inspectionJson("a.xlsx", report, "ja"))
 */
export function inspectionJson(
  file: string,
  report: InspectionReport,
  lang: Language
): InspectionJson {
  return {
    ...inspectionJsonHead(file, report),
    rows: Array.from(inspectionJsonRows(report)),
    counts: inspectionJsonCounts(report),
    issues: Array.from(inspectionJsonIssues(report, lang)),
  };
}

/** A JSON array written one element per line: "[]" when empty. */
function* arrayPieces<T>(items: Iterable<T>, indent: string): Generator<string> {
  let first = true;
  for (const item of items) {
    yield `${first ? "[\n" : ",\n"}${indent}  ${JSON.stringify(item)}`;
    first = false;
  }
  yield first ? "[]" : `\n${indent}]`;
}

/**
 * The JSON document of {@link inspectionJson}, as pieces to write one after another: the head
 * indented, then one line per row and per issue, so that five million cells never become one
 * string (V8 strings stop at about 512 MB) and the output starts before the end is built.
 *
 * @example for (const piece of inspectionJsonPieces(file, report, "ja")) out.write(piece)
 */
export function* inspectionJsonPieces(
  file: string,
  report: InspectionReport,
  lang: Language
): Generator<string> {
  const head = JSON.stringify(inspectionJsonHead(file, report), null, 2);
  yield `${head.slice(0, head.lastIndexOf("}")).trimEnd()},\n  "rows": `;
  yield* arrayPieces(inspectionJsonRows(report), "  ");
  yield `,\n  "counts": ${JSON.stringify(inspectionJsonCounts(report))},\n  "issues": `;
  yield* arrayPieces(inspectionJsonIssues(report, lang), "  ");
  yield "\n}\n";
}
