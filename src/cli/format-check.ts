import type { Decimal } from "../core/decimal";
import { ROUNDING_MODE_NAMES } from "../core/decimal";
import { sheetReference } from "../core/grid";
import { SEVERITY_NAMES } from "../core/check";
import type { Finding, Severity } from "../core/check";
import { formatMessage } from "../core/messages";
import type { Language } from "../core/messages";
import type { CheckReport } from "../workflows";
import { escapeForTerminal } from "./terminal-text";
import { truncateDisplay } from "./display-width";
import { MAX_LISTED_ISSUES } from "./format-inspection";

export const SEVERITY_ORDER: readonly Severity[] = ["error", "confirm", "note"];

/** The JSON of `zaisei check --json`: one object, decimals as strings. */
export interface CheckJson {
  sheet: string;
  range: string;
  unit: string | null;
  findings: {
    severity: Severity;
    kind: string;
    cell: string;
    cells: string[];
    printed: string | null;
    expected: string | null;
    difference: string | null;
    tolerance: [string, string] | null;
    rule: string;
    message: string;
  }[];
  rules: { id: string; text: string; source: "inferred" | "user"; enabled: boolean }[];
  /** Cells that could not be read (an Excel error, a date in a figure cell…): never guessed, so the identities through them were not checked. */
  unreadable: { cell: string; code: string; message: string }[];
  /** Data cells holding words instead of a figure (「未定」): not used by any identity. */
  texts: { cell: string; text: string }[];
}

/** The data cells of the table holding words, in table order. */
export function* textCells(report: CheckReport): Generator<{ address: string; text: string }> {
  const rows = report.inspection.recognition.rows;
  // A column of words (産業構造分類 「I-2」) is a label column, not figures gone wrong: only words
  // in a column that also holds figures stand where a figure belongs.
  const figureColumns = new Set<number>();
  for (const row of rows)
    for (const cell of row.cells) if (cell.parsed.kind === "number") figureColumns.add(cell.col);
  for (const row of rows)
    for (const cell of row.cells)
      if (cell.parsed.kind === "text" && figureColumns.has(cell.col))
        yield { address: cell.address, text: String(cell.raw) };
}

/**
 * A figure as a Japanese finance table prints it: △ for a negative, thousands separators, the
 * decimals the value has.
 *
 * @example formatAmount(new D("-1234.5")) // "△1,234.5"
 */
