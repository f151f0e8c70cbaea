import { baseLabel, differenceSides } from "./lineRoles";
import { foldLabel } from "./foldLabel";
import { makeRule, refTo } from "./makeRule";
import type { TableMatrix } from "./TableMatrix";
import type { LineAxis, Rule } from "./types";

/**
 * Short names of lines: the last word of a label (「富山県 氷見市」 → 氷見市) and the label without
 * its parentheses (「平均(8市)」 → 平均), built once so a side resolves in constant time.
 */
function shortNames(matrix: TableMatrix, axis: LineAxis): Map<string, number[]> {
  const map = new Map<string, number[]>();
  const add = (key: string, line: number) => {
    const list = map.get(key) ?? [];
    if (!list.includes(line)) list.push(line);
    map.set(key, list);
  };
  for (const l of matrix.lines(axis)) {
    const words = l.label.trim().split(/\s+/);
    if (words.length > 1) add(foldLabel(words[words.length - 1]!), l.index);
    add(baseLabel(l.key), l.index);
  }
  return map;
}

/** Difference lines: 比較(氷見市 - 平均) = the 氷見市 line − the 平均 line, at every position. */
export function inferDifferences(matrix: TableMatrix, axis: LineAxis): Rule[] {
  const rules: Rule[] = [];
  let short: Map<string, number[]> | null = null;
  const resolve = (side: string, self: number): number | null => {
    const exact = matrix.find(axis, side);
    if (exact.length === 1) return exact[0]!;
    short ??= shortNames(matrix, axis);
    const near = (short.get(side) ?? []).filter((l) => l !== self);
    return near.length === 1 ? near[0]! : null;
  };
  for (const l of matrix.lines(axis)) {
    const sides = differenceSides(l.key);
    if (!sides) continue;
    const a = resolve(sides[0], l.index);
    const b = resolve(sides[1], l.index);
    if (a === null || b === null) continue;
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
