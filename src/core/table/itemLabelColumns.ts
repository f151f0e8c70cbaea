import type { CellValue } from "../grid";
import type { ColumnStats } from "./chooseLabelColumns";
import type { GridView } from "./GridView";
import type { LabelUnit } from "./labelUnit";

export interface ItemLabel {
  /** Grid columns of the label: the item number, then the column that names the item. */
  columns: number[];
  /** Grid column that names a row whose name column is empty (取組 / 項目名 when 指標 is blank). */
  fallback: number | null;
}

/** Item numbers are small: four digits would as likely be a year (2025) or a figure. */
const MAX_ITEM_NUMBER = 999;
/** Headers of the column a KPI register names each row by: the indicator. */
const INDICATOR_HEADER = /^(?:成果|評価)?(?:指標|KPI)(?:名)?$/i;
/** Headers of the column naming the measure (取組) the indicator belongs to. */
const ITEM_HEADER = /^(?:(?:取組|項目|事業|事務事業)(?:名|項目)?|名称)$/;

function itemNumber(v: CellValue): number | null {
  if (typeof v === "number") return Number.isInteger(v) ? v : null;
  const t = v.toString().normalize("NFKC").trim();
  return /^\d{1,3}$/.test(t) ? Number(t) : null;
}

/**
 * Whether a column numbers the rows rather than holding data: only whole numbers 0–999, at least
 * two, never decreasing down the body (an item with several indicators repeats its number:
 * 6, 6, 6), and its header names no unit.
 *
 * @example isItemNumberColumn(view, bodyRows, 0, stats[0], null) // true for a register's 「No」
 */
export function isItemNumberColumn(
  view: GridView,
  bodyRows: readonly number[],
  c: number,
  stats: ColumnStats | undefined,
  headerUnit: LabelUnit | null
): boolean {
  if (!stats || headerUnit !== null || stats.words > 0 || stats.figures < 2) return false;
  if (stats.figures !== stats.filled) return false;
  let previous = -1;
  for (const r of bodyRows) {
    if (view.isEmpty(r, c)) continue;
    const n = itemNumber(view.value(r, c));
    if (n === null || n < 0 || n > MAX_ITEM_NUMBER || n < previous) return false;
    previous = n;
  }
  return true;
}

const isWordColumn = (s: ColumnStats | undefined) =>
  s !== undefined && s.figures === 0 && s.words > 0;

/**
 * The label of a register whose first column numbers its items (「No | 柱 | 取組 | … | 指標」):
 * a numeric first column of small increasing integers next to text columns is an item number,
 * not data. The row is named by the item number and the indicator column (指標), else the item
 * column (取組 / 項目名), else the first text column; an empty indicator falls back to the item.
 * Null when the first filled column is not an item number or no text column names the rows.
 *
 * @example itemLabelColumns(view, body.rows, body.stats, labels, units, 0, 14) // { columns: [0, 5], fallback: 3 }
 */
export function itemLabelColumns(
  view: GridView,
  bodyRows: readonly number[],
  stats: readonly ColumnStats[],
  labels: readonly string[],
  units: readonly (LabelUnit | null)[],
  cMin: number,
  cMax: number
): ItemLabel | null {
  let c0 = cMin;
  while (c0 <= cMax && stats[c0]?.filled === 0) c0++;
  if (c0 > cMax || !isItemNumberColumn(view, bodyRows, c0, stats[c0], units[c0] ?? null))
    return null;
  let indicator: number | null = null;
  let item: number | null = null;
  let firstWords: number | null = null;
  for (let c = c0 + 1; c <= cMax; c++) {
    if (!isWordColumn(stats[c])) continue;
    const header = (labels[c] ?? "").normalize("NFKC").trim();
    firstWords ??= c;
    if (indicator === null && INDICATOR_HEADER.test(header)) indicator = c;
    if (item === null && ITEM_HEADER.test(header)) item = c;
  }
  const name = indicator ?? item ?? firstWords;
  if (name === null) return null;
  return { columns: [c0, name], fallback: name === indicator ? item : null };
}
