import { formatMessage } from "../core/messages";
import type { Language } from "../core/messages";
import type { InspectionReport } from "../workflows";
import type { InspectionJson } from "./inspection-json";
import { displayWidth, padDisplay } from "./display-width";

/**
 * The human-readable inspection (`zaisei inspect` without --json): where the table is, its title,
 * unit and year axis, each row label with its figures as printed (△, thousands), the counts and
 * every unreadable cell with its address and reason. Lines without a trailing newline.
 *
 * @example formatInspection(report, json, "ja").join("\n")
 */
export function formatInspection(
  report: InspectionReport,
  json: InspectionJson,
  lang: Language
): string[] {
  const m = (code: string, params?: Record<string, string | number>) =>
    formatMessage({ code, params }, lang);
  const { recognition: rec, summary } = report;
  const lines = [
    m("cli.inspectRange", { sheet: json.sheet, range: json.range, cells: json.cellCount }),
  ];
  lines.push(
    json.title === null ? m("cli.inspectNoTitle") : m("cli.inspectTitle", { title: json.title })
  );
  lines.push(
    summary.unit === null
      ? m("cli.inspectNoUnit")
      : m("cli.inspectUnit", {
          unit: summary.unit,
          source: m(
            summary.unitSource === "header" ? "cli.unitSourceHeader" : "cli.unitSourceCaption"
          ),
          address: rec.unit.address ?? "",
          text: rec.unit.text ?? "",
        })
  );
  lines.push(yearLine(report, lang));
  lines.push(m("cli.inspectHeaderRows", { rows: json.headerRows.join(", ") }));
  if (!rec.yearAxis && rec.columns.length > 0) {
    lines.push(
      m("cli.inspectColumns", {
        columns: rec.columns.map((col) => `${col.address} ${col.label}`).join(" | "),
      })
    );
  }
  lines.push(m("cli.inspectRows", { count: rec.rows.length }));
  lines.push(...rowLines(report, json));
  const c = json.counts;
  lines.push(m("cli.inspectCounts", { ...c }));
  const unreadable = json.issues.filter((i) => i.severity === "error");
  const notes = json.issues.filter((i) => i.severity !== "error");
  if (unreadable.length === 0) lines.push(m("cli.inspectAllReadable"));
  else
    lines.push(
      m("cli.inspectUnreadable", { count: unreadable.length }),
      ...unreadable.map((i) => `  ${i.address}: ${i.message}`)
    );
  if (notes.length > 0)
    lines.push(
      m("cli.inspectIssues", { count: notes.length }),
      ...notes.map((i) => `  ${i.address}: ${i.message}`)
    );
  return lines;
}

/**
 * Each row: its address, its label, its unit when it is not the table's (「%」 for 実質公債費比率 in
 * a 百万円 table), and its figures as shown, right-aligned per column like the print.
 */
function rowLines(report: InspectionReport, json: InspectionJson): string[] {
  const { rows, unit } = report.recognition;
  const figures = json.rows.map((r) => r.display);
  const units = rows.map((r) => (r.unit === null || r.unit === unit.money ? "" : r.unit));
  const labelWidth = Math.max(0, ...rows.map((r) => displayWidth(r.label)));
  const unitWidth = Math.max(0, ...units.map(displayWidth));
  const widths: number[] = [];
  for (const row of figures)
    row.forEach((f, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(f))));
  return rows.map((row, r) => {
    const cells = (figures[r] ?? [])
      .map((f, i) => padDisplay(f, widths[i] ?? 0, "start"))
      .join("  ");
    const label = padDisplay(row.label, labelWidth, "end");
    const rowUnit = unitWidth > 0 ? `${padDisplay(units[r] ?? "", unitWidth, "end")}  ` : "";
    return `  ${row.address.padEnd(6)} ${label}  ${rowUnit}${cells}`.trimEnd();
  });
}

/** 「令和2年度 (2020) … 令和12年度 (2030)（11 年度）」; every year when the axis has gaps. */
function yearLine(report: InspectionReport, lang: Language): string {
  const axis = report.recognition.yearAxis;
  const years = axis?.years ?? [];
  if (!axis || years.length === 0) return formatMessage("cli.inspectNoYears", lang);
  const show = (y: (typeof years)[number]) => `${y.label} (${y.fiscalYear})`;
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
