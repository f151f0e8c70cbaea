import type { CellValue, RangeBox } from "../../src/core/grid";

/** The workbook state behind the fake ("the host"): what Excel holds, not what a proxy has loaded. */
export interface FakeCell {
  value: CellValue;
  formula: string | null;
  numberFormat: string;
}

/** A rule as the host keeps it; its id is not stored: it is its priority (position) right now. */
export interface FakeConditionalFormat {
  /** The rule's range: its first area (the bounding one for a single range). */
  box: RangeBox;
  /** Every area of a rule added over a RangeAreas ("A1,B3:C4"). */
  areas?: RangeBox[];
  type: string;
  formula?: string;
  fill?: string;
}

export interface FakeSeries {
  name: string;
  values?: { sheet: string; box: RangeBox };
  xValues?: { sheet: string; box: RangeBox };
  chartType?: string;
  axisGroup?: string;
  fillCleared?: boolean;
  fillColor?: string;
  lineColor?: string;
  lineStyle?: string;
  markerStyle?: string;
  markerBackgroundColor?: string;
  markerForegroundColor?: string;
  hasDataLabels?: boolean;
  dataLabels?: { showValue?: boolean; numberFormat?: string };
  gapWidth?: number;
  overlap?: number;
}

export interface FakeAxis {
  title?: string;
  numberFormat?: string;
  minimum?: number;
  maximum?: number;
}

export interface FakeChart {
  id: string;
  name: string;
  type: string;
  seriesBy: string | undefined;
  title?: string;
  position?: { start: string; end?: string };
  width?: number;
  height?: number;
  series: FakeSeries[];
  legend?: { visible?: boolean; position?: string };
  axes?: { value?: FakeAxis; secondaryValue?: FakeAxis; category?: FakeAxis };
}

/** Worksheet.pageLayout as set (ExcelApi 1.9). */
export interface FakePageLayout {
  orientation?: string;
  paperSize?: string;
  printArea?: string;
  printTitleRows?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  centerFooter?: string;
}

export interface FakeTable {
  name: string;
  box: RangeBox;
}

export interface FakeValidation {
  box: RangeBox;
  /** The list source as given ("増加,減少"). */
  source: string;
  inCellDropDown: boolean;
}

/** One sheet: cells in parallel ragged arrays (a million cell objects would make the bench slow). */
export class FakeSheet {
  readonly values: CellValue[][] = [];
  readonly formats: (string | undefined)[][] = [];
  readonly formulas = new Map<string, string>();
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  readonly charts: FakeChart[] = [];
  /** 「シートの保護」: Excel refuses cell writes and rule changes on the sheet. */
  protected = false;
  /** Column widths in points set through `format.columnWidth`. */
  readonly columnWidths = new Map<number, number>();
  readonly pageLayout: FakePageLayout = {};
  /** Horizontal page breaks: the 1-based row each break goes above. */
  readonly rowBreaks: number[] = [];
  frozenRows = 0;
  /** Worksheet.standardHeight: Excel's default row height with the Japanese default font. */
  standardHeight = 18.75;
  readonly tables: FakeTable[] = [];
  readonly validations: FakeValidation[] = [];
  /** Font settings by "row,col". */
  readonly fonts = new Map<string, { bold?: boolean; size?: number }>();

  constructor(
    public name: string,
    readonly id: string
  ) {}

  get(row: number, col: number): FakeCell {
    return {
      value: this.values[row]?.[col] ?? "",
      formula: this.formulas.get(`${row},${col}`) ?? null,
      numberFormat: this.formats[row]?.[col] ?? "General",
    };
  }

  setValue(row: number, col: number, value: CellValue, formula: string | null): void {
    (this.values[row] ??= [])[col] = value;
    if (formula === null) this.formulas.delete(`${row},${col}`);
    else this.formulas.set(`${row},${col}`, formula);
  }

  setFormat(row: number, col: number, numberFormat: string): void {
    (this.formats[row] ??= [])[col] = numberFormat;
  }

