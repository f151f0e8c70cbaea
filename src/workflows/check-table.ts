import { boxAddress } from "../core/grid";
import type { Grid } from "../core/grid";
import { auditPaper, checkTable, compactCheck, expandCheck } from "../core/check";
import type { CheckResult, Finding, StoredCheckData } from "../core/check";
import { formatMessage } from "../core/messages";
import type { Language } from "../core/messages";
import { recognizeTable } from "../core/table";
import type { RecognizedCell, TableRecognition } from "../core/table";
import { WorkbookError } from "../workbook/port";
import type { CellMark, MarkSeverity, RangeRef, WorkbookPort } from "../workbook/port";
import { holdsNothing } from "./inspect-range";
import type { InspectionReport } from "./inspect-range";
import { recognizeInSlices } from "./recognize-in-slices";
import { summarizeRecognition } from "./summarize-recognition";

/** The setting holding each sheet's rule settings: { [sheet]: CheckRuleSettings }. */
export const CHECK_RULES_SETTING = "zaisei.check.rules";
/** The setting holding the last check, compactly (core's compactCheck). */
export const LAST_CHECK_SETTING = "zaisei.check.last";
/** At most this many user rules and disabled rules per sheet are read back (longer lists are dropped). */
export const MAX_SAVED_RULES = 1_000;
/** Longest rule text (or rule id) read back from the workbook. */
export const MAX_RULE_TEXT = 2_000;

/** The rules a sheet's check uses besides the inferred ones (per sheet). */
export interface CheckRuleSettings {
  /** Rules in the checker's readable syntax (core parseRule). */
  userRules: string[];
  /** Ids of rules switched off ("sum:A9"). */
  disabledRules: string[];
}

export type CheckPhase = "reading" | "analyzing" | "checking";

export interface CheckRequest {
  /** The range to check; "sheet" checks the sheet's used range. */
  target:
    { kind: "range"; ref: RangeRef } | { kind: "sheet"; sheet: string } | { kind: "selection" };
  /** Overrides the rules saved in the workbook for this sheet (the CLI's --rules). */
  rules?: CheckRuleSettings;
  lang: Language;
  signal?: AbortSignal;
  onProgress?: (p: { phase: CheckPhase; done: number; total: number }) => void;
  /** The clock for the stored check's time (core has none); default: now. */
  now?: () => Date;
}

export interface CheckReport {
  /** What was checked (sheet + A1 range of the cells read). */
  ref: RangeRef;
  /** Recognition + summary, as 「選択範囲を読む」 gives it. */
  inspection: InspectionReport;
  /** Core's rules, findings, rounding and rule issues. */
  result: CheckResult;
  /** The rule settings used. */
  rules: CheckRuleSettings;
  /** When it was checked (ISO 8601), as stored in the workbook. */
  checkedAt: string;
}

/** The last check as kept in the workbook (see core's StoredCheckData). */
export type StoredCheck = StoredCheckData;

function ruleList(value: unknown): string[] | null {
  if (!Array.isArray(value) || value.length > MAX_SAVED_RULES) return null;
  return value.filter(
    (v): v is string => typeof v === "string" && v.length > 0 && v.length <= MAX_RULE_TEXT
  );
}

/** One sheet's entry of the setting, or null when it is not the shape saveCheckRules writes. */
function readRuleSettings(value: unknown): CheckRuleSettings | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  const userRules = ruleList(v.userRules);
  const disabledRules = ruleList(v.disabledRules);
  return userRules && disabledRules ? { userRules, disabledRules } : null;
}

