import { totalLevel } from "./lineRoles";
import { makeRule, refTo } from "./makeRule";
import type { TableMatrix } from "./TableMatrix";
import type { Expr, LineAxis, Rule } from "./types";

const SHARE = /構成比|構成割合/;
const NOT_AMOUNT = /率|比|割合|%|\(C\/|指数/;

/**
 * Shares: a 構成比 line (%) = the amount line before it / that line's value in the table's
 * closing total × 100 (domain.md §4); the total's own share is 100. `axis` is the axis the share
 * line lies on; the total is the last line of the highest total level on the other axis.
 */
export function inferShares(matrix: TableMatrix, axis: LineAxis): Rule[] {
  const other: LineAxis = axis === "rows" ? "columns" : "rows";
  let total: number | null = null;
  let level = 0;
  for (const l of matrix.lines(other)) {
    const t = totalLevel(l.key);
    if (t > 0 && t >= level) {
      total = l.index;
      level = t;
    }
  }
  if (total === null) return [];
  const lines = matrix.lines(axis);
  const rules: Rule[] = [];
  for (const l of lines) {
    if (!SHARE.test(l.key)) continue;
    let amount = l.index - 1;
    while (amount >= 0 && NOT_AMOUNT.test(lines[amount]!.key)) amount--;
    if (amount < 0) continue;
    const at = { line: total, label: matrix.lines(other)[total]!.label };
    const expr: Expr = {
      op: "mul",
      left: {
        op: "div",
        left: { op: "ref", ref: refTo(matrix, axis, amount) },
        right: { op: "ref", ref: { ...refTo(matrix, axis, amount), at } },
      },
      right: { op: "num", value: "100" },
    };
    rules.push(makeRule(matrix, "share", axis, refTo(matrix, axis, l.index), expr, "inferred"));
  }
  return rules;
}