  /** Used box: cells with a value or formula, plus (unless valuesOnly) cells with a format. */
  usedBox(valuesOnly: boolean): RangeBox | null {
    let top = Infinity,
      left = Infinity,
      bottom = -1,
      right = -1;
    const visit = (r: number, c: number) => {
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    };
    this.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== "" || this.formulas.has(`${r},${c}`)) visit(r, c);
      })
    );
    if (!valuesOnly)
      this.formats.forEach((row, r) =>
        row.forEach((f, c) => {
          if (f && f !== "General") visit(r, c);
        })
      );
    return bottom < 0 ? null : { top, left, rows: bottom - top + 1, cols: right - left + 1 };
  }
}

export interface FakeModel {
  sheets: FakeSheet[];
  activeSheet: string;
  selection: string;
  /** Settings as Excel keeps them: JSON text per key. */
  settings: Map<string, string>;
  nextId: number;
}

/** Excel's smallest positive number: anything closer to zero is kept as 0, and there is no -0. */
const EXCEL_MIN_NORMAL = 2.2250738585072014e-308;

/**
 * A number as Excel keeps it: -0 is 0, and a number too small to hold (a subnormal double) is 0.
 *
 * @example excelKeptNumber(-0) // 0
 */
export function excelKeptNumber(n: number): number {
  return Math.abs(n) < EXCEL_MIN_NORMAL ? 0 : n;
}

/** "2018-12-31" or "2018/12/31" as the Excel serial of that day, or null for anything else. */
function dateSerial(text: string): number | null {
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const time = Date.UTC(y, mo - 1, d);
  const back = new Date(time);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    return null;
  return time / 86_400_000 + 25_569;
}

/**
 * What Excel does with a value written through `Range.values` (or `formulas`): into a cell
 * formatted "@" (Text) it stays exactly the string; otherwise Excel types it as a user's entry —
 * "=…" (and "+…", "-…", "@…" that are not numbers) become a formula, numeric text a number
 * ("1,234" too, with "#,##0"), "50%" the number 0.5 with "0%", "2018-12-31" or "2018/12/31" a
 * date serial with "m/d/yyyy" (office-js#229: the cell's format changes to a date), "TRUE"/
 * "FALSE" booleans. Numbers are kept as Excel keeps them (no -0, no subnormals). The fake does
 * not calculate: a formula's value is `formulaResult(formula)`. `numberFormat` is the format
 * Excel gives a General cell for the entry, when it gives one.
 */
export function parseEntry(
  entry: CellValue,
  numberFormat: string,
  formulaResult: (formula: string) => CellValue
): { value: CellValue; formula: string | null; numberFormat?: string } {
  if (typeof entry === "number") return { value: excelKeptNumber(entry), formula: null };
  if (typeof entry !== "string" || numberFormat === "@") return { value: entry, formula: null };
  const trimmed = entry.trim();
  if (trimmed !== "" && !Number.isNaN(Number(trimmed)))
    return { value: excelKeptNumber(Number(trimmed)), formula: null };
  if (/^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(trimmed))
    return { value: Number(trimmed.replace(/,/g, "")), formula: null, numberFormat: "#,##0" };
  const percent = /^([+-]?\d+(?:\.\d+)?)%$/.exec(trimmed);
  if (percent) return { value: Number(percent[1]) / 100, formula: null, numberFormat: "0%" };
  const serial = dateSerial(trimmed);
  if (serial !== null) return { value: serial, formula: null, numberFormat: "m/d/yyyy" };
  if (/^(TRUE|FALSE)$/i.test(trimmed))
    return { value: trimmed.toUpperCase() === "TRUE", formula: null };
  if (entry.startsWith("=")) return { value: formulaResult(entry), formula: entry };
  if (/^[+\-@]/.test(entry)) return { value: formulaResult(`=${entry}`), formula: `=${entry}` };
  return { value: entry, formula: null };
}
