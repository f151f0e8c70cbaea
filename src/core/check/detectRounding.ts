import { evaluateRule, type Checked, type Evaluation } from "./evaluateRule";
import { rulePositions, type Instance } from "./instances";
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
export function detectRounding(
  matrix: TableMatrix,
  rules: Rule[]
): { report: RoundingReport; halfUp: Instance[]; down: Instance[] } {
  const c = { holdsHalfUp: 0, holdsDown: 0, compared: 0, leanDown: 0, leanAgainst: 0 };
  let rounded = false;
  // Only places that can become findings are kept: a large table has hundreds of thousands of
  // identities that hold exactly.
  const halfUp: Instance[] = [];
  const down: Instance[] = [];
  for (const rule of rules) {
    for (const position of rulePositions(matrix, rule)) {
      const h = evaluateRule(matrix, rule, position, "half-up");
      // A figure's interval always holds the figure, so an identity with no gap holds under
      // every method: only places with a gap need a second look under truncation.
      const gap = h.status === "checked" && !h.printed.eq(h.expected);
      const d = gap ? evaluateRule(matrix, rule, position, "down") : h;
      if (!clean(h)) halfUp.push({ rule, position, evaluation: h });
      if (!clean(d)) down.push({ rule, position, evaluation: d });
      if (h.status !== "checked" || d.status !== "checked") continue;
      c.compared++;
      if (h.holds) c.holdsHalfUp++;
      if (d.holds) c.holdsDown++;
      if (!h.target.lo.eq(h.target.hi) || !h.rhs.lo.eq(h.rhs.hi)) rounded = true;
      const l = lean(d);
      if (l > 0) c.leanDown++;
      if (l < 0) c.leanAgainst++;
    }
  }
  return { report: { ...decide(rounded, c), ...c }, halfUp, down };
}

/** An identity that holds and rounds to the printed figure: nothing to report. */
function clean(e: Evaluation): boolean {
  return e.status === "skipped" || (e.status === "checked" && e.holds && e.shownAsPrinted);
}

function decide(
  rounded: boolean,
  c: Omit<RoundingReport, "method" | "basis">
): Pick<RoundingReport, "method" | "basis"> {
  if (!rounded) return { method: "exact", basis: c.compared > 0 ? "detected" : "assumed" };
  if (c.holdsDown !== c.holdsHalfUp)
    return { method: c.holdsDown > c.holdsHalfUp ? "down" : "half-up", basis: "detected" };
  if (c.leanDown >= 3 && c.leanAgainst === 0) return { method: "down", basis: "detected" };
  return { method: "half-up", basis: c.leanDown > 0 && c.leanAgainst > 0 ? "detected" : "assumed" };
}
