import { DEBT_SERVICE_RATIO_PRECISION } from "../indicators/debtServiceRatio";
import { DEFICIT_RATIO_PRECISION } from "../indicators/deficitRatio";
import { ORDINARY_BALANCE_RATIO_PRECISION } from "../indicators/ordinaryBalanceRatio";
import { componentOf, indicatorOf, type Component } from "./indicatorLines";
import { makeRule, refTo } from "./makeRule";
import type { TableMatrix } from "./TableMatrix";
import type { Expr, LineAxis, Rule } from "./types";

/**
 * 財政力指数 rounds each year's index to 2 places before the mean (indicators/fiscalStrength,
 * "roundEachYear"): each year moves by at most 0.005, so the mean does too.
 */
const FISCAL_STRENGTH_SLACK = "0.005";

/**
 * Indicator lines recomputed from the component lines the table prints (domain.md §3), one rule
 * per line, applied in every year the inputs are in the table:
 * - 実質公債費比率(単年度) = ((A + B) − (C + D)) / (E − D) × 100 from 元利償還金 A, 準元利償還金 B,
 *   特定財源 C, 算入公債費等 D and 標準財政規模 E, as indicators/debtServiceRatio computes it;
 * - 実質公債費比率 (the published 3-year figure) = the mean of the single years t−2, t−1, t —
 *   of the printed 単年度 line when there is one, else of the components — truncated to 1 place
 *   whatever the table does (DEBT_SERVICE_RATIO_PRECISION);
 * - 財政力指数 = the mean of 基準財政収入額 / 基準財政需要額 over t−2 … t, half-up, allowing the
 *   rounding of each year to 2 places (indicators/fiscalStrength); 財政力指数(単年度) = 収入 / 需要;
 * - 実質赤字比率 = 実質赤字額 / 標準財政規模 × 100, truncated to 2 places (DEFICIT_RATIO_PRECISION);
 * - 経常収支比率 = 経常経費充当一般財源等 / (経常一般財源等 + 減収補塡債特例分 + 臨時財政対策債) × 100,
 *   half-up to 1 place (ORDINARY_BALANCE_RATIO_PRECISION), the last two when the table has them.
 * The formulas are written as rules (not computed by the indicator functions) so that the
 * rounding of every printed input widens the computed side as for any identity.
 */
export function inferIndicators(matrix: TableMatrix, axis: LineAxis): Rule[] {
  const found = new Map<Component, number>();
  for (const l of matrix.lines(axis)) {
    const c = componentOf(l.key);
    if (c && !indicatorOf(l.key) && !found.has(c)) found.set(c, l.index);
  }
  const hasYears = matrix.positions(axis).some((p) => p.fiscalYear !== null);
  const ref = (line: number, lag: number): Expr => ({
    op: "ref",
    ref: refTo(matrix, axis, line, lag),
  });
  const comp = (c: Component, lag: number) => ref(found.get(c)!, lag);
  const hasAll = (cs: Component[]) => cs.every((c) => found.has(c));
  const singleDebt = (lag: number): Expr => ({
    op: "mul",
    left: {
      op: "div",
      left: {
        op: "sub",
        left: { op: "add", left: comp("A", lag), right: comp("B", lag) },
        right: { op: "add", left: comp("C", lag), right: comp("D", lag) },
      },
      right: { op: "sub", left: comp("E", lag), right: comp("D", lag) },
    },
    right: { op: "num", value: "100" },
  });
  const strength = (lag: number): Expr => ({
    op: "div",
    left: comp("revenue", lag),
    right: comp("demand", lag),
  });
  const threeYears = (f: (lag: number) => Expr): Expr => ({
    op: "mean",
    args: [f(-2), f(-1), f(0)],
  });
  const debtComponents = hasAll(["A", "B", "C", "D", "E"]);
  const strengthComponents = hasAll(["revenue", "demand"]);
  const lines = matrix.lines(axis).map((l) => ({ l, ind: indicatorOf(l.key) }));
  const singleDebtLine = lines.find((x) => x.ind?.kind === "debtService" && x.ind.singleYear)?.l;
  const rules: Rule[] = [];
  const add = (line: number, expr: Expr, published?: Rule["published"]) => {
    const rule = makeRule(matrix, "indicator", axis, refTo(matrix, axis, line), expr, "inferred");
    rules.push(published ? { ...rule, published } : rule);
  };
  const percentOf = (numerator: Expr, denominator: Expr): Expr => ({
    op: "mul",
    left: { op: "div", left: numerator, right: denominator },
    right: { op: "num", value: "100" },
  });
  const asPublished = (p: { rounding: string }) => ({ rounding: p.rounding as "half-up" | "down" });
  for (const { l, ind } of lines) {
    if (!ind) continue;
    if (ind.kind === "deficit" && hasAll(["deficit", "E"]))
      add(
        l.index,
        percentOf(comp("deficit", 0), comp("E", 0)),
        asPublished(DEFICIT_RATIO_PRECISION)
      );
    if (ind.kind === "ordinaryBalance" && hasAll(["ordinaryExpense", "ordinaryRevenue"])) {
      let denominator = comp("ordinaryRevenue", 0);
      for (const c of ["reducedRevenueBond", "temporaryBond"] as const)
        if (found.has(c)) denominator = { op: "add", left: denominator, right: comp(c, 0) };
      add(
        l.index,
        percentOf(comp("ordinaryExpense", 0), denominator),
        asPublished(ORDINARY_BALANCE_RATIO_PRECISION)
      );
    }
    if (ind.kind === "debtService") {
      if (ind.singleYear) {
        if (debtComponents) add(l.index, singleDebt(0));
      } else if (hasYears && (singleDebtLine || debtComponents)) {
        const single = singleDebtLine
          ? (lag: number) => ref(singleDebtLine.index, lag)
          : singleDebt;
        add(l.index, threeYears(single), {
          rounding: DEBT_SERVICE_RATIO_PRECISION.rounding as "down",
        });
      }
    } else if (ind.kind === "fiscalStrength" && strengthComponents) {
      if (ind.singleYear) add(l.index, strength(0), { rounding: "half-up" });
      else if (hasYears)
        add(l.index, threeYears(strength), { rounding: "half-up", slack: FISCAL_STRENGTH_SLACK });
    }
  }
  return rules;
}
