import { parseFiscalYear, parseFiscalYearRange } from "../calendar";
import type { Decimal } from "../decimal";
import { cellAddress, type CellValue, type Grid } from "../grid";
import type { Issue } from "../messages/types";
import type { KpiColumnMap } from "./kpiColumns";
import type { KpiHeaderField } from "./kpiHeaders";
import { parseKpiDirection, parseKpiTargetType } from "./kpiWords";
import { parseKpiTarget } from "./parseKpiTarget";
import {
  cleanText,
  foldUnit,
  inRowUnit,
  isDash,
  readKpiCell,
  type KpiCellReading,
} from "./readKpiValue";
import type {
  KpiCostYear,
  KpiDirection,
  KpiItem,
  KpiSkippedRow,
  KpiTarget,
  KpiTargetType,
  KpiYear,
} from "./types";

export type KpiRowReading =
  { kind: "ignore" } | { kind: "item"; item: KpiItem } | { kind: "skip"; skipped: KpiSkippedRow };

/** Why a row cannot be read: thrown inside the row reader, caught once per row. */
class RowProblem {
  constructor(
    readonly reason: Issue,
    readonly cell: string | null
  ) {}
}

/** The cells of one row with their addresses. */
class RowCells {
  private readonly values: CellValue[];
  private readonly formats: string[] | undefined;
  constructor(
    private readonly grid: Grid,
    private readonly r: number
  ) {
    this.values = grid.values[r] ?? [];
    this.formats = grid.numberFormats?.[r];
  }
  value(c: number | undefined): CellValue | undefined {
    return c === undefined ? undefined : this.values[c];
  }
  address(c: number): string {
    return cellAddress({ row: this.grid.top + this.r, col: this.grid.left + c });
  }
  text(c: number | undefined): string {
    const t = cleanText(this.value(c));
    return isDash(t) ? "" : t;
  }
  reading(c: number | undefined, unit: string | null): KpiCellReading {
    if (c === undefined) return { kind: "blank" };
    return readKpiCell(
      this.values[c],
      this.formats?.[c],
      this.address(c),
      unit,
      this.grid.texts?.[this.r]?.[c]
    );
  }
  isBlank(): boolean {
    return this.values.every((v) => {
      const t = cleanText(v);
      return t === "" || isDash(t);
    });
  }
}

function problem(code: string, cell: string | null, params: Record<string, string> = {}): never {
  throw new RowProblem({ code, params: cell ? { cell, ...params } : params }, cell);
}

/** A figure of the row in its unit, or null for blank; text and unreadable cells stop the row. */
function figure(
  cells: RowCells,
  c: number | undefined,
  columnUnit: string | null,
  rowUnit: string | null,
  allowText: boolean
): { value: Decimal | null; upper: Decimal | null; text: string | null; reading: KpiCellReading } {
  const reading = cells.reading(c, columnUnit);
  if (reading.kind === "blank") return { value: null, upper: null, text: null, reading };
  const cell = cells.address(c!);
  if (reading.kind === "invalid") throw new RowProblem(reading.reason, cell);
  if (reading.kind === "text") {
    if (allowText) return { value: null, upper: null, text: reading.text, reading };
    problem("kpiRegister.textInNumber", cell, { text: reading.text });
  }
  const value = inRowUnit(reading.value, reading.unit, rowUnit);
  const upper = reading.upper === null ? null : inRowUnit(reading.upper, reading.unit, rowUnit);
  if (value === null)
    problem("kpiRegister.unitMismatch", cell, {
      text: reading.text,
      unit: rowUnit ?? "",
      found: reading.unit ?? "",
    });
  return { value, upper, text: null, reading };
}

/** 目標年度 / 基準年度: R8, R4-R8 (a span: its last year, and the first), 2025, H25. */
function yearCell(
  cells: RowCells,
  c: number | undefined
): { from: number | null; to: number | null; cell: string | null } {
  if (c === undefined) return { from: null, to: null, cell: null };
  const raw = cells.value(c);
  const cell = cells.address(c);
  if (typeof raw === "number" && Number.isInteger(raw) && raw >= 1900 && raw <= 2199)
    return { from: null, to: raw, cell };
  // 令和8年度末まで, R8決算: the year is what counts.
  const text = cells.text(c).replace(/(年度)?(末|決算|中)?(まで|までに|迄)?$/, "$1");
  if (text === "") return { from: null, to: null, cell: null };
  const range = parseFiscalYearRange(text);
  if (range.ok) return { from: range.from, to: range.to, cell };
  const one = parseFiscalYear(text);
  if (one.ok) return { from: null, to: one.fiscalYear, cell };
  return problem("kpiRegister.badYear", cell, { text: cells.text(c) });
}

