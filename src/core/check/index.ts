/**
 * 検算: the table checker's pure core (domain.md §4) — identities inferred from a recognised
 * table or written by the user, rounding as intervals, findings at their cells.
 */
export { checkTable } from "./checkTable";
export { parseRule } from "./parseRule";
export type { ParsedRule } from "./parseRule";
export { printRule, printExpr, printRef } from "./printRule";
export { figureInterval, intersects } from "./interval";
export { foldLabel } from "./foldLabel";
export { SEVERITY_NAMES } from "./types";
export type {
  CheckOptions,
  CheckResult,
  Comparison,
  Expr,
  Finding,
  FindingKind,
  Interval,
  LineAxis,
  Ref,
  RoundingReport,
  Rule,
  Severity,
} from "./types";
export {
  compactCheck,
  expandCheck,
  isCellAddress,
  isRangeAddress,
  STORED_LIMITS,
} from "./compactFindings";
export type { CompactCheck, RuleUsed, StoredCheckData } from "./compactFindings";
export { auditPaper, triangleFormat, CELL_TEXT_LIMIT } from "./auditPaper";
export type { AuditPaper, AuditPaperInput } from "./auditPaper";
export { yearList } from "./findingParts";
