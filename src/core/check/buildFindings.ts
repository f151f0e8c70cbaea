import { parseA1Range } from "../grid";
import { explainByCell, type Failure } from "./explainByCell";
import { finding, MISMATCH_CODE, ruleRef, severityOf, show, type Placed } from "./findingParts";
import type { Instance } from "./instances";
import { oneCellFinding } from "./oneCellFinding";
import type { TableMatrix } from "./TableMatrix";
import type { Finding, Severity } from "./types";

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
          params: { cell: e.address, expected: show(e.expected, e.unit), rule: instance.rule.text },
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
export function inReadingOrder(a: Finding, b: Finding): number {
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
