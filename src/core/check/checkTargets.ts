import { D, type Decimal } from "../decimal";
import { formatFigure } from "./formatFigure";
import { rulePositions } from "./instances";
import type { TableMatrix } from "./TableMatrix";
import type { Comparison, Finding, Rule } from "./types";

function met(printed: Decimal, compare: Comparison, value: Decimal): boolean {
  if (compare === "<=") return printed.lte(value);
  if (compare === "<") return printed.lt(value);
  if (compare === ">=") return printed.gte(value);
  return printed.gt(value);
}

/**
 * Targets (kind "target"): the printed figure against the number the plan states, at its year
 * (or every position when the target names none). A missed target is 要確認 — the plan says what
 * the city aims for, the table what it expects; a met one is not reported, and a blank or
 * unreadable cell is not compared. The printed figure is compared as printed (it is the
 * published value), on the exact number.
 */
export function checkTargets(matrix: TableMatrix, rules: Rule[]): Finding[] {
  const out: Finding[] = [];
  for (const rule of rules) {
    if (rule.kind !== "target" || !rule.compare || rule.expr.op !== "num") continue;
    const value = new D(rule.expr.value);
    for (const position of rulePositions(matrix, rule)) {
      const f = matrix.figure(rule.lines, rule.target.line, position);
      if (f?.kind !== "figure" || met(f.value, rule.compare, value)) continue;
      const year = matrix.positions(rule.lines)[position]?.fiscalYear ?? null;
      const ref = { id: rule.id, text: rule.text };
      out.push({
        kind: "target",
        severity: "confirm",
        address: f.address,
        cells: [f.address],
        printed: f.value,
        expected: value,
        difference: f.value.minus(value),
        tolerance: null,
        rule: ref,
        rules: [ref],
        fiscalYears: year === null ? [] : [year],
        message: {
          code: "check.target.missed",
          params: {
            cell: f.address,
            label: rule.target.label,
            printed: formatFigure(f.value, f.unit),
            target: formatFigure(value, f.unit),
            compare: rule.compare,
            difference: formatFigure(f.value.minus(value), f.unit),
            rule: rule.text,
          },
        },
      });
    }
  }
  return out;
}
