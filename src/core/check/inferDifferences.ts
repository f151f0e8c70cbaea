import { differenceSides } from "./lineRoles";
import { makeRule, refTo } from "./makeRule";
import type { Line, TableMatrix } from "./TableMatrix";
import type { LineAxis, Rule } from "./types";

/** The one line a side names: its exact label, else the one label ending or starting with it. */
function resolve(lines: Line[], exact: number[], side: string, self: number): number | null {
  if (exact.length === 1) return exact[0]!;
  const near = lines.filter(
    (l) => l.index !== self && (l.key.endsWith(side) || l.key.startsWith(side))
  );
  return near.length === 1 ? near[0]!.index : null;
}

/** Difference lines: 比較(氷見市 - 平均) = the 氷見市 line − the 平均 line, at every position. */
export function inferDifferences(matrix: TableMatrix, axis: LineAxis): Rule[] {
  const lines = matrix.lines(axis);
  const rules: Rule[] = [];
  for (const l of lines) {
    const sides = differenceSides(l.key);
    if (!sides) continue;
    const [a, b] = sides.map((s) => resolve(lines, matrix.find(axis, s), s, l.index));
    if (a == null || b == null) continue;
    const expr = {
      op: "sub" as const,
      left: { op: "ref" as const, ref: refTo(matrix, axis, a) },
      right: { op: "ref" as const, ref: refTo(matrix, axis, b) },
    };
    rules.push(
      makeRule(matrix, "difference", axis, refTo(matrix, axis, l.index), expr, "inferred")
    );
  }
  return rules;
}
