import type { Era } from "../calendar";
import type { CellValue } from "../grid";
import type { MoneyUnit } from "../notation/types";
import { excelErrorCode } from "../notation/excelError";
import { figureInUnit } from "./cellInUnit";
import { readFigure, type Body } from "./readBody";
import type { GridView } from "./GridView";
import { readYearLine } from "./findYearAxis";
import { unitFromLabel, type LabelUnit } from "./labelUnit";
import { shownDecimals } from "./shownDecimals";
import type { RecognizeStep, SliceMeter } from "./SliceMeter";
import type { RecognizedCell, RecognizedRow, TableIssue } from "./types";

export interface BuildRowsInput {
  view: GridView;
  body: Body;
  cMin: number;
  labelColumns: number[];
  /** Column naming a row whose last label column is empty (取組 when 指標 is blank), or null. */
  labelFallback: number | null;
  dataCols: number[];
  /** Grid column → the unit its header names or implies (wins over the row label's). */
  columnUnits: readonly (LabelUnit | null)[];
  tableMoney: MoneyUnit | null;
  /** Grid column → fiscal year (years across columns). */
  columnYears: Map<number, { fiscalYear: number }>;
  /** Grid row → fiscal year (years down rows), or null. */
  rowYears: Map<number, { fiscalYear: number }> | null;
  era: Era | null;
}

/**
 * A body row without figures whose cells repeat the column years is the header of a later block
 * (a second block printed with its own year row), not data.
 */
function repeatsYearHeader(input: BuildRowsInput, r: number, i: number): boolean {
  const { view, body, dataCols, columnYears, era } = input;
  if (columnYears.size < 2 || body.parsed[i]!.some((p) => p.kind === "number")) return false;
  const values: CellValue[] = dataCols.map((c) => view.value(r, c));
  const line = readYearLine(values, () => "", era);
  let matches = 0;
  for (const [k, y] of line.years)
    if (columnYears.get(dataCols[k]!)?.fiscalYear === y.fiscalYear) matches++;
  return matches >= 2;
}

/**
 * A label cell that holds an Excel error or a formula nobody calculated: the row's name is
 * unknown, which is reported like an unreadable figure.
 */
function labelIssue(view: GridView, r: number, c: number): TableIssue | null {
  const address = view.address(r, c);
  if (view.notCalculated(r, c)) {
    const text = view.formula(r, c);
    return { address, severity: "error", issue: { code: "table.notCalculated", params: { text } } };
  }
  const v = view.value(r, c);
  const code = typeof v === "string" ? excelErrorCode(v) : null;
  return code === null
    ? null
    : { address, severity: "error", issue: { code, params: { text: v.toString().trim() } } };
}

function rowLabel(input: BuildRowsInput, r: number): string {
  const { view, labelColumns, labelFallback } = input;
  const texts = labelColumns.map((c) => view.text(r, c));
  const last = texts.length - 1;
  if (labelFallback !== null && last > 0 && texts[last] === "")
    texts[last] = view.text(r, labelFallback);
  return texts.filter((t) => t !== "").join(" ");
}

export interface BuiltRows {
  rows: RecognizedRow[];
  /** Body rows that turned out to repeat the year header (a later block's own header). */
  headerRows: number[];
  issues: TableIssue[];
}

/**
 * Rows with their labels (label columns joined with a space, trimmed, as printed) and data cells,
 * and an issue for every data cell that looks like a figure but cannot be read. A row whose label
 * names a unit (「実質公債費比率」 → %) reads its bare figures in that unit instead of the table's
 * money unit, except under a column header that names its own. The second half of recognition:
 * yields whenever the meter's slice is full (every body row counts the table's width).
 *
 * @example finishSteps(buildRowsSteps(input, width, meter)).rows[0]?.label // "福岡県 大川市"
 */
export function* buildRowsSteps(
  input: BuildRowsInput,
  width: number,
  meter: SliceMeter
): Generator<RecognizeStep, BuiltRows> {
  const { view, body, cMin, labelColumns, dataCols, columnYears, rowYears } = input;
  const { columnUnits, tableMoney } = input;
  const rows: RecognizedRow[] = [];
  const headerRows: number[] = [];
  const issues: TableIssue[] = [];
  const count = body.rows.length;
  for (let i = 0; i < count; i++) {
    const r = body.rows[i]!;
    const step = meter.count(width, 0.5 + (i + 1) / count / 2);
    if (repeatsYearHeader(input, r, i)) headerRows.push(r);
    else {
      const label = rowLabel(input, r);
      for (const c of labelColumns) {
        const bad = labelIssue(view, r, c);
        if (bad) issues.push(bad);
      }
      const labelUnit = unitFromLabel(label);
      const parsedRow = body.parsed[i]!;
      // The row's readings now move into its cells: the body's line is let go.
      body.parsed[i] = null;
      const rowYear = rowYears?.get(r)?.fiscalYear ?? null;
      const rowUnit = labelUnit === null ? tableMoney : labelUnit.unit;
      const cells: RecognizedCell[] = dataCols.map((c) => {
        const first = parsedRow[c - cMin]!;
        // Only a figure's unit depends on the label; blanks, dashes and words read the same.
        const parsed =
          labelUnit !== null && (columnUnits[c] ?? null) === null && first.kind === "number"
            ? readFigure(view, r, c, labelUnit, tableMoney)
            : first;
        const raw = view.value(r, c);
        const address = view.address(r, c);
        if (parsed.kind === "invalid")
          issues.push({ address, severity: "error", issue: parsed.issue });
        if (parsed.kind === "number")
          for (const w of parsed.warnings) issues.push({ address, severity: "warning", issue: w });
        const fiscalYear = columnYears.get(c)?.fiscalYear ?? rowYear;
        const decimals = shownDecimals(raw, parsed, view.format(r, c), view.shown(r, c));
        const column = columnUnits[c] ?? null;
        const inUnit = figureInUnit(
          parsed,
          column === null ? rowUnit : column.unit,
          decimals,
          () => view.shown(r, c) ?? view.text(r, c)
        );
        if (inUnit.issue) issues.push({ address, severity: "warning", issue: inUnit.issue });
        return {
          row: view.absRow(r),
          col: view.absCol(c),
          address,
          fiscalYear,
          raw,
          parsed,
          decimals,
          value: inUnit.value,
          unit: inUnit.unit,
          upperValue: inUnit.upperValue,
          valueDecimals: inUnit.valueDecimals,
        };
      });
      rows.push({
        row: view.absRow(r),
        address: view.address(r, labelColumns[0] ?? dataCols[0] ?? cMin),
        label,
        unit: rowUnit,
        cells,
      });
    }
    if (step) yield step;
  }
  return { rows, headerRows, issues };
}
