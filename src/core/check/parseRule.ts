import type { Issue } from "../messages/types";
import type { TableRecognition } from "../table/types";
import { foldWithPositions, RuleParser, RuleSyntaxError } from "./RuleParser";
import { makeRule } from "./makeRule";
import { TableMatrix } from "./TableMatrix";
import type { Expr, FindingKind, Ref, Rule } from "./types";

export type ParsedRule = { rule: Rule } | { issue: Issue };

/** The kind a user rule checks, from its shape. */
function kindOf(target: Ref, expr: Expr): FindingKind {
  const text = JSON.stringify(expr);
  if (/"lag":-?[1-9]/.test(text))
    return target.label.includes("残高") ? "fundRollForward" : "carryForward";
  if (text.includes('"op":"mean"')) return "average";
  if (text.includes('"op":"div"')) return "ratio";
  return text.includes('"op":"sub"') || text.includes('"op":"neg"') ? "difference" : "sum";
}

/**
 * Reads a rule written in the readable syntax against a recognised table: labels of rows (or
 * columns) matched after NFKC and whitespace folding, the longest label first, 「」 for a label
 * that needs it; `+ - × * / ÷`, parentheses, numbers, `mean(…)`, `sum(…)`; `[t-1]` the previous
 * year; `[label]` a fixed position on the other axis, `[令和8年度]`, `[R8]`, `[2026]` the
 * position of that fiscal year. A target is a reference compared with a number instead of `=`:
 * `実質公債費比率[令和8年度] <= 13`, `将来負担比率[R8] ≤ 60%`, `経常収支比率 < 90` (every year),
 * also `>=`, `≥`, `≦`, `≧`, `>`, and the number followed by 以下 / 以内 (<=), 未満 (<), 以上 (>=),
 * 超 (>): `将来負担比率[R8] 60%以下`; a `%` after the number is allowed and ignored. A target
 * is checked against the printed figure and reported (kind "target", 要確認) only when missed.
 * A problem is a message with its position.
 *
 * @example parseRule("前年度からの繰越金[t] = 決算収支合計[t-1]", recognition)
 * @example parseRule("実質公債費比率[令和8年度] <= 13", recognition)
 */
export function parseRule(text: string, table: TableRecognition | TableMatrix): ParsedRule {
  const matrix = table instanceof TableMatrix ? table : new TableMatrix(table);
  const { s, pos } = foldWithPositions(text);
  try {
    const { target, expr, axis, compare } = new RuleParser(s, matrix).rule();
    if (compare) return { rule: makeRule(matrix, "target", axis, target, expr, "user", compare) };
    return { rule: makeRule(matrix, kindOf(target, expr), axis, target, expr, "user") };
  } catch (e) {
    if (!(e instanceof RuleSyntaxError)) throw e;
    return { issue: { code: e.code, params: { ...e.params, position: pos[e.at]! + 1 } } };
  }
}
