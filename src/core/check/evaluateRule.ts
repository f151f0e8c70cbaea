import { D, roundDecimal, type Decimal } from "../decimal";
import { linearRefs } from "./linearRefs";
import { isMoneyUnit, moneyFactor } from "../notation/moneyFactor";
import {
  addIntervals,
  divIntervals,
  figureInterval,
  intersects,
  mulIntervals,
  negInterval,
  point,
  subIntervals,
} from "./interval";
import type { CellFigure, TableMatrix } from "./TableMatrix";
import type { Expr, Interval, Ref, Rule } from "./types";

export type Method = "half-up" | "down" | "up" | "exact";

/** A checked identity in one place: both sides as printed and as intervals. */
export interface Checked {
  status: "checked";
  holds: boolean;
  address: string;
  printed: Decimal;
  /** The right-hand side computed from the printed figures. */
  expected: Decimal;
  /** Whether `expected`, rounded as the table rounds to the target's places, is the printed figure. */
  shownAsPrinted: boolean;
  target: Interval;
  rhs: Interval;
  /** Every cell involved, target first (only when the identity fails or rounds differently). */
  cells: string[];
  /** The target figure's unit (百万円, %, 人), for showing amounts as the table prints them. */
  unit: string | null;
  /** Cells of a linear right-hand side with their coefficients (null when not linear or clean). */
  linear: { address: string; coefficient: Decimal }[] | null;
}

export type Evaluation =
  | Checked
  | {
      status: "targetBlank";
      address: string;
      rhsNonZero: boolean;
      expected: Decimal;
      unit: string | null;
    }
  | { status: "skipped" };

interface Value {
  pt: Decimal;
  iv: Interval;
}

/** Kinds whose target is itself computed (and so rounded even when its unit is a count). */
const COMPUTED_TARGET = new Set(["average", "share", "ratio", "yearOnYear", "indicator"]);

/** Whether a figure in this unit with no decimals is exact (whole 円, counts of people…). */
function exactUnit(unit: string | null): boolean {
  if (unit === "円") return true;
  return unit !== null && !isMoneyUnit(unit) && unit !== "%" && unit !== "ポイント";
}

interface Context {
  matrix: TableMatrix;
  rule: Rule;
  position: number;
  method: Method;
  unit: string | null;
  cells: string[];
}

function refPosition(ctx: Context, ref: Ref): number | null {
  if (ref.at) return ref.at.line;
  return ctx.matrix.shift(ctx.rule.lines, ctx.position, ref.lag);
}

function readRef(ctx: Context, ref: Ref, asTarget: boolean): Value | "nothing" | null {
  const pos = refPosition(ctx, ref);
  if (pos === null) return null;
  const f = ctx.matrix.figure(ctx.rule.lines, ref.line, pos);
  if (!f || f.kind === "unreadable") return null;
  ctx.cells.push(f.address);
  if (f.kind === "nothing") return "nothing";
  const computed = asTarget && COMPUTED_TARGET.has(ctx.rule.kind);
  const published = asTarget ? ctx.rule.published : undefined;
  const exact =
    !published && (ctx.method === "exact" || (f.decimals === 0 && exactUnit(f.unit) && !computed));
  const iv = exact
    ? point(f.value)
    : published
      ? widen(figureInterval(f.value, f.decimals, published.rounding), published.slack)
      : figureInterval(f.value, f.decimals, ctx.method);
  if (asTarget || !isMoneyUnit(f.unit) || !isMoneyUnit(ctx.unit) || f.unit === ctx.unit)
    return { pt: f.value, iv };
  const scale = moneyFactor(f.unit).div(moneyFactor(ctx.unit));
  return { pt: f.value.times(scale), iv: { lo: iv.lo.times(scale), hi: iv.hi.times(scale) } };
}

function widen(iv: Interval, slack: string | undefined): Interval {
  return slack ? { lo: iv.lo.minus(slack), hi: iv.hi.plus(slack) } : iv;
}

const ZERO: Value = { pt: new D(0), iv: point(new D(0)) };

