import { ROUNDING_MODE_NAMES } from "../decimal";
import type { Decimal } from "../decimal";
import { formatMessage } from "../messages";
import type { Language } from "../messages";
import type { RuleUsed } from "./compactFindings";
import { SEVERITY_NAMES } from "./types";
import type { Finding, RoundingReport, Severity } from "./types";

/** What the working paper records: the check, where it was made and when. */
export interface AuditPaperInput {
  workbookName: string;
  sheet: string;
  address: string;
  /** The date and time as the caller's clock shows it ("2026-12-01 18:30"); core has no clock. */
  checkedAt: string;
  unit: string | null;
  rounding: RoundingReport | null;
  findings: Finding[];
  rules: RuleUsed[];
  /** Findings left out of a stored check (its size budget). */
  omittedFindings?: number;
  lang: Language;
}

/** A rectangular block of cells for WorkbookPort.writeCells, with its formats and widths. */
export interface AuditPaper {
  values: (string | number | null)[][];
  numberFormats: (string | null)[][];
  columnWidths: number[];
}

/** Excel holds at most 32,767 characters in a cell; a longer text is cut with "…". */
export const CELL_TEXT_LIMIT = 32_767;

const COLUMNS = 11;
const SEVERITY_ORDER: readonly Severity[] = ["error", "confirm", "note"];
const COLUMN_WIDTHS = [60, 80, 50, 160, 70, 70, 70, 70, 70, 320, 420];

/** The number format of a figure: thousands, its own decimals, △ for negatives. */
export function triangleFormat(decimals: number): string {
  const places = decimals > 0 ? `.${"0".repeat(Math.min(decimals, 10))}` : "";
  return `#,##0${places};"△"#,##0${places}`;
}

function cut(text: string): string {
  return text.length <= CELL_TEXT_LIMIT ? text : `${text.slice(0, CELL_TEXT_LIMIT - 1)}…`;
}

/**
 * The rows of the audit working paper (検算調書): title; workbook, sheet, range checked, date and
 * time, unit, rounding found, counts by severity; one row per finding (severity, kind, cell,
 * cells involved, printed, computed, difference, the range rounding allows, rule, message),
 * errors first; then the rules used (id, text, source, on/off). Texts are strings (the port
 * writes them as text, so a rule starting with "=" stays text), figures are numbers with △
 * formats. The block is rectangular, as writeCells requires.
 *
 * @example const paper = auditPaper({ workbookName: "見通し.xlsx", sheet, address, checkedAt, … });
 */
export function auditPaper(input: AuditPaperInput): AuditPaper {
  const { lang } = input;
  const t = (code: string, params?: Record<string, string | number>) =>
    formatMessage({ code, params }, lang);
  const values: (string | number | null)[][] = [];
  const formats: (string | null)[][] = [];
  const push = (cells: (string | number | null)[], cellFormats: (string | null)[] = []) => {
    const row = cells.map((c) => (typeof c === "string" ? cut(c) : c));
    values.push([...row, ...Array<null>(COLUMNS - row.length).fill(null)]);
    formats.push(Array.from({ length: COLUMNS }, (_, i) => cellFormats[i] ?? null));
  };
  const figure = (d: Decimal | null): [number | null, string | null] =>
    d === null ? [null, null] : [d.toNumber(), triangleFormat(d.decimalPlaces())];

  push([t("checkPaper.title")]);
  push([t("checkPaper.workbook"), input.workbookName]);
  push([t("checkPaper.sheet"), input.sheet]);
  push([t("checkPaper.range"), input.address]);
  push([t("checkPaper.checkedAt"), input.checkedAt]);
  push([t("checkPaper.unit"), input.unit ?? t("checkPaper.noUnit")]);
  if (input.rounding) {
    const { method, basis } = input.rounding;
    const name =
      method === "exact" ? t("checkPaper.roundingExact") : ROUNDING_MODE_NAMES[method][lang];
    push([
      t("checkPaper.rounding"),
      t("checkPaper.roundingLine", { method: name, basis: t(`checkPaper.basis.${basis}`) }),
    ]);
  }
  const ordered = SEVERITY_ORDER.flatMap((s) => input.findings.filter((f) => f.severity === s));
  for (const s of SEVERITY_ORDER) {
    const count = input.findings.filter((f) => f.severity === s).length;
    push([t("checkPaper.counts"), SEVERITY_NAMES[s][lang], count], [null, null, "#,##0"]);
  }
  if ((input.omittedFindings ?? 0) > 0)
    push([t("checkPaper.omitted", { count: input.omittedFindings ?? 0 })]);
  push([]);
  push([t("checkPaper.findings")]);
  push(
    [
      "severity",
      "kind",
      "cell",
      "cells",
      "printed",
      "expected",
      "difference",
      "toleranceLo",
      "toleranceHi",
      "rule",
      "message",
    ].map((c) => t(`checkPaper.col.${c}`))
  );
  if (ordered.length === 0) push([t("checkPaper.noFindings")]);
  for (const f of ordered) {
    const cells = [
      f.printed,
      f.expected,
      f.difference,
      f.tolerance?.lo ?? null,
      f.tolerance?.hi ?? null,
    ].map(figure);
    push(
      [
        SEVERITY_NAMES[f.severity][lang],
        t(`checkPaper.kind.${f.kind}`),
        f.address,
        f.cells.join(", "),
        ...cells.map(([v]) => v),
        f.rules.map((r) => r.text).join("\n"),
        formatMessage(f.message, lang),
      ],
      [null, null, null, null, ...cells.map(([, format]) => format)]
    );
  }
  push([]);
  push([t("checkPaper.rules")]);
  push(["id", "rule", "source", "enabled"].map((c) => t(`checkPaper.col.${c}`)));
  for (const r of input.rules)
    push([
      r.id,
      r.text,
      t(`checkPaper.source.${r.source}`),
      t(r.enabled ? "checkPaper.on" : "checkPaper.off"),
    ]);
  return { values, numberFormats: formats, columnWidths: [...COLUMN_WIDTHS] };
}
