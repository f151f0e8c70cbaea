import type { ParsedCell } from "../notation/types";
import { isMoneyUnit } from "../notation/moneyFactor";
import { parseCellValue } from "../notation";
import type { MoneyUnit } from "../notation/types";
import { emptyStats, isWordCell, type ColumnStats } from "./chooseLabelColumns";
import type { GridView } from "./GridView";
import type { LabelUnit } from "./labelUnit";
import type { RecognizeStep, SliceMeter } from "./SliceMeter";

export interface Body {
  /** Grid-relative rows below the header that hold anything in the table's columns. */
  rows: number[];
  /** parsed[i][c - cMin] for body row i. */
  parsed: ParsedCell[][];
  /** Per grid column. */
  stats: ColumnStats[];
}

/**
 * The money unit a bare figure takes under a label unit: the label's own unit when it is money,
 * none when the label names anything else (「職員数(人)」, 「財政力指数」), else the table's unit.
 *
 * @example figureMoney({ unit: "人", unitKind: "count" }, "百万円") // null
 */
export function figureMoney(
  unit: LabelUnit | null,
  tableMoney: MoneyUnit | null
): MoneyUnit | null {
  if (unit === null) return tableMoney;
  return unit.unit !== null && isMoneyUnit(unit.unit) ? unit.unit : null;
}

/**
 * A bare figure under a label that names a non-money unit (「職員数(人)」, 「(%)」, 「実質公債費比率」)
 * carries that unit, as a caption unit applies to bare figures; a unit printed in the cell is kept.
 *
 * @example withLabelUnit(parseCellValue("264"), { unit: "人", unitKind: "count" }) // number 264 人
 */
export function withLabelUnit(parsed: ParsedCell, label: LabelUnit | null): ParsedCell {
  if (
    label === null ||
    label.unit === null ||
    isMoneyUnit(label.unit) ||
    parsed.kind !== "number" ||
    parsed.quantity.unitKind !== "none"
  )
    return parsed;
  const { unit, unitKind } = label;
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
 * One cell read under the unit its label gives (else the table's money unit). A formula without
 * a cached result is invalid ("table.notCalculated"), never blank.
 *
 * @example readFigure(view, 4, 1, null, "百万円") // number 5159 百万円 for 氷見 市税 令和2年度
 */
export function readFigure(
  view: GridView,
  r: number,
  c: number,
  unit: LabelUnit | null,
  tableMoney: MoneyUnit | null
): ParsedCell {
  if (view.notCalculated(r, c)) {
    const formula = view.formula(r, c);
    return {
      kind: "invalid",
      text: formula,
      issue: { code: "table.notCalculated", params: { text: formula } },
    };
  }
  if (view.isEmpty(r, c)) return { kind: "blank" };
  const parsed = parseCellValue(view.value(r, c), view.format(r, c), {
    tableUnit: figureMoney(unit, tableMoney),
  });
  return withLabelUnit(parsed, unit);
}

/**
 * Parses every cell below the header once (linear in cells): blank rows are skipped, so blocks
 * separated by blank rows (the 氷見 outlook's flows and balances) are all read. The first half of
 * recognition: yields whenever the meter's slice is full (every row scanned counts its width).
 *
 * @example finishSteps(readBodySteps(view, 4, 0, 11, units, "百万円", meter)).rows.length // 32
 */
export function* readBodySteps(
  view: GridView,
  start: number,
  cMin: number,
  cMax: number,
  columnUnits: readonly (LabelUnit | null)[],
  tableMoney: MoneyUnit | null,
  meter: SliceMeter
): Generator<RecognizeStep, Body> {
  const rows: number[] = [];
  const parsed: ParsedCell[][] = [];
  const stats: ColumnStats[] = Array.from({ length: view.cols }, emptyStats);
  const width = Math.max(0, cMax - cMin + 1);
  const scanned = Math.max(1, view.rows - start);
  for (let r = start; r < view.rows; r++) {
    const step = meter.count(width, (r - start + 1) / scanned / 2);
    let filled = false;
    for (let c = cMin; c <= cMax && !filled; c++) filled = !view.isEmpty(r, c);
    if (filled) {
      const line: ParsedCell[] = [];
      for (let c = cMin; c <= cMax; c++) {
        const raw = view.value(r, c);
        const p = readFigure(view, r, c, columnUnits[c] ?? null, tableMoney);
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
    if (step) yield step;
  }
  return { rows, parsed, stats };
}
