import type { Checked } from "./evaluateRule";
import { evaluateAll } from "./instances";
import type { TableMatrix } from "./TableMatrix";
import type { RoundingReport, Rule } from "./types";

/** How far a truncated side's interval leans from the printed value (its centre − value). */
function lean(c: Checked): number {
  const mid = (iv: Checked["target"]) => iv.lo.plus(iv.hi).div(2);
  const predicted = mid(c.rhs).minus(c.expected).minus(mid(c.target).minus(c.printed));
  const gap = c.printed.minus(c.expected);
  if (gap.isZero() || predicted.isZero()) return 0;
  return gap.isNeg() === predicted.isNeg() ? 1 : -1;
}

/**
 * Whether the table rounds half-up or truncates, from its own gaps (domain.md §4): the method
 * under which more identities hold; on a tie, truncation when at least three non-zero gaps all
 * lean the way truncation predicts (a sum of truncated parts falls short of its truncated total)
 * and none leans against it. "exact" when no figure any rule reads is rounded.
 */
export function detectRounding(matrix: TableMatrix, rules: Rule[]): RoundingReport {
  const halfUp = evaluateAll(matrix, rules, "half-up");
  const down = evaluateAll(matrix, rules, "down");
  let holdsHalfUp = 0;
  let holdsDown = 0;
  let compared = 0;
  let leanDown = 0;
  let leanAgainst = 0;
  let rounded = false;
  halfUp.forEach((h, k) => {
    const d = down[k]!.evaluation;
    if (h.evaluation.status !== "checked" || d.status !== "checked") return;
    const c = h.evaluation;
    compared++;
    if (c.holds) holdsHalfUp++;
    if (d.holds) holdsDown++;
    if (!c.target.lo.eq(c.target.hi) || !c.rhs.lo.eq(c.rhs.hi)) rounded = true;
    const l = lean(d);
    if (l > 0) leanDown++;
    if (l < 0) leanAgainst++;
  });
  const counts = { holdsHalfUp, holdsDown, compared, leanDown, leanAgainst };
  if (!rounded) return { method: "exact", basis: compared > 0 ? "detected" : "assumed", ...counts };
  if (holdsDown !== holdsHalfUp)
    return { method: holdsDown > holdsHalfUp ? "down" : "half-up", basis: "detected", ...counts };
  if (leanDown >= 3 && leanAgainst === 0) return { method: "down", basis: "detected", ...counts };
  const both = leanDown > 0 && leanAgainst > 0;
  return { method: "half-up", basis: both ? "detected" : "assumed", ...counts };
}
