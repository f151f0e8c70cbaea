import { formatMessage } from "../core/messages";
import type { Language } from "../core/messages";
import type { InspectionReport } from "../workflows";
import { inspectionJsonIssues, rowDisplays } from "./inspection-json";
import { displayWidth, padDisplay, truncateDisplay } from "./display-width";
import { escapeForTerminal } from "./terminal-text";

/** Widest a row label or a figure is shown; a longer one is cut with "…" (the JSON keeps it whole). */
export const MAX_LABEL_WIDTH = 40;
export const MAX_FIGURE_WIDTH = 24;
/** Unreadable cells and notes listed in the text output; --json lists every one. */
export const MAX_LISTED_ISSUES = 1000;

/** A cell's text made safe and bounded for one terminal line. */
function shown(text: string, max: number): string {
  return truncateDisplay(escapeForTerminal(text), max);
}

/**
 * The human-readable inspection (`zaisei inspect` without --json), one line at a time: where the
 * table is, its title, unit and year axis, each row label with its figures as printed (△,
 * thousands), the counts and the unreadable cells with address and reason (the first
 * {@link MAX_LISTED_ISSUES}, then how many more). Every text from the workbook is escaped
 * (control and invisible characters as `\x1b`, `\u202e`) and long ones are cut, so a cell can
 * neither drive the terminal nor widen every line. Lines have no trailing newline.
 *
 * @example for (const line of inspectionLines(report, "ja")) console.log(line)
 */
export function* inspectionLines(report: InspectionReport, lang: Language): Generator<string> {
  const m = (code: string, params?: Record<string, string | number>) =>
    escapeForTerminal(formatMessage({ code, params }, lang));
  const { recognition: rec, summary } = report;
  yield m("cli.inspectRange", {
    sheet: report.ref.sheet,
    range: report.ref.address,
    cells: report.cellCount,
  });
  yield rec.title === null
    ? m("cli.inspectNoTitle")
    : m("cli.inspectTitle", { title: shown(rec.title, 200) });
  yield summary.unit === null
    ? m("cli.inspectNoUnit")
    : m("cli.inspectUnit", {
        unit: summary.unit,
        source: m(
          summary.unitSource === "header" ? "cli.unitSourceHeader" : "cli.unitSourceCaption"
        ),
        address: rec.unit.address ?? "",
        text: shown(rec.unit.text ?? "", 200),
      });
  yield yearLine(report, lang);
  yield m("cli.inspectHeaderRows", { rows: rec.headerRows.map((r) => r + 1).join(", ") });
  if (!rec.yearAxis && rec.columns.length > 0) {
    yield m("cli.inspectColumns", {
      columns: rec.columns
        .map((col) => `${col.address} ${shown(col.label, MAX_LABEL_WIDTH)}`)
        .join(" | "),
    });
  }
  yield m("cli.inspectRows", { count: rec.rows.length });
  yield* rowLines(report);
  yield m("cli.inspectCounts", {
    numbers: summary.readableNumbers,
    blanks: summary.blanks,
    none: summary.none,
    texts: summary.texts,
    unreadable: summary.unreadable.length,
  });
  yield* issueLines(report, lang);
}

/** The unreadable cells, then the notes, each list capped at {@link MAX_LISTED_ISSUES} lines. */
function* issueLines(report: InspectionReport, lang: Language): Generator<string> {
  const errors: string[] = [];
  const notes: string[] = [];
  let moreErrors = 0;
  let moreNotes = 0;
  for (const i of inspectionJsonIssues(report, lang)) {
    const line = `  ${i.address}: ${escapeForTerminal(i.message)}`;
    if (i.severity === "error") {
      if (errors.length < MAX_LISTED_ISSUES) errors.push(line);
      else moreErrors += 1;
    } else if (notes.length < MAX_LISTED_ISSUES) notes.push(line);
    else moreNotes += 1;
  }
  const more = (count: number) =>
    formatMessage({ code: "cli.inspectMoreCells", params: { count } }, lang);
  // The summary's count (core's countCells, the pane's too) decides; the list is what it names.
  if (errors.length === 0 && report.summary.unreadable.length === 0)
    yield formatMessage("cli.inspectAllReadable", lang);
  else {
    yield formatMessage(
      { code: "cli.inspectUnreadable", params: { count: errors.length + moreErrors } },
      lang
    );
    yield* errors;
    if (moreErrors > 0) yield more(moreErrors);
  }
  if (notes.length > 0) {
    yield formatMessage(
      { code: "cli.inspectIssues", params: { count: notes.length + moreNotes } },
      lang
    );
    yield* notes;
    if (moreNotes > 0) yield more(moreNotes);
  }
}

/**
 * Each row: its address, its label, its unit when it is not the table's (「%」 for 実質公債費比率 in
 * a 百万円 table), and its figures as shown, right-aligned per column like the print. Two passes
 * over the rows (widths, then lines), so no list of every figure is kept.
 */
function* rowLines(report: InspectionReport): Generator<string> {
  const { recognition: rec } = report;
  const money = rec.unit.money;
  const unitOf = (unit: string | null) => (unit === null || unit === money ? "" : unit);
  let labelWidth = 0;
  let unitWidth = 0;
  const widths: number[] = [];
  for (const row of rec.rows) {
    labelWidth = Math.max(labelWidth, displayWidth(shown(row.label, MAX_LABEL_WIDTH)));
    unitWidth = Math.max(unitWidth, displayWidth(shown(unitOf(row.unit), MAX_FIGURE_WIDTH)));
    rowDisplays(rec, row).forEach((f, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(shown(f, MAX_FIGURE_WIDTH)));
    });
  }
  for (const row of rec.rows) {
    const cells = rowDisplays(rec, row)
      .map((f, i) => padDisplay(shown(f, MAX_FIGURE_WIDTH), widths[i] ?? 0, "start"))
      .join("  ");
    const label = padDisplay(shown(row.label, MAX_LABEL_WIDTH), labelWidth, "end");
    const unit = shown(unitOf(row.unit), MAX_FIGURE_WIDTH);
    const rowUnit = unitWidth > 0 ? `${padDisplay(unit, unitWidth, "end")}  ` : "";
    yield `  ${row.address.padEnd(6)} ${label}  ${rowUnit}${cells}`.trimEnd();
  }
}

/** 「令和2年度 (2020) … 令和12年度 (2030)（11 年度）」; every year when the axis has gaps. */
function yearLine(report: InspectionReport, lang: Language): string {
  const axis = report.recognition.yearAxis;
  const years = axis?.years ?? [];
  if (!axis || years.length === 0) return formatMessage("cli.inspectNoYears", lang);
  const show = (y: (typeof years)[number]) =>
    `${shown(y.label, MAX_LABEL_WIDTH)} (${y.fiscalYear})`;
  const consecutive = years.every(
    (y, i) => i === 0 || y.fiscalYear === years[i - 1]!.fiscalYear + 1
  );
  const list =
    consecutive && years.length > 2
      ? `${show(years[0]!)} … ${show(years[years.length - 1]!)}`
      : years.map(show).join(", ");
  const orientation = formatMessage(
    axis.orientation === "rows" ? "cli.orientationRows" : "cli.orientationColumns",
    lang
  );
  return formatMessage(
    { code: "cli.inspectYears", params: { years: list, count: years.length, orientation } },
    lang
  );
}
