import { boxAddress, type Grid } from "../grid";
import { chooseLabelColumns } from "./chooseLabelColumns";
import { findHeaderRows } from "./findHeaderRows";
import { findColumnYears, findRowYears, type YearLine } from "./findYearAxis";
import { headerEra, headerUnit } from "./headerFacts";
import { GridView } from "./GridView";
import { columnLabel, layoutHeader } from "./layoutHeader";
import { readBodySteps } from "./readBody";
import { itemLabelColumns } from "./itemLabelColumns";
import { unitFromLabel } from "./labelUnit";
import { readCaption } from "./readCaption";
import { buildRowsSteps } from "./buildRows";
import { DEFAULT_SLICE_CELLS, finishSteps, SliceMeter, type RecognizeStep } from "./SliceMeter";
import type {
  RecognizeTableOptions,
  TableIssue,
  TableRecognition,
  TableUnitFound,
  YearAxis,
} from "./types";

const NO_UNIT: TableUnitFound = {
  money: null,
  others: [],
  source: "none",
  address: null,
  text: null,
};

/**
 * Recognises a finance table in a grid (domain.md §4): its title and unit caption, header rows
 * (several, with merged-looking blanks carried right), the fiscal-year axis across columns or down
 * rows (和暦, 西暦, bare years with the era from the title or a neighbouring header, Excel numbers),
 * the row-label columns, and every data cell read as a figure, blank, none, text or invalid with
 * its reason. Blank rows separate blocks and do not end the table. Linear in cells. Runs
 * {@link recognizeTableSteps} to its end in one go.
 *
 * @example recognizeTable(grid).yearAxis?.years.map((y) => y.fiscalYear) // [2020, …, 2030]
 */
export function recognizeTable(grid: Grid, options: RecognizeTableOptions = {}): TableRecognition {
  return finishSteps(recognizeTableSteps(grid, options, Infinity));
}

/**
 * {@link recognizeTable} in slices, for a caller that must stay responsive on a large grid: it
 * yields `{ done: 0, total }` first, then again each time about `sliceCells` cells have been
 * handled by the two per-cell passes (parsing the body, building the rows), and returns the same
 * recognition. The caller decides what happens between slices (a UI yields to the event loop);
 * the work done and its result never depend on where it paused.
 *
 * @example
 * const steps = recognizeTableSteps(grid, {}, 5_000);
 * let next = steps.next();
 * while (!next.done) next = steps.next(); // next.value: the TableRecognition
 */
export function* recognizeTableSteps(
  grid: Grid,
  options: RecognizeTableOptions = {},
  sliceCells: number = DEFAULT_SLICE_CELLS
): Generator<RecognizeStep, TableRecognition> {
  const view = new GridView(grid);
  const meter = new SliceMeter(view.rows * view.cols, sliceCells);
  yield meter.start();
  const caption = readCaption(view);
  const header = findHeaderRows(view, caption.start);
  const layout = layoutHeader(view, header);
  const unit = caption.unit ?? headerUnit(view, header) ?? NO_UNIT;
  const era = headerEra(layout) ?? caption.era ?? options.era ?? null;
  const [cMin, cMax] = view.filledColumns(caption.start);
  const labels = Array.from({ length: view.cols }, (_, c) => columnLabel(layout, c));
  const units = labels.map(unitFromLabel);
  const bodyStart = header.length > 0 ? header[header.length - 1]! + 1 : caption.start;
  const width = Math.max(0, cMax - cMin + 1);
  const body = yield* readBodySteps(view, bodyStart, cMin, cMax, units, unit.money, meter);
  const issues: TableIssue[] = [];

  const colYears = findColumnYears(view, layout, era);
  // Loops, not push(...xs): a spread passes every element as an argument, and a 130,000-row
  // table can have that many issues (the engine's argument limit is far lower).
  for (const i of colYears.issues) issues.push(i);
  let rowYears: YearLine | null = null;
  let yearCol = cMin;
  if (!colYears.best) {
    while (yearCol < cMax && body.stats[yearCol]?.filled === 0) yearCol++;
    rowYears = findRowYears(view, body.rows, yearCol, era);
    if (rowYears) for (const i of rowYears.issues) issues.push(i);
  }
  const columnYears =
    colYears.best?.line.years ?? new Map<number, { fiscalYear: number; label: string }>();
  let firstYearCol: number | null = null;
  for (const c of columnYears.keys())
    if (firstYearCol === null || c < firstYearCol) firstYearCol = c;
  const item = rowYears
    ? null
    : itemLabelColumns(view, body.rows, body.stats, labels, units, cMin, cMax);
  const labelColumns = rowYears
    ? [yearCol]
    : (item?.columns ?? chooseLabelColumns(body.stats, layout, cMin, cMax, firstYearCol));
  const dataCols: number[] = [];
  for (let c = cMin; c <= cMax; c++) {
    if (!labelColumns.includes(c) && ((body.stats[c]?.filled ?? 0) > 0 || labels[c] !== ""))
      dataCols.push(c);
  }

  const built = yield* buildRowsSteps(
    {
      view,
      body,
      cMin,
      labelColumns,
      labelFallback: item?.fallback ?? null,
      dataCols,
      columnUnits: units,
      tableMoney: unit.money,
      columnYears,
      rowYears: rowYears?.years ?? null,
      era,
    },
    width,
    meter
  );
  for (const i of built.issues) issues.push(i);
  const yearRow = colYears.best ? layout.rows[colYears.best.h]! : -1;
  let yearAxis: YearAxis | null = null;
  if (rowYears) {
    const years = [...rowYears.years].map(([r, y]) => ({
      ...y,
      index: view.absRow(r),
      address: view.address(r, yearCol),
    }));
    yearAxis = { orientation: "rows", years };
  } else if (colYears.best) {
    const years = dataCols.flatMap((c) => {
      const y = columnYears.get(c);
      return y ? [{ ...y, index: view.absCol(c), address: view.address(yearRow, c) }] : [];
    });
    if (years.length > 0) yearAxis = { orientation: "columns", years };
  }
  const columns = dataCols.map((c) => {
    let h = layout.printed.length - 1;
    while (h >= 0 && (layout.printed[h]![c] ?? "") === "") h--;
    const r = h >= 0 ? layout.rows[h]! : (body.rows[0] ?? layout.rows[0] ?? 0);
    return {
      col: view.absCol(c),
      address: view.address(r, c),
      label: labels[c] ?? "",
      fiscalYear: columnYears.get(c)?.fiscalYear ?? null,
      unit: units[c]?.unit ?? null,
    };
  });
  if (columns.length === 0 || built.rows.length === 0) {
    const box = {
      top: grid.top,
      left: grid.left,
      rows: Math.max(view.rows, 1),
      cols: Math.max(view.cols, 1),
    };
    issues.push({ address: boxAddress(box), severity: "warning", issue: { code: "table.noData" } });
  }
  return {
    title: caption.title,
    unit,
    headerRows: [...header, ...built.headerRows].map((r) => view.absRow(r)).sort((a, b) => a - b),
    yearAxis,
    labelColumns: labelColumns.map((c) => view.absCol(c)),
    columns,
    rows: built.rows,
    issues,
  };
}
