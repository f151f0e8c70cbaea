import { D, type Decimal } from "../decimal";
import { evaluateRule, type Evaluation, type Method } from "./evaluateRule";
import type { TableMatrix } from "./TableMatrix";
import type { Rule } from "./types";

/** The positions a rule is checked at: its fixed one, else every one of the other axis. */
export function rulePositions(matrix: TableMatrix, rule: Rule): number[] {
  if (rule.target.at) return [rule.target.at.line];
  const skip = new Set(rule.skip ?? []);
  return matrix.positions(rule.lines).flatMap((p) => (skip.has(p.index) ? [] : [p.index]));
}

export interface Instance {
  rule: Rule;
  position: number;
  evaluation: Evaluation;
}

/** Every place every rule applies, evaluated under one rounding method. */
export function evaluateAll(matrix: TableMatrix, rules: Rule[], method: Method): Instance[] {
  const out: Instance[] = [];
  for (const rule of rules)
    for (const position of rulePositions(matrix, rule))
      out.push({ rule, position, evaluation: evaluateRule(matrix, rule, position, method) });
  return out;
}

/** Places enough to tell a table's convention; a convention is table-wide, so a sample decides. */
const SAMPLE = 600;

/**
 * The variant the table itself follows: the one whose identity holds in the most places (of the
 * first {@link SAMPLE}), then the one with the smallest gaps, then the first (the plainest reading).
 */
export function chooseVariant(matrix: TableMatrix, variants: Rule[][], method: Method): Rule[] {
  let best = variants[0] ?? [];
  if (variants.length < 2) return best;
  let bestScore: [number, Decimal] | null = null;
  for (const v of variants) {
    let holds = 0;
    let gaps = new D(0);
    let seen = 0;
    for (const rule of v) {
      for (const position of rulePositions(matrix, rule)) {
        const e = evaluateRule(matrix, rule, position, method);
        if (e.status !== "checked") continue;
        if (e.holds) holds++;
        gaps = gaps.plus(e.printed.minus(e.expected).abs());
        seen++;
      }
      if (seen >= SAMPLE) break;
    }
    if (!bestScore || holds > bestScore[0] || (holds === bestScore[0] && gaps.lt(bestScore[1]))) {
      best = v;
      bestScore = [holds, gaps];
    }
  }
  return best;
}
