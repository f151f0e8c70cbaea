import { differenceSides, isAverageLabel, totalLevel, type LineRoles } from "./lineRoles";
import { makeRule, refTo } from "./makeRule";
import type { PerCapita } from "./inferPerCapita";
import type { TableMatrix } from "./TableMatrix";
import type { Expr, LineAxis, Ref, Rule } from "./types";

/** The member count an average names: 平均(8市) → 8. */
const COUNT = /\((\d+)[^()]*\)/;

function members(matrix: TableMatrix, axis: LineAxis, roles: LineRoles, at: number): number[] {
  const lines = matrix.lines(axis);
  const named = COUNT.exec(lines[at]!.key)?.[1];
  const out: number[] = [];
  for (let i = at - 1; i >= 0; i--) {
    const l = lines[i]!;
    if (!roles.hasFigure[i] || totalLevel(l.key) > 0 || isAverageLabel(l.key)) break;
    if (differenceSides(l.key)) break;
    out.unshift(i);
    if (roles.gapBefore[i] || (named && out.length === Number(named))) break;
  }
  return out;
}

/**
 * Averages: a 平均 line is the mean of the member lines above it (as many as its label counts,
 * 平均(8市), else back to a total, heading or blank line), one rule per position. Where the
 * position is a per-capita measure there are two ways to average, and both are offered as
 * variants: the mean of the members' ratios, and the ratio of means Σ numerator / Σ denominator
 * × scale (the 氷見 peer table uses the latter); {@link chooseVariant} keeps the one the table used.
 */
export function inferAverages(
  matrix: TableMatrix,
  axis: LineAxis,
  roles: LineRoles,
  perCapita: PerCapita[]
): Rule[][][] {
  const positions = matrix.positions(axis);
  const other: LineAxis = axis === "rows" ? "columns" : "rows";
  const per = new Map(perCapita.map((p) => [p.line, p]));
  const out: Rule[][][] = [];
  for (const l of matrix.lines(axis)) {
    if (!isAverageLabel(l.key) || !roles.hasFigure[l.index]) continue;
    const m = members(matrix, axis, roles, l.index);
    if (m.length < 2) continue;
    for (const p of positions) {
      if (matrix.cell(axis, l.index, p.index)?.parsed.kind !== "number") continue;
      const at = { line: p.index, label: p.label };
      const target: Ref = { ...refTo(matrix, axis, l.index), at };
      const cellAt = (line: number, pos: number): Expr => ({
        op: "ref",
        ref: {
          ...refTo(matrix, axis, line),
          at: { line: pos, label: matrix.lines(other)[pos]!.label },
        },
      });
      const mean: Expr = { op: "mean", args: m.map((i) => cellAt(i, p.index)) };
      const variants = [[makeRule(matrix, "average", axis, target, mean, "inferred")]];
      const pc = per.get(p.index);
      if (pc) {
        const ratio: Expr = {
          op: "div",
          left: { op: "sum", args: m.map((i) => cellAt(i, pc.numerator)) },
          right: { op: "sum", args: m.map((i) => cellAt(i, pc.denominator)) },
        };
        const scaled: Expr =
          pc.scale === 1
            ? ratio
            : { op: "mul", left: ratio, right: { op: "num", value: String(pc.scale) } };
        variants.push([makeRule(matrix, "average", axis, target, scaled, "inferred")]);
      }
      out.push(variants);
    }
  }
  return out;
}
