import type { Decimal } from "../decimal";
import { formatFigure } from "./formatFigure";
import type { Checked } from "./evaluateRule";
import type { Instance } from "./instances";
import type { Finding, FindingKind, Interval, Rule, Severity } from "./types";

/**
 * Figures in messages as the table prints them (1,234百万円, △65): exact when short, else to six
 * places (the Finding keeps the exact value).
 */
export function show(v: Decimal, unit: string | null = null): string {
  return formatFigure(v, unit);
}

/** Fiscal years as a short list: 2022–2030, or 2021, 2023. */
export function yearList(years: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < years.length;) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j]! + 1) j++;
    parts.push(j > i ? `${years[i]}–${years[j]}` : `${years[i]}`);
    i = j + 1;
  }
  return parts.join(", ");
}

export const MISMATCH_CODE: Partial<Record<FindingKind, string>> = {
  sum: "check.sum.mismatch",
  difference: "check.difference.mismatch",
  carryForward: "check.carryForward.mismatch",
  fundRollForward: "check.fundRollForward.unexplained",
  average: "check.average.mismatch",
  ratio: "check.ratio.mismatch",
  share: "check.share.mismatch",
  yearOnYear: "check.yearOnYear.mismatch",
  indicator: "check.indicator.mismatch",
};

/** A flow the table does not show is a question for the author, not an arithmetic error. */
export function severityOf(kind: FindingKind): Severity {
  return kind === "fundRollForward" ? "confirm" : "error";
}

/** The differences (printed − expected) that rounding allows for one checked identity. */
export function tolerance(c: Checked): Interval {
  return {
    lo: c.rhs.lo.minus(c.expected).minus(c.target.hi.minus(c.printed)),
    hi: c.rhs.hi.minus(c.expected).minus(c.target.lo.minus(c.printed)),
  };
}

export interface Placed {
  instance: Instance;
  checked: Checked;
  year: number | null;
}

export function ruleRef(r: Rule): { id: string; text: string } {
  return { id: r.id, text: r.text };
}

export function byYear(a: Placed, b: Placed): number {
  return (a.year ?? 0) - (b.year ?? 0);
}

export function finding(group: Placed[], severity: Severity, code: string): Finding {
  group = [...group].sort(byYear);
  const first = group[0]!;
  const c = first.checked;
  const years = group.flatMap((g) => (g.year === null ? [] : [g.year])).sort((a, b) => a - b);
  const diff = c.printed.minus(c.expected);
  const tol = tolerance(c);
  const params = {
    cell: c.address,
    printed: show(c.printed, c.unit),
    expected: show(c.expected, c.unit),
    difference: show(diff, c.unit),
    lo: show(tol.lo, c.unit),
    hi: show(tol.hi, c.unit),
    rule: first.instance.rule.text,
    years: yearList(years),
    count: group.length,
  };
  return {
    kind: first.instance.rule.kind,
    severity,
    address: c.address,
    cells: [...new Set(group.flatMap((g) => g.checked.cells))],
    printed: c.printed,
    expected: c.expected,
    difference: diff,
    tolerance: tol,
    rule: ruleRef(first.instance.rule),
    rules: [ruleRef(first.instance.rule)],
    fiscalYears: years,
    message: { code, params },
  };
}
