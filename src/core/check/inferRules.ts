import { linearRefs } from "./linearRefs";
import { chooseVariant } from "./instances";
import { inferAverages } from "./inferAverages";
import { inferCarryForward } from "./inferCarryForward";
import { inferDifferences } from "./inferDifferences";
import { inferFunds } from "./inferFunds";
import { inferIndicators } from "./inferIndicators";
import { inferLetters } from "./inferLetters";
import { findPerCapita, perCapitaRules } from "./inferPerCapita";
import { inferShares } from "./inferShares";
import { inferTotals } from "./inferTotals";
import {
  inferYearGroupColumns,
  inferYearOnYearColumns,
  inferYearOnYearLines,
} from "./inferYearOnYear";
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
 * letter expressions in labels (on both axes: 予算現額 A … 対予算 (C/A)×100), differences,
 * carry-forwards, fund roll-forwards, averages, per-capita lines, shares (構成比) and
 * year-on-year lines or columns (対前年度増減額・増減率). Items run along rows unless the years do (then along columns); per-capita
 * lines are looked for on both axes. Where a table's convention decides the form (signs of fund
 * flows, how an average of ratios is taken), the variant the data follows is kept.
 */
export function inferRules(matrix: TableMatrix): Rule[] {
  const axis: LineAxis = matrix.table.yearAxis?.orientation === "rows" ? "columns" : "rows";
  const other: LineAxis = axis === "rows" ? "columns" : "rows";
  const roles = lineRoles(matrix, axis);
  const perOther = findPerCapita(matrix, other);
  const derived = matrix
    .lines(axis)
    .filter(
      (l) => isAverageLabel(l.key) || differenceSides(l.key) !== null || totalLevel(l.key) > 0
    )
    .map((l) => l.index);
  const across = [
    ...perCapitaRules(matrix, other, perOther, derived),
    ...inferLetters(matrix, other),
    ...inferShares(matrix, other),
    ...(matrix.table.yearAxis?.orientation === "columns"
      ? [...inferYearOnYearColumns(matrix), ...inferYearGroupColumns(matrix)]
      : []),
  ];
  const skip = nonAdditive(matrix, other, across);
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
  const averages = inferAverages(matrix, axis, roles, perOther).flatMap((v) =>
    chooseVariant(matrix, v, "half-up")
  );
  const additive = (r: Rule) => (r.kind === "sum" && skip.length > 0 ? { ...r, skip } : r);
  return [
    ...sums.map(additive),
    ...inferDifferences(matrix, axis),
    ...inferCarryForward(matrix, axis, sums),
    ...funds,
    ...averages,
    ...perCapitaRules(matrix, axis, findPerCapita(matrix, axis), []),
    ...inferYearOnYearLines(matrix, axis),
    ...inferIndicators(matrix, axis),
    ...across,
  ];
}

const RATE_LIKE = /率|比|割合|指数|当たり|%/;

/**
 * Positions where a total is not the sum of the lines above: rates, shares and ratios (by label
 * or unit, or because a rule on that axis divides to give them). A difference still holds there
 * (比較 of two rates), so only sums skip them.
 */
function nonAdditive(matrix: TableMatrix, axis: LineAxis, rules: Rule[]): number[] {
  const units =
    axis === "columns"
      ? matrix.table.columns.map((c) => c.unit)
      : matrix.table.rows.map((r) => r.unit);
  const divided = new Set(
    rules.filter((r) => linearRefs(r.expr) === null).map((r) => r.target.line)
  );
  return matrix
    .lines(axis)
    .filter((l) => divided.has(l.index) || RATE_LIKE.test(l.key) || units[l.index] === "%")
    .map((l) => l.index);
}
