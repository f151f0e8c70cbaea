import { foldLabel } from "./foldLabel";
import { makeRule, refTo } from "./makeRule";
import type { Line, TableMatrix } from "./TableMatrix";
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

/** The measure of a column under a two-row header: 「令和5年度 / 構成比」 → 「構成比」 (folded). */
function measureOf(label: string): string | null {
  const at = label.lastIndexOf(" / ");
  return at < 0 ? null : foldLabel(label.slice(at + 3));
}

const NOT_AMOUNT = /率|比|割合|%|指数|増減|差引|比較/;

/**
 * Year-on-year columns inside year groups (a two-row header: 令和4年度 merged over 決算額 / 構成比 /
 * 対前年度増減率, then 令和5年度 …; the columns carry the year and 「令和5年度 / 対前年度増減率」):
 * in each group, 増減額 = the group's amount − the same measure in the previous year's group;
 * 増減率 = that change / the previous year's amount × 100. In the first year, whose previous
 * year is not in the table, the rate is checked against its own group's 増減額 when there is one:
 * 増減額 / (amount − 増減額) × 100 (domain.md §4). The amount is the nearest column before the
 * change or rate in its group that is not a rate, share or change.
 */
export function inferYearGroupColumns(matrix: TableMatrix): Rule[] {
  const groups = new Map<number, Line[]>();
  for (const c of matrix.columns) {
    if (c.fiscalYear === null || measureOf(c.label) === null) continue;
    const list = groups.get(c.fiscalYear) ?? [];
    list.push(c);
    groups.set(c.fiscalYear, list);
  }
  const rules: Rule[] = [];
  for (const [year, group] of groups) {
    if (group.length < 2) continue;
    const previous = groups.get(year - 1);
    for (let i = 0; i < group.length; i++) {
      const c = group[i]!;
      const measure = measureOf(c.label)!;
      const isChange = CHANGE.test(measure);
      if (!isChange && !RATE.test(measure)) continue;
      let a = i - 1;
      while (a >= 0 && NOT_AMOUNT.test(measureOf(group[a]!.label)!)) a--;
      if (a < 0) continue;
      const amount = group[a]!;
      const before = previous?.find((p) => measureOf(p.label) === measureOf(amount.label));
      const col = (l: Line): Expr => ref(matrix, "columns", l.index);
      const target = refTo(matrix, "columns", c.index);
      const diff: Expr | null = before
        ? { op: "sub", left: col(amount), right: col(before) }
        : null;
      if (isChange) {
        if (diff) rules.push(makeRule(matrix, "yearOnYear", "columns", target, diff, "inferred"));
        continue;
      }
      const change = group.find((g) => CHANGE.test(measureOf(g.label)!));
      const expr: Expr | null = diff
        ? { op: "div", left: diff, right: col(before!) }
        : change
          ? {
              op: "div",
              left: col(change),
              right: { op: "sub", left: col(amount), right: col(change) },
            }
          : null;
      if (expr)
        rules.push(makeRule(matrix, "yearOnYear", "columns", target, percent(expr), "inferred"));
    }
  }
  return rules;
}
