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
  const closingOf = new Map<number, number>();
  for (const r of sums)
    for (const t of r.terms) if (!closingOf.has(t.line)) closingOf.set(t.line, r.target.line);
  const named = lines.find((o) => CARRY_OUT.test(baseLabel(o.key)))?.index;
  for (const l of lines) {
    if (!CARRY_IN.test(baseLabel(l.key))) continue;
    const closing = closingOf.get(l.index) ?? named;
    if (closing === undefined || closing === l.index) continue;
    const expr = { op: "ref" as const, ref: refTo(matrix, axis, closing, -1) };
    rules.push(
      makeRule(matrix, "carryForward", axis, refTo(matrix, axis, l.index), expr, "inferred")
    );
  }
  return rules;
}
