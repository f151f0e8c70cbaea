import type { ParsedCell } from "../notation/types";
import { isMoneyUnit } from "../notation/moneyFactor";
import { parseCellValue } from "../notation";
import type { MoneyUnit, UnitKind } from "../notation/types";
import { emptyStats, isWordCell, type ColumnStats } from "./chooseLabelColumns";
import type { GridView } from "./GridView";

export interface Body {
  /** Grid-relative rows below the header that hold anything in the table's columns. */
  rows: number[];
  /** parsed[i][c - cMin] for body row i. */
  parsed: ParsedCell[][];
  /** Per grid column. */
  stats: ColumnStats[];
}

/**
 * The money unit a bare figure in a column takes: the column's own unit when it is money, none
 * when the column counts something else (「職員数(人)」), else the table's unit.
 *
 * @example figureUnit("人", "百万円") // null
 */
export function figureUnit(
  columnUnit: string | null,
  tableMoney: MoneyUnit | null
): MoneyUnit | null {
  if (columnUnit === null) return tableMoney;
  return isMoneyUnit(columnUnit) ? columnUnit : null;
}

/**
 * A bare figure under a header that names a non-money unit (「職員数(人)」, 「(%)」) carries that
 * unit, as a caption unit applies to bare figures; a unit printed in the cell is kept.
 *
 * @example withColumnUnit(parseCellValue("264"), "人") // number 264 人 (count)
 */
export function withColumnUnit(parsed: ParsedCell, unit: string | null): ParsedCell {
  if (
    unit === null ||
    isMoneyUnit(unit) ||
    parsed.kind !== "number" ||
    parsed.quantity.unitKind !== "none"
  )
    return parsed;
  const unitKind: UnitKind =
    unit === "%" ? "percent" : unit === "ポイント" || unit === "pt" ? "point" : "count";
  const upper =
    parsed.upper && parsed.upper.unitKind === "none"
      ? { ...parsed.upper, unit, unitKind }
      : parsed.upper;
  return {
    ...parsed,
    quantity: { ...parsed.quantity, unit, unitKind },
    ...(upper ? { upper } : {}),
  };
}

/**
 * Parses every cell below the header once (linear in cells): blank rows are skipped, so blocks
 * separated by blank rows (the 氷見 outlook's flows and balances) are all read.
 *
 * @example readBody(view, 4, 0, 11, units, "百万円").rows.length // 32 for the 氷見 outlook
 */
export function readBody(
  view: GridView,
  start: number,
  cMin: number,
  cMax: number,
  columnUnits: readonly (string | null)[],
  tableMoney: MoneyUnit | null
): Body {
  const rows: number[] = [];
  const parsed: ParsedCell[][] = [];
  const stats: ColumnStats[] = Array.from({ length: view.cols }, emptyStats);
  const units = Array.from({ length: cMax - cMin + 1 }, (_, i) => columnUnits[cMin + i] ?? null);
  const tableUnits = units.map((u) => figureUnit(u, tableMoney));
  for (let r = start; r < view.rows; r++) {
    let filled = false;
    for (let c = cMin; c <= cMax && !filled; c++) filled = !view.isEmpty(r, c);
    if (!filled) continue;
    const line: ParsedCell[] = [];
    for (let c = cMin; c <= cMax; c++) {
      const raw = view.value(r, c);
      const p: ParsedCell = view.isEmpty(r, c)
        ? { kind: "blank" }
        : withColumnUnit(
            parseCellValue(raw, view.format(r, c), { tableUnit: tableUnits[c - cMin] ?? null }),
            units[c - cMin] ?? null
          );
      line.push(p);
      const s = stats[c]!;
      if (p.kind === "blank") continue;
      s.filled++;
      if (isWordCell(raw, p)) s.words++;
      else if (p.kind === "number") s.figures++;
    }
    rows.push(r);
    parsed.push(line);
  }
  return { rows, parsed, stats };
}
