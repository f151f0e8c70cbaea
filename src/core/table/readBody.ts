import type { ParsedCell } from "../notation/types";
import { isMoneyUnit } from "../notation/moneyFactor";
import { parseCellValue } from "../notation";
import { BLANK_CELL } from "../notation/sharedCells";
import type { MoneyUnit } from "../notation/types";
import { emptyStats, isWordCell, type ColumnStats } from "./chooseLabelColumns";
import type { GridView } from "./GridView";
import type { LabelUnit } from "./labelUnit";
import type { RecognizeStep, SliceMeter } from "./SliceMeter";

export interface Body {
  /** Grid-relative rows below the header that hold anything in the table's columns. */
  rows: number[];
  /**
   * parsed[i][c - cMin] for body row i. Building the rows takes each row out (null) once it is
   * built, so the lines and the finished cells are never all held at once.
   */
  parsed: (ParsedCell[] | null)[];
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
  if (view.isEmpty(r, c)) return BLANK_CELL;
  const parsed = parseCellValue(view.value(r, c), view.format(r, c), {
    tableUnit: figureMoney(unit, tableMoney),
  });
  return withLabelUnit(parsed, unit);
}

/**
 * Distinct Excel numbers one column remembers: 2^17, a look-up of a few MB that is let go once
 * the body is read (before the cells are built, so it never adds to the peak).
 */
const MAX_REMEMBERED = 131_072;

/**
 * The Excel numbers of one column read once each: equal numbers under the same format and unit
 * read alike, so they share one frozen reading (figure, quantity, Decimal) instead of one each.
 * A long table repeats its figures (zeros, standard amounts, rates); each repeat then costs
 * the reference. Only numbers under the column's first number format are remembered, and at most
 * {@link MAX_REMEMBERED} of them: a column of distinct figures reads them as before.
 */
class ColumnFigures {
  private format: string | undefined | null = null;
  private readonly seen = new Map<number, ParsedCell>();

  constructor(
    private readonly unit: LabelUnit | null,
    private readonly tableMoney: MoneyUnit | null
  ) {}

  read(view: GridView, r: number, c: number, value: number): ParsedCell {
    const format = view.format(r, c);
    if (this.format === null) this.format = format;
    // −0 reads as 0 but is kept apart from it; a Map key does not tell them apart.
    const shared = format === this.format && !Object.is(value, -0);
    if (shared) {
      const known = this.seen.get(value);
      if (known !== undefined) return known;
    }
    const parsed = readFigure(view, r, c, this.unit, this.tableMoney);
    if (shared && this.seen.size < MAX_REMEMBERED) this.seen.set(value, freezeReading(parsed));
    return parsed;
  }
}

/** A reading made safe to share: the cell and its quantities frozen (a Decimal is immutable). */
function freezeReading(parsed: ParsedCell): ParsedCell {
  if (parsed.kind === "number") {
    Object.freeze(parsed.quantity);
    if (parsed.upper) Object.freeze(parsed.upper);
  }
  return Object.freeze(parsed);
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
  const figures = Array.from(
    { length: width },
    (_, i) => new ColumnFigures(columnUnits[cMin + i] ?? null, tableMoney)
  );
  const scanned = Math.max(1, view.rows - start);
  for (let r = start; r < view.rows; r++) {
    const step = meter.count(width, (r - start + 1) / scanned / 2);
    let filled = false;
    for (let c = cMin; c <= cMax && !filled; c++) filled = !view.isEmpty(r, c);
    if (filled) {
      const line: ParsedCell[] = new Array<ParsedCell>(width);
      for (let c = cMin; c <= cMax; c++) {
        const raw = view.value(r, c);
        const p =
          typeof raw === "number"
            ? figures[c - cMin]!.read(view, r, c, raw)
            : readFigure(view, r, c, columnUnits[c] ?? null, tableMoney);
        line[c - cMin] = p;
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
