import { baseLabel } from "./lineRoles";
import { makeRule, refTo } from "./makeRule";
import type { TableMatrix } from "./TableMatrix";
import type { LineAxis, Rule } from "./types";

const CARRY_IN = /^前年度(?:から)?の?繰越金$/;
const CARRY_OUT = /^(?:決算収支合計|翌年度(?:へ)?の?繰越金|形式収支|歳入歳出差引額?)$/;

/**
 * Carry-forward: 前年度からの繰越金(t) = the closing line of year t − 1 — the total whose sum
 * contains the carry line (決算収支合計 in the 氷見 table), else a line named 決算収支合計 /
 * 翌年度への繰越金. Needs years on the other axis; the first year has no previous year.
 */
export function inferCarryForward(matrix: TableMatrix, axis: LineAxis, sums: Rule[]): Rule[] {
  if (!matrix.positions(axis).some((p) => p.fiscalYear !== null)) return [];
  const lines = matrix.lines(axis);
  const rules: Rule[] = [];
  for (const l of lines) {
    if (!CARRY_IN.test(baseLabel(l.key))) continue;
    const closing =
      sums.find((r) => r.terms.some((t) => t.line === l.index))?.target.line ??
      lines.find((o) => o.index !== l.index && CARRY_OUT.test(baseLabel(o.key)))?.index;
    if (closing === undefined) continue;
    const expr = { op: "ref" as const, ref: refTo(matrix, axis, closing, -1) };
    rules.push(
      makeRule(matrix, "carryForward", axis, refTo(matrix, axis, l.index), expr, "inferred")
    );
  }
  return rules;
}
