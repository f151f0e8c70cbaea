import { chooseVariant } from "./instances";
import { inferAverages } from "./inferAverages";
import { inferCarryForward } from "./inferCarryForward";
import { inferDifferences } from "./inferDifferences";
import { inferFunds } from "./inferFunds";
import { inferLetters } from "./inferLetters";
import { findPerCapita, perCapitaRules } from "./inferPerCapita";
import { inferTotals } from "./inferTotals";
import { differenceSides, isAverageLabel, lineRoles, totalLevel } from "./lineRoles";
import type { TableMatrix } from "./TableMatrix";
import type { LineAxis, Rule } from "./types";

function sameTarget(a: Rule, b: Rule): boolean {
  return (
    a.lines === b.lines &&
    a.target.line === b.target.line &&
    a.target.at?.line === b.target.at?.line
  );
}

/**
 * The identities a recognised table implies, with no configuration (domain.md §4): totals,
 * letter expressions in labels, differences, carry-forwards, fund roll-forwards, averages and
 * per-capita lines. Items run along rows unless the years do (then along columns); per-capita
 * lines are looked for on both axes. Where a table's convention decides the form (signs of fund
 * flows, how an average of ratios is taken), the variant the data follows is kept.
 */
export function inferRules(matrix: TableMatrix): Rule[] {
  const axis: LineAxis = matrix.table.yearAxis?.orientation === "rows" ? "columns" : "rows";
  const other: LineAxis = axis === "rows" ? "columns" : "rows";
  const roles = lineRoles(matrix, axis);
  const letters = inferLetters(matrix, axis);
  const totals = inferTotals(matrix, axis, roles)
    .map(
      (v) =>
        chooseVariant(
          matrix,
          v.map((r) => [r]),
          "half-up"
        )[0]!
    )
    .filter((t) => !letters.some((l) => sameTarget(l, t)));
  const sums = [...totals, ...letters];
  const funds = chooseVariant(matrix, inferFunds(matrix, axis), "half-up");
  const perOther = findPerCapita(matrix, other);
  const derived = matrix
    .lines(axis)
    .filter(
      (l) => isAverageLabel(l.key) || differenceSides(l.key) !== null || totalLevel(l.key) > 0
    )
    .map((l) => l.index);
  const averages = inferAverages(matrix, axis, roles, perOther).flatMap((v) =>
    chooseVariant(matrix, v, "half-up")
  );
  return [
    ...sums,
    ...inferDifferences(matrix, axis),
    ...inferCarryForward(matrix, axis, sums),
    ...funds,
    ...averages,
    ...perCapitaRules(matrix, axis, findPerCapita(matrix, axis), []),
    ...perCapitaRules(matrix, other, perOther, derived),
  ];
}
