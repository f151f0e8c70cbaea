import { makeRule, refTo } from "./makeRule";
import type { TableMatrix } from "./TableMatrix";
import type { Expr, LineAxis, Rule } from "./types";

const CHANGE = /^(?:対前年度|前年度比|前年比|対前年)?(?:増減額?|差引|比較)$/;
const RATE = /^(?:対前年度|前年度比|前年比|対前年)?(?:増減率|伸び率|伸率)$/;

const ref = (matrix: TableMatrix, axis: LineAxis, line: number, lag = 0): Expr => ({
  op: "ref",
  ref: refTo(matrix, axis, line, lag),
});
const percent = (e: Expr): Expr => ({ op: "mul", left: e, right: { op: "num", value: "100" } });

/**
 * Year-on-year lines under an amount line, years on the other axis (domain.md §4):
 * 対前年度増減額(t) = value(t) − value(t − 1); 対前年度増減率(t) = 増減額(t) / (value(t) − 増減額(t))
 * × 100 when the table prints the 増減額 (so the first year, whose previous year is not in the
 * table, is checked too), else (value(t) − value(t − 1)) / value(t − 1) × 100.
 */
export function inferYearOnYearLines(matrix: TableMatrix, axis: LineAxis): Rule[] {
  if (!matrix.positions(axis).some((p) => p.fiscalYear !== null)) return [];
  const rules: Rule[] = [];
  let amount: number | null = null;
  let change: number | null = null;
  for (const l of matrix.lines(axis)) {
    const target = refTo(matrix, axis, l.index);
    if (CHANGE.test(l.key) && amount !== null) {
      change = l.index;
      const expr: Expr = {
        op: "sub",
        left: ref(matrix, axis, amount),
        right: ref(matrix, axis, amount, -1),
      };
      rules.push(makeRule(matrix, "yearOnYear", axis, target, expr, "inferred"));
    } else if (RATE.test(l.key) && amount !== null) {
      const expr: Expr =
        change !== null
          ? {
              op: "div",
              left: ref(matrix, axis, change),
              right: {
                op: "sub",
                left: ref(matrix, axis, amount),
                right: ref(matrix, axis, change),
              },
            }
          : {
              op: "div",
              left: {
                op: "sub",
                left: ref(matrix, axis, amount),
                right: ref(matrix, axis, amount, -1),
              },
              right: ref(matrix, axis, amount, -1),
            };
      rules.push(makeRule(matrix, "yearOnYear", axis, target, percent(expr), "inferred"));
    } else {
      amount = l.index;
      change = null;
    }
  }
  return rules;
}

/**
 * Year-on-year columns beside two year columns (令和5年度, 令和4年度, 増減額, 増減率): the change is
 * the newer year − the older, the rate the change / the older year × 100, on every row.
 */
export function inferYearOnYearColumns(matrix: TableMatrix): Rule[] {
  const years = matrix.columns.filter((c) => c.fiscalYear !== null);
  const newest = years.reduce<(typeof years)[number] | null>(
    (m, c) => (m === null || c.fiscalYear! > m.fiscalYear! ? c : m),
    null
  );
  const previous = newest && years.find((c) => c.fiscalYear === newest.fiscalYear! - 1);
  if (!newest || !previous) return [];
  const rules: Rule[] = [];
  const diff: Expr = {
    op: "sub",
    left: ref(matrix, "columns", newest.index),
    right: ref(matrix, "columns", previous.index),
  };
  for (const c of matrix.columns) {
    if (c.fiscalYear !== null) continue;
    const target = refTo(matrix, "columns", c.index);
    if (CHANGE.test(c.key))
      rules.push(makeRule(matrix, "yearOnYear", "columns", target, diff, "inferred"));
    else if (RATE.test(c.key)) {
      const expr = percent({
        op: "div",
        left: diff,
        right: ref(matrix, "columns", previous.index),
      });
      rules.push(makeRule(matrix, "yearOnYear", "columns", target, expr, "inferred"));
    }
  }
  return rules;
}
