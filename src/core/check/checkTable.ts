import type { TableRecognition } from "../table/types";
import { buildFindings, inReadingOrder } from "./buildFindings";
import { checkTargets } from "./checkTargets";
import { indicatorFindings } from "./indicatorFindings";
import { detectRounding } from "./detectRounding";
import { inferRules } from "./inferRules";
import { evaluateAll } from "./instances";
import { parseRule } from "./parseRule";
import { TableMatrix } from "./TableMatrix";
import type { CheckOptions, CheckResult, Rule } from "./types";

function sameTarget(a: Rule, b: Rule): boolean {
  return (
    a.lines === b.lines &&
    (a.kind === "target") === (b.kind === "target") &&
    a.target.line === b.target.line &&
    a.target.at?.line === b.target.at?.line
  );
}

/**
 * Checks a recognised finance table as an auditor would (domain.md §4): infers its identities,
 * adds the user's rules (a user rule replaces an inferred one for the same cell), switches off
 * the rules named, reads from the data whether the table rounds or truncates, and reports every
 * identity that fails with its cells and amounts, one finding per wrong cell; then the statutory
 * lines the indicator lines cross and their impossible values (要確認), and the user's targets
 * that are missed (要確認). Linear in cells.
 *
 * @example checkTable(recognizeTable(grid)).findings.filter((f) => f.severity === "error")
 */
export function checkTable(table: TableRecognition, options: CheckOptions = {}): CheckResult {
  const matrix = new TableMatrix(table);
  let rules = inferRules(matrix);
  const ruleIssues: CheckResult["ruleIssues"] = [];
  for (const text of options.userRules ?? []) {
    const parsed = parseRule(text, matrix);
    if ("issue" in parsed) ruleIssues.push({ rule: text, issue: parsed.issue });
    else rules = [...rules.filter((r) => !sameTarget(r, parsed.rule)), parsed.rule];
  }
  const off = new Set(options.disabledRules ?? []);
  rules = rules.map((r) => (off.has(r.id) ? { ...r, enabled: false } : r));
  const enabled = rules.filter((r) => r.enabled && r.kind !== "target");
  const targets = rules.filter((r) => r.enabled && r.kind === "target");
  const detected = detectRounding(matrix, enabled);
  const rounding = options.rounding
    ? { ...detected.report, method: options.rounding, basis: "given" as const }
    : detected.report;
  const evaluated =
    rounding.method === "half-up"
      ? detected.halfUp
      : rounding.method === "down"
        ? detected.down
        : evaluateAll(matrix, enabled, rounding.method);
  const statutory = [
    ...indicatorFindings(matrix, "rows"),
    ...indicatorFindings(matrix, "columns"),
  ].filter((f) => !off.has(f.rule.id));
  const findings = [
    ...buildFindings(matrix, evaluated),
    ...statutory,
    ...checkTargets(matrix, targets),
  ].sort(inReadingOrder);
  return { rules, findings, rounding, ruleIssues };
}