function evalExpr(ctx: Context, e: Expr): Value | null {
  switch (e.op) {
    case "num":
      return { pt: new D(e.value), iv: point(new D(e.value)) };
    case "ref": {
      const v = readRef(ctx, e.ref, false);
      return v === "nothing" ? ZERO : v;
    }
    case "neg": {
      const a = evalExpr(ctx, e.arg);
      return a && { pt: a.pt.neg(), iv: negInterval(a.iv) };
    }
    case "sum":
    case "mean": {
      let acc: Value = ZERO;
      for (const arg of e.args) {
        const a = evalExpr(ctx, arg);
        if (!a) return null;
        acc = { pt: acc.pt.plus(a.pt), iv: addIntervals(acc.iv, a.iv) };
      }
      if (e.op === "sum") return acc;
      const n = point(new D(e.args.length));
      return { pt: acc.pt.div(e.args.length), iv: divIntervals(acc.iv, n)! };
    }
    default: {
      const a = evalExpr(ctx, e.left);
      const b = evalExpr(ctx, e.right);
      if (!a || !b) return null;
      if (e.op === "add") return { pt: a.pt.plus(b.pt), iv: addIntervals(a.iv, b.iv) };
      if (e.op === "sub") return { pt: a.pt.minus(b.pt), iv: subIntervals(a.iv, b.iv) };
      if (e.op === "mul") return { pt: a.pt.times(b.pt), iv: mulIntervals(a.iv, b.iv) };
      const iv = divIntervals(a.iv, b.iv);
      return iv && !b.pt.isZero() ? { pt: a.pt.div(b.pt), iv } : null;
    }
  }
}

function shownAs(v: Decimal, figure: CellFigure | null, method: Method): Decimal {
  if (figure?.kind !== "figure" || method === "exact") return v;
  return roundDecimal(v, figure.decimals, method);
}

const LINEAR = new WeakMap<Rule, { ref: Ref; c: Decimal }[] | null>();

/** {@link linearRefs} of a rule's expression, worked out once per rule. */
function linearOf(rule: Rule): { ref: Ref; c: Decimal }[] | null {
  if (!LINEAR.has(rule)) LINEAR.set(rule, linearRefs(rule.expr));
  return LINEAR.get(rule)!;
}

/**
 * Checks one rule at one position (a column for row rules, a row for column rules) under a
 * rounding method. A blank or dash term is no flow (0, exact); a blank target is not checked;
 * a term that is text or unreadable, or a year not in the table, skips the place.
 */
export function evaluateRule(
  matrix: TableMatrix,
  rule: Rule,
  position: number,
  method: Method
): Evaluation {
  const ctx: Context = { matrix, rule, position, method, unit: null, cells: [] };
  const target = readRef(ctx, rule.target, true);
  if (target === null) return { status: "skipped" };
  const targetAddress = ctx.cells[0]!;
  const targetFigure = matrix.figure(rule.lines, rule.target.line, refPosition(ctx, rule.target)!);
  ctx.unit = targetFigure?.kind === "figure" ? targetFigure.unit : null;
  const rhs = evalExpr(ctx, rule.expr);
  if (!rhs) return { status: "skipped" };
  if (target === "nothing")
    return {
      status: "targetBlank",
      address: targetAddress,
      rhsNonZero: !rhs.pt.isZero(),
      expected: rhs.pt,
      unit: ctx.unit,
    };
  const holds = intersects(target.iv, rhs.iv);
  const shownAsPrinted = shownAs(
    rhs.pt,
    targetFigure,
    rule.published && method !== "exact" ? rule.published.rounding : method
  ).eq(target.pt);
  // Only an identity that fails or does not round to the printed figure becomes a finding;
  // the others keep no cell lists (a large table has hundreds of thousands of them).
  const clean = holds && shownAsPrinted;
  return {
    status: "checked",
    holds,
    address: targetAddress,
    printed: target.pt,
    expected: rhs.pt,
    shownAsPrinted,
    target: target.iv,
    rhs: rhs.iv,
    unit: ctx.unit,
    cells: clean ? [] : [...new Set(ctx.cells)],
    linear: clean ? null : linearCells(ctx, rule),
  };
}

function linearCells(ctx: Context, rule: Rule): Checked["linear"] {
  const linear = linearOf(rule);
  if (!linear) return null;
  return linear.flatMap(({ ref, c }) => {
    const pos = refPosition(ctx, ref);
    const cell = pos === null ? undefined : ctx.matrix.cell(rule.lines, ref.line, pos);
    return cell ? [{ address: cell.address, coefficient: c }] : [];
  });
}