export function formatAmount(value: Decimal): string {
  const [int, frac] = value.abs().toFixed().split(".");
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${value.isNegative() && !value.isZero() ? "△" : ""}${grouped}${frac ? `.${frac}` : ""}`;
}

/** The machine-readable result: every finding with all its cells, every rule on or off. */
export function checkJson(report: CheckReport, lang: Language): CheckJson {
  const { sheet } = report.ref;
  const text = (d: Decimal | null) => (d === null ? null : d.toFixed());
  return {
    sheet,
    range: report.ref.address,
    unit: report.inspection.summary.unit,
    findings: report.result.findings.map((f) => ({
      severity: f.severity,
      kind: f.kind,
      cell: sheetReference(sheet, f.address),
      cells: f.cells.map((c) => sheetReference(sheet, c)),
      printed: text(f.printed),
      expected: text(f.expected),
      difference: text(f.difference),
      tolerance: f.tolerance ? [f.tolerance.lo.toFixed(), f.tolerance.hi.toFixed()] : null,
      rule: f.rule.text,
      message: formatMessage(f.message, lang),
    })),
    rules: report.result.rules.map((r) => ({
      id: r.id,
      text: r.text,
      source: r.source,
      enabled: r.enabled,
    })),
    unreadable: report.inspection.summary.unreadable.map((u) => ({
      cell: sheetReference(sheet, u.address),
      code: u.code,
      message: u.message,
    })),
    texts: Array.from(textCells(report), (t) => ({
      cell: sheetReference(sheet, t.address),
      text: t.text,
    })),
  };
}

/** 2021, 2022–2030: consecutive years as a span. */
export function yearSpans(years: readonly number[]): string {
  const spans: string[] = [];
  let start = years[0];
  for (let i = 1; i <= years.length; i += 1) {
    const y = years[i];
    if (y !== undefined && y === years[i - 1]! + 1) continue;
    const end = years[i - 1]!;
    spans.push(start === end ? `${start}` : `${start}–${end}`);
    start = y;
  }
  return spans.join(", ");
}

/** Longest rule text shown in the text output (the JSON has it whole). */
const MAX_RULE_WIDTH = 160;

function findingLines(f: Finding, lang: Language): string[] {
  const m = (code: string, params: Record<string, string | number>) =>
    escapeForTerminal(formatMessage({ code, params }, lang));
  const amount = (d: Decimal | null) => (d === null ? "—" : formatAmount(d));
  const parts = [
    m("cli.checkFindingAmounts", {
      cell: f.address,
      printed: amount(f.printed),
      expected: amount(f.expected),
      difference: amount(f.difference),
    }),
  ];
  if (f.tolerance)
    parts.push(
      m("cli.checkTolerance", {
        lo: formatAmount(f.tolerance.lo),
        hi: formatAmount(f.tolerance.hi),
      })
    );
  if (f.fiscalYears.length > 0)
    parts.push(
      m("cli.checkYears", { years: yearSpans(f.fiscalYears), count: f.fiscalYears.length })
    );
  return [
    `  ${parts.join("  ")}`,
    `      ${m("cli.checkRuleLine", { rule: truncateDisplay(escapeForTerminal(f.rule.text), MAX_RULE_WIDTH) })}`,
  ];
}

/**
 * The human-readable result of `zaisei check`: what was checked, the rounding found, the counts
 * by severity, the findings grouped by severity (cell, printed / computed / difference with △
 * and thousands separators, the years, the rule), then the rules. Every text from the workbook
 * or the rules file is escaped like `inspect` does.
 */
export function* checkLines(report: CheckReport, lang: Language): Generator<string> {
  const m = (code: string, params: Record<string, string | number> = {}) =>
    escapeForTerminal(formatMessage({ code, params }, lang));
  const { result } = report;
  const unit = report.inspection.summary.unit;
  yield m("cli.checkRange", {
    sheet: report.ref.sheet,
    range: report.ref.address,
    unit: unit ?? m("cli.checkNoUnit"),
  });
  const method = result.rounding.method;
  yield m("cli.checkRounding", {
    method: method === "exact" ? m("cli.roundingExact") : ROUNDING_MODE_NAMES[method][lang],
    basis: m(`cli.roundingBasis.${result.rounding.basis}`),
  });
  const count = (s: Severity) => result.findings.filter((f) => f.severity === s).length;
  yield m("cli.checkCounts", {
    error: count("error"),
    confirm: count("confirm"),
    note: count("note"),
  });
  const { unreadable } = report.inspection.summary;
  if (unreadable.length > 0) {
    yield m("cli.checkUnreadable", { count: unreadable.length });
    for (const u of unreadable.slice(0, MAX_LISTED_ISSUES))
      yield `  ${escapeForTerminal(u.address)}: ${escapeForTerminal(u.message)}`;
    if (unreadable.length > MAX_LISTED_ISSUES)
      yield m("cli.inspectMoreCells", { count: unreadable.length - MAX_LISTED_ISSUES });
  }
  const quote = (text: string) => (lang === "ja" ? `「${text}」` : `“${text}”`);
  const texts = Array.from(textCells(report));
  if (texts.length > 0) {
    yield m("cli.checkTexts", { count: texts.length });
    for (const t of texts.slice(0, MAX_LISTED_ISSUES))
      yield `  ${t.address}: ${quote(truncateDisplay(escapeForTerminal(t.text), 40))}`;
    if (texts.length > MAX_LISTED_ISSUES)
      yield m("cli.inspectMoreCells", { count: texts.length - MAX_LISTED_ISSUES });
  }
  if (result.findings.length === 0) yield m("cli.checkNoFindings");
  for (const severity of SEVERITY_ORDER) {
    const group = result.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    yield m("cli.checkGroup", { severity: SEVERITY_NAMES[severity][lang], count: group.length });
    for (const f of group) yield* findingLines(f, lang);
  }
  yield m("cli.checkRules", { count: result.rules.length });
  for (const r of result.rules) {
    yield `  ${m("cli.checkRuleEntry", {
      id: r.id,
      source: m(r.source === "user" ? "cli.ruleSourceUser" : "cli.ruleSourceInferred"),
      state: m(r.enabled ? "cli.ruleOn" : "cli.ruleOff"),
      text: truncateDisplay(escapeForTerminal(r.text), MAX_RULE_WIDTH),
    })}`;
  }
}
