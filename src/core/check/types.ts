import type { Decimal, RoundingMode } from "../decimal";
import type { Issue } from "../messages/types";

/** What an identity checks (domain.md §4). */
export type FindingKind =
  | "sum"
  | "difference"
  | "carryForward"
  | "fundRollForward"
  | "average"
  | "share"
  | "ratio"
  | "yearOnYear"
  | "indicator"
  | "threshold"
  | "target";

/** 誤り (the figures contradict each other), 要確認 (ask the author), 端数 (rounding explains it). */
export type Severity = "error" | "confirm" | "note";

export const SEVERITY_NAMES: Record<Severity, { ja: string; en: string }> = {
  error: { ja: "誤り", en: "error" },
  confirm: { ja: "要確認", en: "to confirm" },
  note: { ja: "端数", en: "rounding" },
};

/** Which grid lines a rule's labels name: rows (applied in every column) or columns. */
export type LineAxis = "rows" | "columns";

/**
 * A cell reference by label: the line (row or column, by its position in the recognition's
 * `rows` or `columns`), a year offset (`[t-1]` → lag -1) and optionally a fixed position on the
 * other axis (`平均(8市)[職員数(人)]`).
 */
export interface Ref {
  line: number;
  label: string;
  lag: number;
  at?: { line: number; label: string };
}

/** The right-hand side of a rule. Numbers are decimal strings. */
export type Expr =
  | { op: "ref"; ref: Ref }
  | { op: "num"; value: string }
  | { op: "neg"; arg: Expr }
  | { op: "add" | "sub" | "mul" | "div"; left: Expr; right: Expr }
  | { op: "sum" | "mean"; args: Expr[] };

/** One identity: `target = expr`, applied at every position of the other axis unless fixed. */
export interface Rule {
  /** Stable within one table: the kind and the target's address (`sum:A10`). */
  id: string;
  kind: FindingKind;
  /** The rule in the readable syntax ({@link printRule}). */
  text: string;
  source: "inferred" | "user";
  enabled: boolean;
  lines: LineAxis;
  target: Ref;
  expr: Expr;
  /** Every reference of `expr`, in order. */
  terms: Ref[];
  /**
   * Positions the rule does not apply at: a per-capita column is not a ratio in the average and
   * difference rows, which have rules of their own.
   */
  skip?: number[];
  /**
   * A target (kind "target"): the target cell compared with the number `expr` gives, met when
   * `printed compare value` holds (`実質公債費比率[令和8年度] <= 13`). Identities have none.
   */
  compare?: Comparison;
  /**
   * The rounding the target is published with whatever the table does (実質公債費比率 truncated,
   * 財政力指数 half-up), and `slack`: how far an intermediate published rounding can move it
   * (財政力指数 rounds each year to 2 places before the mean: 0.005).
   */
  published?: { rounding: "half-up" | "down"; slack?: string };
}

/** How a target compares: `<=` (以下, 以内), `<` (未満), `>=` (以上), `>` (超). */
export type Comparison = "<=" | "<" | ">=" | ">";

/** A closed interval of values a printed figure (or a computation on figures) stands for. */
export interface Interval {
  lo: Decimal;
  hi: Decimal;
}

/** How the table rounds its figures, as read from its own gaps. */
export interface RoundingReport {
  /** "exact" when no figure involved in a rule is rounded (whole 円, counts). */
  method: RoundingMode | "exact";
  /**
   * "detected" when the gaps decide it, "assumed" when they do not (half-up by default),
   * "given" when the caller chose it.
   */
  basis: "detected" | "assumed" | "given";
  /** Rule instances that hold under half-up and under truncation, and how many were compared. */
  holdsHalfUp: number;
  holdsDown: number;
  compared: number;
  /** Non-zero gaps leaning the way truncation predicts, and against it. */
  leanDown: number;
  leanAgainst: number;
}

/** One identity checked in one place (one year or one column). */
export interface RuleInstance {
  rule: Rule;
  /** Position on the other axis (index in columns for row rules, in rows for column rules). */
  position: number;
  fiscalYear: number | null;
  address: string;
}

/** One thing the checker reports, at one cell. */
export interface Finding {
  kind: FindingKind;
  severity: Severity;
  /** The cell the finding is about (A1). */
  address: string;
  /** Every cell the identities involve. */
  cells: string[];
  printed: Decimal | null;
  /** What the identity gives for this cell from the other printed figures. */
  expected: Decimal | null;
  /** printed − expected. */
  difference: Decimal | null;
  /** The differences rounding allows (端数), from the intervals of both sides. */
  tolerance: Interval | null;
  rule: { id: string; text: string };
  /** Every identity this finding explains (one wrong cell can break several). */
  rules: { id: string; text: string }[];
  /** Fiscal years the finding covers (the same gap repeated), ascending; empty without years. */
  fiscalYears: number[];
  message: Issue;
}

export interface CheckOptions {
  /** Rules in the readable syntax, added to (or replacing, same target) the inferred ones. */
  userRules?: string[];
  /** Ids of rules to switch off. */
  disabledRules?: string[];
  /** Force a rounding method instead of detecting it. */
  rounding?: RoundingMode | "exact";
}

export interface CheckResult {
  rules: Rule[];
  findings: Finding[];
  rounding: RoundingReport;
  /** Problems in user rules (with the position in the rule text). */
  ruleIssues: { rule: string; issue: Issue }[];
}
