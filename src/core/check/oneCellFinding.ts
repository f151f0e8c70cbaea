import { D, type Decimal } from "../decimal";
import { finding, ruleRef, show, type Placed } from "./findingParts";
import type { TableMatrix } from "./TableMatrix";
import type { Finding, Interval } from "./types";

/**
 * The finding for one cell that explains several failed identities: at that cell, with the
 * value that makes them all hold and every identity listed.
 */
export function oneCellFinding(
  matrix: TableMatrix,
  address: string,
  change: Interval,
  group: Placed[]
): Finding {
  // Prefer the identity whose own cell this is: its computed value is what the cell should be.
  const own = group.find((g) => g.checked.address === address);
  const base = own ?? group[0]!;
  const printedHere = own ? own.checked.printed : figureAt(matrix, base, address);
  let delta = own
    ? own.checked.expected.minus(own.checked.printed)
    : change.lo.plus(change.hi).div(2);
  if (delta.lt(change.lo) || delta.gt(change.hi)) delta = change.lo.plus(change.hi).div(2);
  const expected = printedHere === null ? null : printedHere.plus(delta);
  // One figure that breaks several identities is a wrong figure, even in a fund roll-forward
  // (a flow the table omits would shift every later year, not break two in opposite senses).
  const f = finding([base], "error", "check.oneCell");
  const years = [...new Set(group.flatMap((g) => (g.year === null ? [] : [g.year])))].sort(
    (a, b) => a - b
  );
  const rules = [...(own ? [own] : []), ...group].map((g) => ruleRef(g.instance.rule));
  return {
    ...f,
    address,
    cells: [...new Set(group.flatMap((g) => g.checked.cells))],
    printed: printedHere,
    expected,
    difference: delta.neg(),
    tolerance: { lo: change.lo.minus(delta), hi: change.hi.minus(delta) },
    rules: rules.filter((r, i) => rules.findIndex((o) => o.id === r.id) === i),
    fiscalYears: years,
    message: {
      code: "check.oneCell",
      params: {
        cell: address,
        printed: printedHere === null ? "" : show(printedHere, base.checked.unit),
        expected: expected === null ? "" : show(expected, base.checked.unit),
        difference: show(delta.neg(), base.checked.unit),
        count: group.length,
        rule: group.map((g) => g.instance.rule.text).join(" / "),
      },
    },
  };
}

/** The printed figure of a cell named in a linear identity (found among its terms). */
function figureAt(matrix: TableMatrix, p: Placed, address: string): Decimal | null {
  for (const t of p.instance.rule.terms) {
    const pos = t.at ? t.at.line : matrix.shift(p.instance.rule.lines, p.instance.position, t.lag);
    if (pos === null) continue;
    const f = matrix.figure(p.instance.rule.lines, t.line, pos);
    if (f?.address === address) return f.kind === "figure" ? f.value : new D(0);
  }
  return null;
}