/** The whole setting as an object of sheets, or {} when it is anything else. */
async function allRuleSettings(port: WorkbookPort): Promise<Record<string, unknown>> {
  const value = await port.getSetting<unknown>(CHECK_RULES_SETTING);
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** Excel matches sheet names without regard to case. */
const sameSheet = (a: string, b: string) =>
  a.normalize("NFC").toLowerCase() === b.normalize("NFC").toLowerCase();

/**
 * The rules saved for a sheet (setting "zaisei.check.rules"), checked in shape: anything but
 * lists of non-empty texts (at most {@link MAX_SAVED_RULES}, each at most {@link MAX_RULE_TEXT}
 * characters) reads as no saved rules; the texts are only ever parsed as rules, never run.
 *
 * @example (await loadCheckRules(port, "中長期財政見通し")).userRules
 */
export async function loadCheckRules(
  port: WorkbookPort,
  sheet: string
): Promise<CheckRuleSettings> {
  const all = await allRuleSettings(port);
  const key = Object.prototype.hasOwnProperty.call(all, sheet)
    ? sheet
    : Object.keys(all).find((k) => sameSheet(k, sheet));
  return (
    (key === undefined ? null : readRuleSettings(all[key])) ?? {
      userRules: [],
      disabledRules: [],
    }
  );
}

/**
 * Saves a sheet's rule settings in the workbook (setting "zaisei.check.rules"), beside the other
 * sheets' ones; empty lists remove the sheet's entry.
 *
 * @example await saveCheckRules(port, "表1", { userRules: ["合計 = A + B"], disabledRules: [] })
 */
export async function saveCheckRules(
  port: WorkbookPort,
  sheet: string,
  rules: CheckRuleSettings
): Promise<void> {
  const all = await allRuleSettings(port);
  const next: Record<string, CheckRuleSettings> = {};
  for (const [key, value] of Object.entries(all)) {
    const read = readRuleSettings(value);
    if (read && !sameSheet(key, sheet)) next[key] = read;
  }
  if (rules.userRules.length > 0 || rules.disabledRules.length > 0)
    next[sheet] = { userRules: [...rules.userRules], disabledRules: [...rules.disabledRules] };
  await port.setSetting(CHECK_RULES_SETTING, next);
}

/**
 * The last check kept in the workbook (setting "zaisei.check.last"), checked in shape by core's
 * expandCheck: null when there is none or it is not what checkTableInWorkbook stores.
 *
 * @example (await loadLastCheck(port))?.findings.length
 */
export async function loadLastCheck(port: WorkbookPort): Promise<StoredCheck | null> {
  return expandCheck(await port.getSetting<unknown>(LAST_CHECK_SETTING));
}

/** The check as stored: the findings and every rule the check had, on or off. */
export function storedCheckOf(report: CheckReport): StoredCheck {
  return {
    ref: report.ref,
    checkedAt: report.checkedAt,
    findings: report.result.findings,
    rules: report.result.rules.map((r) => ({
      id: r.id,
      text: r.text,
      source: r.source,
      enabled: r.enabled,
    })),
  };
}

async function readTarget(
  port: WorkbookPort,
  request: CheckRequest
): Promise<{ sheet: string; grid: Grid }> {
  const read = {
    formulas: true,
    signal: request.signal,
    onProgress: (done: number, total: number) =>
      request.onProgress?.({ phase: "reading", done, total }),
  };
  const { target } = request;
  if (target.kind === "sheet") {
    const grid = await port.readUsedRange(target.sheet, read);
    if (grid === null) throw new WorkbookError("workbook.emptyRange", { sheet: target.sheet });
    return { sheet: target.sheet, grid };
  }
  const ref = target.kind === "range" ? target.ref : await port.getSelection();
  return { sheet: ref.sheet, grid: await port.readRange(ref, read) };
}

/**
 * 検算: reads the range (values and formulas: a formula without a result is reported, not taken
 * for a blank), recognises the table (in slices with a turn of the event loop between them when
 * someone watches or may cancel), checks it with the sheet's saved rules (or `request.rules`),
 * and keeps the result compactly in the workbook for the next time it is opened. Rejects with
 * WorkbookError "workbook.emptyRange" when the range holds nothing, "workbook.aborted" when
 * cancelled. Writes no cell and no mark.
 *
 * @example
 * const report = await checkTableInWorkbook(port, { target: { kind: "sheet", sheet: "表1" }, lang: "ja" });
 * report.result.findings.filter((f) => f.severity === "error");
 */
export async function checkTableInWorkbook(
  port: WorkbookPort,
  request: CheckRequest
): Promise<CheckReport> {
  const { sheet, grid } = await readTarget(port, request);
  if (holdsNothing(grid)) throw new WorkbookError("workbook.emptyRange", { sheet });
  const width = grid.values.reduce((w, row) => Math.max(w, row.length), 0);
  const ref: RangeRef = {
    sheet,
    address: boxAddress({
      top: grid.top,
      left: grid.left,
      rows: grid.values.length,
      cols: Math.max(width, 1),
    }),
  };
  const { signal, onProgress } = request;
  const recognition =
    signal || onProgress
      ? await recognizeInSlices(grid, {
          signal,
          onProgress: (done, total) => onProgress?.({ phase: "analyzing", done, total }),
        })
      : recognizeTable(grid);
  const inspection: InspectionReport = {
    ref,
    cellCount: grid.values.length * width,
    recognition,
    summary: summarizeRecognition(recognition, request.lang),
  };
  const rules = request.rules ?? (await loadCheckRules(port, sheet));
  if (signal?.aborted) throw new WorkbookError("workbook.aborted");
  onProgress?.({ phase: "checking", done: 0, total: 1 });
  const result = checkTable(recognition, {
    userRules: rules.userRules,
    disabledRules: rules.disabledRules,
  });
  onProgress?.({ phase: "checking", done: 1, total: 1 });
  const checkedAt = (request.now?.() ?? new Date()).toISOString();
  const report: CheckReport = { ref, inspection, result, rules, checkedAt };
  await port.setSetting(LAST_CHECK_SETTING, compactCheck(storedCheckOf(report)));
  return report;
}

const SEVERITY_RANK: Record<MarkSeverity, number> = { error: 0, confirm: 1, note: 2 };

/**
 * Marks every finding's cell in the group "check" (the severity as the finding's; a cell with
 * several findings takes the most serious), replacing the group's earlier marks and no others.
 * Rejects as setMarks does (a protected sheet, a missing sheet) before marking anything.
 *
 * @example await markFindings(port, report)
 */
export async function markFindings(
  port: WorkbookPort,
  report: CheckReport | StoredCheck
): Promise<void> {
  const findings = "result" in report ? report.result.findings : report.findings;
  const yearCells = "result" in report ? yearCellsOf(report.inspection.recognition) : null;
  const bySeverity = new Map<string, MarkSeverity>();
  for (const f of findings) {
    for (const address of yearCells ? yearCells(f) : [f.address]) {
      const known = bySeverity.get(address);
      if (known === undefined || SEVERITY_RANK[f.severity] < SEVERITY_RANK[known])
        bySeverity.set(address, f.severity);
    }
  }
  const marks: CellMark[] = Array.from(bySeverity, ([address, severity]) => ({
    sheet: report.ref.sheet,
    address,
    severity,
  }));
  await port.setMarks("check", marks);
}

/**
 * The cells a finding stands for: its own cell and, when it covers several years (the same gap
 * every year, one finding), the same line's cell of each of those years — so every year's figure
 * is marked, not only the first. A stored check has no table to look in: its own cell only.
 */
function yearCellsOf(recognition: TableRecognition): (f: Finding) => string[] {
  const byAddress = new Map<string, RecognizedCell>();
  for (const row of recognition.rows) for (const c of row.cells) byAddress.set(c.address, c);
  const byColumns = recognition.yearAxis?.orientation !== "rows";
  return (f) => {
    const own = byAddress.get(f.address);
    if (!own || f.fiscalYears.length < 2) return [f.address];
    const years = new Set(f.fiscalYears);
    const out = [f.address];
    for (const row of recognition.rows)
      for (const c of row.cells)
        if (
          c.address !== f.address &&
          c.fiscalYear !== null &&
          years.has(c.fiscalYear) &&
          (byColumns ? c.row === own.row : c.col === own.col)
        )
          out.push(c.address);
    return out;
  };
}

/** Removes the check's marks (group "check") and nothing else; returns how many were removed. */
export async function clearCheckMarks(port: WorkbookPort): Promise<number> {
  return port.clearMarks("check");
}

/** "2026-12-01 18:30" in the clock's own time zone (the user's, in the pane). */
function localTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/**
 * Writes the audit working paper (検算調書) to a new sheet the add-in owns: title, workbook and
 * sheet names, the range checked, date and time, rounding found, counts by severity, one row per
 * finding, then the rules used (core's auditPaper). Returns the sheet's name ("検算調書", or
 * "検算調書 (2)" when taken). Never writes into the user's sheets.
 *
 * @example const name = await writeAuditPaper(port, report, { checkedAt: new Date(), workbookName: "見通し.xlsx", lang: "ja" });
 */
export async function writeAuditPaper(
  port: WorkbookPort,
  report: CheckReport,
  meta: { checkedAt: Date; workbookName: string; lang: Language }
): Promise<string> {
  const paper = auditPaper({
    workbookName: meta.workbookName,
    sheet: report.ref.sheet,
    address: report.ref.address,
    checkedAt: localTime(meta.checkedAt),
    unit: report.inspection.summary.unit,
    rounding: report.result.rounding,
    findings: report.result.findings,
    rules: storedCheckOf(report).rules,
    lang: meta.lang,
  });
  const name = await port.addSheet(formatMessage("checkPaper.sheetName", meta.lang));
  await port.writeCells({ sheet: name, address: "A1" }, paper.values, {
    numberFormats: paper.numberFormats,
    columnWidths: paper.columnWidths,
  });
  return name;
}
