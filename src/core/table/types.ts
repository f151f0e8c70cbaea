import type { Decimal } from "../decimal";
import type { CellValue } from "../grid";
import type { Era } from "../calendar";
import type { Issue } from "../messages/types";
import type { MoneyUnit, ParsedCell } from "../notation/types";

export interface RecognizeTableOptions {
  /** Era for bare years (「7年度」) when neither the title nor a neighbouring header names one. */
  era?: Era | null;
}

/** One data cell: where it is, the fiscal year it belongs to, what Excel gave and what it means. */
export interface RecognizedCell {
  /** Absolute zero-based sheet row and column. */
  row: number;
  col: number;
  /** Absolute A1 address ("C7"). */
  address: string;
  fiscalYear: number | null;
  raw: CellValue;
  parsed: ParsedCell;
  /**
   * Decimal places the cell shows (`0.0` → 1, printed 「43.0」 → 1), so 43.0 is not shown as 43;
   * null when the cell is not a figure or nothing fixes the places (General: the exact value).
   */
  decimals: number | null;
  /**
   * The figure in `unit`, exactly (decimal): the row's unit when the cell states a unit of the
   * same kind (1億2,000万円 in a 百万円 row → 120; `#,##0"百万円"` 50 in a 千円 row → 50000; `0.0%`
   * 0.125 → 12.5 in %), else the cell's own (12件 in a 円 row stays 12 件, reported as
   * "table.unitMismatch"). Null when the cell is not a figure, or is a figure with a multiplier and
   * no unit in a money row (`4億`: "table.unitMissing", never guessed as 円). Use this, not `parsed.quantity`,
   * for anything that compares or adds figures of a row: `parsed` is the cell as written.
   */
  value: Decimal | null;
  /** The unit of `value` (and `upperValue`); null for a bare figure of a unitless row or a non-figure. */
  unit: string | null;
  /** The upper end of a range or band in `unit` (`10〜20件` → 20, `80%台` → 90, exclusive), else null. */
  upperValue: Decimal | null;
  /**
   * Decimals to show `value` with: `decimals` when nothing was converted; into a smaller unit
   * moved by the conversion (1.5億円 → 150 百万円: 0); into a larger one null, the exact value
   * (1,234千円 → 1.234 百万円).
   */
  valueDecimals: number | null;
}

export interface TableUnitFound {
  money: MoneyUnit | null;
  /** Non-money units the statement names (`(単位：千円・%)` → ["%"]). */
  others: string[];
  source: "caption" | "header" | "none";
  address: string | null;
  /** The unit statement as printed (「単位:百万円」). */
  text: string | null;
}

export interface YearAxis {
  orientation: "columns" | "rows";
  /** `index` is the absolute sheet column (orientation "columns") or row ("rows"). */
  years: { fiscalYear: number; index: number; address: string; label: string }[];
}

export interface RecognizedColumn {
  col: number;
  address: string;
  /** Header text; a multi-row header is joined with " / " (「一般行政部門(R2.4.1) / 職員数(人)」). */
  label: string;
  fiscalYear: number | null;
  /**
   * Unit the header names or implies (「職員数(人)」 → "人", 「高齢化率」 → "%"), or null when it
   * names none or a unitless figure (「財政力指数」). See unitFromLabel.
   */
  unit: string | null;
}

export interface RecognizedRow {
  row: number;
  address: string;
  /**
   * Row label as printed (trimmed); several label columns are joined with a space. A register's
   * item number is kept before the item's name (「1 現年度収納率」); when the name column (指標)
   * is empty in a row, the item column (取組 / 項目名) names it.
   */
  label: string;
  /**
   * Unit of the row's bare figures: the one its label names (「実質公債費比率」 → "%",
   * 「人口(国勢調査ベース)」 → "人"), else the table's money unit; null when neither gives one or
   * the label names a unitless figure (財政力指数). A unit in a column header or in the cell wins.
   */
  unit: string | null;
  cells: RecognizedCell[];
}

export interface TableIssue {
  address: string;
  severity: "error" | "warning";
  issue: Issue;
}

/** What {@link recognizeTable} found in a grid. All rows and columns are absolute sheet indexes. */
export interface TableRecognition {
  title: string | null;
  unit: TableUnitFound;
  headerRows: number[];
  yearAxis: YearAxis | null;
  labelColumns: number[];
  columns: RecognizedColumn[];
  rows: RecognizedRow[];
  issues: TableIssue[];
}
