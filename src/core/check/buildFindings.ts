import { D, type Decimal } from "../decimal";
import { parseA1Range } from "../grid";
import type { Checked } from "./evaluateRule";
import { explainByCell, type Failure } from "./explainByCell";
import type { Instance } from "./instances";
import type { TableMatrix } from "./TableMatrix";
import type { Finding, FindingKind, Interval, Rule, Severity } from "./types";

/** Figures in messages: exact when short, else to six places (the Finding keeps the exact value). */
function show(v: Decimal): string {
  return v.decimalPlaces() > 6 ? v.toDecimalPlaces(6).toFixed() : v.toFixed();
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

const MISMATCH_CODE: Partial<Record<FindingKind, string>> = {
  sum: "check.sum.mismatch",
  difference: "check.difference.mismatch",
  carryForward: "check.carryForward.mismatch",
  fundRollForward: "check.fundRollForward.unexplained",
  average: "check.average.mismatch",
  ratio: "check.ratio.mismatch",
};

/** A flow the table does not show is a question for the author, not an arithmetic error. */
function severityOf(kind: FindingKind): Severity {
  return kind === "fundRollForward" ? "confirm" : "error";
}

/** The differences (printed − expected) that rounding allows for one checked identity. */
function tolerance(c: Checked): Interval {
  return {
    lo: c.rhs.lo.minus(c.expected).minus(c.target.hi.minus(c.printed)),
    hi: c.rhs.hi.minus(c.expected).minus(c.target.lo.minus(c.printed)),
  };
}

interface Placed {
  instance: Instance;
  checked: Checked;
  year: number | null;
}

function ruleRef(r: Rule): { id: string; text: string } {
  return { id: r.id, text: r.text };
}

function byYear(a: Placed, b: Placed): number {
  return (a.year ?? 0) - (b.year ?? 0);
}

function finding(group: Placed[], severity: Severity, code: string): Finding {
  group = [...group].sort(byYear);
  const first = group[0]!;
  const c = first.checked;
  const years = group.flatMap((g) => (g.year === null ? [] : [g.year])).sort((a, b) => a - b);
  const diff = c.printed.minus(c.expected);
  const tol = tolerance(c);
  const params = {
    cell: c.address,
    printed: show(c.printed),
    expected: show(c.expected),
    difference: show(diff),
    lo: show(tol.lo),
    hi: show(tol.hi),
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

/** Groups the same gap of the same rule across years: one finding with the years listed. */
function byRepeatedGap(items: Placed[]): Placed[][] {
  const groups = new Map<string, Placed[]>();
  for (const p of items) {
    const key = `${p.instance.rule.id}|${p.checked.printed.minus(p.checked.expected).toFixed()}`;
    const list = groups.get(key) ?? [];
    list.push(p);
    groups.set(key, list);
  }
  return [...groups.values()];
}

function yearOf(matrix: TableMatrix, i: Instance): number | null {
  return matrix.positions(i.rule.lines)[i.position]?.fiscalYear ?? null;
}

/**
 * Findings from evaluated instances: a failed identity is 誤り (a fund balance the printed flows
 * do not explain: 要確認); one cell that explains several failures is one finding at that cell;
 * the same gap of one rule in several years is one finding listing the years; a gap rounding
 * explains is 端数; a blank target whose right-hand side is not zero is 要確認.
 */
export function buildFindings(matrix: TableMatrix, instances: Instance[]): Finding[] {
  const failed: Placed[] = [];
  const rounded: Placed[] = [];
  const findings: Finding[] = [];
  for (const instance of instances) {
    const e = instance.evaluation;
    const year = yearOf(matrix, instance);
    if (e.status === "targetBlank" && e.rhsNonZero) {
      findings.push({
        kind: instance.rule.kind,
        severity: "confirm",
        address: e.address,
        cells: [e.address],
        printed: null,
        expected: null,
        difference: null,
        tolerance: null,
        rule: ruleRef(instance.rule),
        rules: [ruleRef(instance.rule)],
        fiscalYears: year === null ? [] : [year],
        message: {
          code: "check.blankTarget",
          params: { cell: e.address, expected: show(e.expected), rule: instance.rule.text },
        },
      });
    }
    if (e.status !== "checked") continue;
    if (!e.holds) failed.push({ instance, checked: e, year });
    else if (!e.shownAsPrinted) rounded.push({ instance, checked: e, year });
  }
  const failures: Failure[] = failed.map((p, id) => ({ id, checked: p.checked }));
  const explained = new Set<number>();
  for (const x of explainByCell(failures)) {
    const group = x.failures.map((id) => failed[id]!);
    for (const id of x.failures) explained.add(id);
    findings.push(oneCellFinding(matrix, x.address, x.change, group));
  }
  const rest = failed.filter((_, id) => !explained.has(id));
  for (const g of byRepeatedGap(rest)) {
    const kind = g[0]!.instance.rule.kind;
    findings.push(finding(g, severityOf(kind), MISMATCH_CODE[kind] ?? "check.sum.mismatch"));
  }
  for (const g of byRepeatedGap(rounded)) findings.push(finding(g, "note", "check.rounding"));
  return findings.sort(inReadingOrder);
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, confirm: 1, note: 2 };

/** Errors first, then 要確認, then 端数; within each, by first year, then by place on the sheet. */
function inReadingOrder(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.fiscalYears[0] ?? 0) - (b.fiscalYears[0] ?? 0) ||
    sheetOrder(a.address) - sheetOrder(b.address)
  );
}

function sheetOrder(address: string): number {
  const box = parseA1Range(address);
  return box ? box.top * 20_000 + box.left : 0;
}
function oneCellFinding(
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
        printed: printedHere === null ? "" : show(printedHere),
        expected: expected === null ? "" : show(expected),
        difference: show(delta.neg()),
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
