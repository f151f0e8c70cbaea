import {
  baseLabel,
  isAverageLabel,
  differenceSides,
  totalLevel,
  type LineRoles,
} from "./lineRoles";
import { makeRule, refTo, sumOf } from "./makeRule";
import type { TableMatrix } from "./TableMatrix";
import type { LineAxis, Rule } from "./types";

/** Rows printed as outflows of the general account (積立, 繰上償還), for the sign variant. */
const OUTFLOW = /積立|償還|債還/;

/**
 * Totals: a line labelled 合計 / 計 / 小計 / 総計 (歳入合計(A), 決算収支合計) equals the lines
 * above it up to the previous total of its level, a heading or a blank line; a lower-level
 * total above it stands for its own members (合計 = 小計 + 小計). Each total comes in two sign
 * variants — as printed, and with 積立 / 償還 rows printed as positive amounts subtracted — for
 * {@link chooseVariant}. A total with fewer than two members in its block (blocks printed with
 * a blank line after each 小計) sums the lower-level totals since the previous total of its own
 * level or a heading, across blank lines: 合計 = 小計 + 小計 + …
 */
export function inferTotals(matrix: TableMatrix, axis: LineAxis, roles: LineRoles): Rule[][] {
  const lines = matrix.lines(axis);
  const out: Rule[][] = [];
  // The lines since the last boundary; `from` is where a total's own members begin.
  let segment: { line: number; level: number; from: number }[] = [];
  // Totals since the last heading, across blank lines, for a total whose block holds too little.
  let totals: { line: number; level: number }[] = [];
  for (const line of lines) {
    const i = line.index;
    const level = totalLevel(line.key);
    const boundary =
      roles.gapBefore[i] ||
      !roles.hasFigure[i] ||
      isAverageLabel(line.key) ||
      differenceSides(line.key) !== null;
    if (boundary) segment = [];
    if (!roles.hasFigure[i]) totals = [];
    if (!roles.hasFigure[i] || isAverageLabel(line.key) || differenceSides(line.key)) continue;
    if (level === 0) {
      segment.push({ line: i, level, from: segment.length });
      continue;
    }
    const members: number[] = [];
    let k = segment.length - 1;
    while (k >= 0 && segment[k]!.level < level) {
      members.unshift(segment[k]!.line);
      k = segment[k]!.level > 0 ? segment[k]!.from - 1 : k - 1;
    }
    const from = k + 1;
    if (members.length < 2) {
      const lower: number[] = [];
      for (let t = totals.length - 1; t >= 0 && totals[t]!.level < level; t--)
        if (totals[t]!.level === level - 1) lower.unshift(totals[t]!.line);
      if (lower.length >= 2) {
        members.length = 0;
        for (const m of lower) members.push(m);
      }
    }
    totals.push({ line: i, level });
    if (members.length >= 2) {
      const target = refTo(matrix, axis, i);
      const asPrinted = members.map((m) => ({ ref: refTo(matrix, axis, m), sign: 1 as const }));
      const variants = [makeRule(matrix, "sum", axis, target, sumOf(asPrinted), "inferred")];
      // Only an outflow printed as a positive amount is subtracted; one printed △ is signed.
      const outflows = asPrinted.map((t) => ({
        ref: t.ref,
        sign:
          OUTFLOW.test(baseLabel(lines[t.ref.line]!.key)) && roles.nonNegative[t.ref.line]
            ? (-1 as const)
            : (1 as const),
      }));
      if (outflows.some((t) => t.sign === -1))
        variants.push(makeRule(matrix, "sum", axis, target, sumOf(outflows), "inferred"));
      out.push(variants);
    }
    segment.push({ line: i, level, from });
  }
  return out;
}