/** A No that names an item (6, 6①, 1-2), not a note written in the No column (※ …). */
function isItemNumber(no: string): boolean {
  return no.length <= 12 && !/^[※*＊注(（]/.test(no);
}

function readDirection(
  cells: RowCells,
  map: KpiColumnMap,
  type: KpiTargetType | null,
  target: KpiTarget,
  hasFigures: boolean
): KpiDirection {
  const c = map.fields.direction;
  const text = cells.text(c);
  if (text !== "") {
    const direction = parseKpiDirection(text);
    if (direction === null) problem("kpiRegister.unknownDirection", cells.address(c!), { text });
    return direction;
  }
  // A blank 方向 is read only from what the row itself prints, never guessed.
  if (type === "milestone") return "milestone";
  if (target.lower !== null && target.upper !== null) return "range";
  if (target.lower !== null) return "higher";
  if (target.upper !== null) return "lower";
  if (!hasFigures && target.value === null && foldUnit(cells.text(map.fields.unit)) === null)
    return "milestone";
  return problem("kpiRegister.noDirection", c === undefined ? null : cells.address(c));
}

/**
 * Reads one body row of a register: an item, a row skipped with its reason and cell, or nothing
 * (a blank row, a dash row, a caption or note). One pass over the row's cells.
 */
export function readKpiRow(grid: Grid, r: number, map: KpiColumnMap): KpiRowReading {
  const cells = new RowCells(grid, r);
  if (cells.isBlank()) return { kind: "ignore" };
  const f = map.fields;
  const sheetRow = grid.top + r + 1;
  const no = cells.text(f.no);
  const indicator = cells.text(f.indicator);
  if (indicator === "") {
    const listed = [f.theme, f.title, f.department].some((c) => cells.text(c) !== "");
    if (no !== "" && isItemNumber(no) && listed)
      return {
        kind: "skip",
        skipped: {
          row: sheetRow,
          no,
          cell: f.indicator === undefined ? null : cells.address(f.indicator),
          reason: { code: "kpiRegister.noIndicator", params: { row: sheetRow, no } },
        },
      };
    return { kind: "ignore" };
  }
  try {
    return { kind: "item", item: readItem(cells, map, sheetRow, no, indicator) };
  } catch (e) {
    if (!(e instanceof RowProblem)) throw e;
    return {
      kind: "skip",
      skipped: { row: sheetRow, no: no === "" ? null : no, cell: e.cell, reason: e.reason },
    };
  }
}

function optionalText(cells: RowCells, c: number | undefined): string | null {
  const t = cells.text(c);
  return t === "" ? null : t;
}

function readItem(
  cells: RowCells,
  map: KpiColumnMap,
  sheetRow: number,
  no: string,
  indicator: string
): KpiItem {
  const f = map.fields;
  const u = map.fieldUnits;
  const typeText = cells.text(f.targetType);
  let type: KpiTargetType | null = null;
  if (typeText !== "") {
    type = parseKpiTargetType(typeText);
    if (type === null)
      problem("kpiRegister.unknownTargetType", cells.address(f.targetType!), { text: typeText });
  }
  const directionText = cells.text(f.direction);
  let unit = foldUnit(cells.text(f.unit)) ?? foldUnit(u.goal ?? null);
  // Texts are allowed in figure cells of a milestone, and of a row that may turn out to be one
  // (no 方向, 種類 or 単位); a row read as numeric after all refuses them below.
  const milestone =
    type === "milestone" ||
    (directionText !== "" && parseKpiDirection(directionText) === "milestone") ||
    (directionText === "" && type === null && unit === null);
  // The goal first: a row without a 単位 takes the unit its goal states (99.0%以上 → %).
  const goalCol = f.goal;
  const goalReading = cells.reading(goalCol, u.goal ?? null);
  if (unit === null && goalReading.kind === "number" && goalReading.unit !== null)
    unit = goalReading.unit;
  const goal = figure(cells, goalCol, u.goal ?? null, unit, milestone);
  const lower = figure(cells, f.lower, u.lower ?? null, unit, false);
  const upper = figure(cells, f.upper, u.upper ?? null, unit, false);
  const target = parseKpiTarget({
    goal: {
      reading: goal.reading,
      value: goal.value,
      upper: goal.upper,
      cell: goalCol === undefined ? "" : cells.address(goalCol),
    },
    lower: f.lower === undefined ? null : { value: lower.value, cell: cells.address(f.lower) },
    upper: f.upper === undefined ? null : { value: upper.value, cell: cells.address(f.upper) },
    printed: optionalText(cells, f.goalText),
  });
  if (target.lower !== null && target.upper !== null && target.lower.greaterThan(target.upper))
    problem("kpiRegister.boundsReversed", target.cell, {
      lower: target.lower.toFixed(),
      upper: target.upper.toFixed(),
    });
  const years: KpiYear[] = [];
  let hasFigures = target.value !== null;
  let singleYear = false;
  for (const fiscalYear of map.valueYears) {
    const roles = map.years.get(fiscalYear)!;
    const plan = figure(cells, roles.plan?.col, roles.plan?.unit ?? null, unit, milestone);
    const actual = figure(cells, roles.actual?.col, roles.actual?.unit ?? null, unit, milestone);
    if (roles.plan?.singleYear) singleYear = true;
    if (plan.value !== null || actual.value !== null) hasFigures = true;
    years.push({
      fiscalYear,
      plan: plan.value,
      planText: plan.text,
      actual: actual.value,
      actualText: actual.text,
      planCell: roles.plan && plan.reading.kind !== "blank" ? cells.address(roles.plan.col) : null,
      actualCell:
        roles.actual && actual.reading.kind !== "blank" ? cells.address(roles.actual.col) : null,
    });
  }
  const direction = readDirection(cells, map, type, target, hasFigures);
  if (direction !== "milestone") {
    if (goal.reading.kind === "text")
      problem("kpiRegister.textInNumber", target.cell, { text: goal.reading.text });
    const texted = years.find((y) => y.planText !== null || y.actualText !== null);
    if (texted)
      problem(
        "kpiRegister.textInNumber",
        texted.planText !== null ? texted.planCell : texted.actualCell,
        { text: texted.planText ?? texted.actualText ?? "" }
      );
  }
  const targetType: KpiTargetType = type ?? (direction === "milestone" ? "milestone" : "final");
  const goalYear = yearCell(cells, f.goalYear);
  const baseYear = yearCell(cells, f.baselineYear);
  const baseline = figure(cells, f.baseline, u.baseline ?? null, unit, false);
  const costs = readCosts(cells, map);
  const effects = readEffects(cells, map);
  return {
    row: sheetRow,
    no,
    theme: optionalText(cells, f.theme),
    title: optionalText(cells, f.title),
    department: optionalText(cells, f.department),
    indicator,
    unit,
    direction,
    // A blank 目標の種類 with a span as 目標年度 (R4-R8) is a level for every year of the span.
    targetType:
      type === null && goalYear.from !== null && targetType === "final" ? "yearly" : targetType,
    baseline: {
      fiscalYear: baseYear.to,
      value: baseline.value,
      cell: baseline.value === null ? null : cells.address(f.baseline!),
    },
    goal: { fiscalYear: goalYear.to, fromYear: goalYear.from, target },
    years,
    planIsSingleYear: singleYear && targetType === "cumulative",
    status: optionalText(cells, f.status),
    costUnit: map.costUnit,
    costs,
    effects,
  };
}

function readCosts(cells: RowCells, map: KpiColumnMap): KpiCostYear[] {
  const costs: KpiCostYear[] = [];
  let any = false;
  for (const fiscalYear of map.costYears) {
    const roles = map.years.get(fiscalYear)!;
    const money = (role: "budget" | "cost" | "personnel") =>
      figure(cells, roles[role]?.col, roles[role]?.unit ?? "円", map.costUnit, false).value;
    const output = figure(cells, roles.output?.col, null, null, false).value;
    const year = {
      fiscalYear,
      budget: money("budget"),
      cost: money("cost"),
      personnel: money("personnel"),
      output,
    };
    if (year.budget !== null || year.cost !== null || year.personnel !== null || output !== null)
      any = true;
    costs.push(year);
  }
  return any ? costs : [];
}

function readEffects(cells: RowCells, map: KpiColumnMap): KpiItem["effects"] {
  const fields: KpiHeaderField[] = ["service", "fiscal", "efficiency"];
  if (fields.every((field) => map.fields[field] === undefined)) return null;
  const score = (field: KpiHeaderField): number | null => {
    const value = figure(cells, map.fields[field], null, null, false).value;
    return value === null ? null : value.toNumber();
  };
  return { service: score("service"), fiscal: score("fiscal"), efficiency: score("efficiency") };
}
