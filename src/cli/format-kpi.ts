import { formatWareki, warekiOf } from "../core/calendar";
import type { Decimal } from "../core/decimal";
import { roundDecimal } from "../core/decimal";
import { formatMessage, MESSAGES } from "../core/messages";
import type { Language } from "../core/messages";
import type { ChartPagePlan, ChartPlan, ChartPlanKind } from "../core/chart/types";
import { formatRate } from "../core/kpi/gradingSchemes";
import type { KpiEvaluation, KpiGroupSummary, KpiMethod, KpiProgress } from "../core/kpi/types";
import { displayWidth, padDisplay, truncateDisplay } from "./display-width";
import { escapeForTerminal } from "./terminal-text";
import { formatAmount } from "./format-check";
import { MAX_LISTED_ISSUES } from "./format-inspection";

/** One status of a group in the JSON: share in percent at 1 dp. */
export interface KpiStatusJson {
  code: string;
  label: string;
  count: number;
  share: number;
}

export interface KpiGroupJson {
  theme: string | null;
  total: number;
  counts: KpiStatusJson[];
}

/** The JSON of `zaisei kpi --json`: one object (issue 8, point 8). */
export interface KpiJson {
  sheet: string;
  /** The evaluation year, western (令和8年度 → 2026). */
  year: number;
  items: {
    /** 1-based sheet row. */
    row: number;
    no: string;
    indicator: string;
    unit: string | null;
    method: KpiMethod;
    /** The evaluation year's target level in the row's unit, or null. */
    target: number | null;
    /** The year's actual in the row's unit (a running total for 累計 rows), or null = none yet. */
    actual: number | null;
    /** Achievement rate in percent, 1 dp half-up, or null when it cannot be computed. */
    rate: number | null;
    achieved: boolean | null;
    /** The grade's label in the chosen language (達成 / 順調 / 遅れ …). */
    status: string;
  }[];
  skipped: { row: number; reason: string }[];
  summary: {
    scheme: { id: string; name: string };
    /** Rows needing attention: graded with an attention band. */
    attention: number;
    whole: KpiGroupJson;
    byTheme: KpiGroupJson[];
  };
  charts: ChartPlan[];
}

const toNumber = (d: Decimal | null): number | null => (d === null ? null : d.toNumber());
const rate1 = (d: Decimal | null): number | null =>
  d === null ? null : roundDecimal(d, 1, "half-up").toNumber();

function groupJson(group: KpiGroupSummary, lang: Language): KpiGroupJson {
  return {
    theme: group.theme,
    total: group.total,
    counts: group.counts.map((c) => ({
      code: c.code,
      label: c.label[lang],
      count: c.count,
      share: roundDecimal(c.share, 1, "half-up").toNumber(),
    })),
  };
}

/**
 * The machine-readable progress: every interpreted row with its year's target, actual, rate (1 dp)
 * and status, every skipped row with its reason in the chosen language, counts and shares per
 * status for the whole plan and per テーマ, and the chart plans as the pane would draw them.
 */
export function kpiJson(evaluation: KpiEvaluation, page: ChartPagePlan, lang: Language): KpiJson {
  const { register, summary } = evaluation;
  return {
    sheet: register.sheet,
    year: evaluation.fiscalYear,
    items: evaluation.progress.map((p) => ({
      row: p.item.row,
      no: p.item.no,
      indicator: p.item.indicator,
      unit: p.item.unit,
      method: p.method,
      target: toNumber(p.target),
      actual: toNumber(p.actual),
      rate: rate1(p.rate),
      achieved: p.achieved,
      status: p.grade.label[lang],
    })),
    skipped: register.skipped.map((s) => ({ row: s.row, reason: formatMessage(s.reason, lang) })),
    summary: {
      scheme: { id: summary.scheme.id, name: summary.scheme.name[lang] },
      attention: evaluation.progress.filter((p) => p.grade.attention).length,
      whole: groupJson(summary.whole, lang),
      byTheme: summary.byTheme.map((g) => groupJson(g, lang)),
    },
    charts: page.charts,
  };
}

/** R8 (Japanese) or FY2026 (English); the western year when it has no era name. */
export function yearLabel(fiscalYear: number, lang: Language): string {
  if (lang === "en") return `FY${fiscalYear}`;
  return warekiOf(fiscalYear).ok ? formatWareki(fiscalYear, "short") : String(fiscalYear);
}

/** R7–R11 (or FY2025–FY2029): the register's years, as spans. */
export function yearRange(years: readonly number[], lang: Language): string {
  const spans: string[] = [];
  let start = years[0];
  for (let i = 1; i <= years.length; i += 1) {
    const y = years[i];
    if (y !== undefined && y === years[i - 1]! + 1) continue;
    const end = years[i - 1];
    if (start === undefined || end === undefined) break;
    spans.push(
      start === end ? yearLabel(start, lang) : `${yearLabel(start, lang)}–${yearLabel(end, lang)}`
    );
    start = y;
  }
  return spans.join(", ");
}

/** Widest an indicator, a unit, a method and a status are shown (the JSON keeps them whole). */
const MAX_INDICATOR_WIDTH = 40;
const MAX_UNIT_WIDTH = 10;
const MAX_METHOD_WIDTH = 36;
const MAX_VALUE_WIDTH = 20;

function shown(text: string, max: number): string {
  return truncateDisplay(escapeForTerminal(text), max);
}

/** The method's name as kpiProgress names it ("高いほど良い A/T"). */
function methodName(method: KpiMethod, lang: Language): string {
  const code = `kpiProgress.method.${method}`;
  return MESSAGES[code] ? formatMessage(code, lang) : method;
}

function countsText(group: KpiGroupSummary, lang: Language): string {
  return group.counts
    .filter((c) => c.count > 0)
    .map((c) =>
      formatMessage(
        {
          code: "kpiCli.statusCount",
          params: { label: c.label[lang], count: c.count, share: formatRate(c.share, lang) },
        },
        lang
      )
    )
    .join(lang === "ja" ? "、" : ", ");
}

function progressCells(p: KpiProgress, lang: Language): string[] {
  const m = (code: string) => formatMessage(code, lang);
  const value = (d: Decimal | null) => (d === null ? "－" : formatAmount(d));
  return [
    shown(p.item.no, 8),
    shown(p.item.indicator, MAX_INDICATOR_WIDTH),
    shown(p.item.unit ?? "", MAX_UNIT_WIDTH),
    shown(methodName(p.method, lang), MAX_METHOD_WIDTH),
    shown(value(p.target), MAX_VALUE_WIDTH),
    shown(value(p.actual), MAX_VALUE_WIDTH),
    formatRate(p.rate, lang),
    p.achieved === null ? "－" : m(p.achieved ? "kpiCli.achievedYes" : "kpiCli.achievedNo"),
    [
      shown(p.grade.label[lang], 16),
      p.grade.attention ? `(${m("kpiCli.attentionMark")})` : "",
      p.planOvershootsGoal ? m("kpiCli.planOvershoots") : "",
    ]
      .filter((s) => s !== "")
      .join(" "),
  ];
}

/** Columns right-aligned in the table: target, actual, rate. */
const FIGURE_COLUMNS = new Set([4, 5, 6]);

/**
 * The human-readable progress of `zaisei kpi`: the register and the evaluation year, a table of
 * the rows (No, indicator, unit, the method named, target, actual, rate, met, status; a plan
 * beyond the period goal said so), the skipped rows with their reasons, the counts and shares per
 * status for the whole plan and per テーマ, and how many charts would be drawn. Every text from the
 * workbook is escaped and long ones are cut. Lines have no trailing newline.
 */
export function* kpiLines(
  evaluation: KpiEvaluation,
  page: ChartPagePlan,
  lang: Language,
  note: string | null = null
): Generator<string> {
  const m = (code: string, params: Record<string, string | number> = {}) =>
    escapeForTerminal(formatMessage({ code, params }, lang));
  const { register, summary, progress } = evaluation;
  yield m("kpiCli.heading", {
    sheet: register.sheet,
    headerRows: register.headerRows.join(", "),
    items: register.items.length,
    skipped: register.skipped.length,
  });
  const fy = evaluation.fiscalYear;
  yield m("kpiCli.evaluation", {
    year: yearLabel(fy, lang),
    other: lang === "en" ? yearLabel(fy, "ja") : `${fy}年度`,
    scheme: summary.scheme.name[lang],
    years: yearRange(register.fiscalYears, lang),
  });
  for (const n of register.notes) yield m("kpiCli.note", { text: formatMessage(n, lang) });
  if (note !== null) yield m("kpiCli.note", { text: note });
  yield "";
  if (progress.length === 0) yield m("kpiCli.noItemsYet");
  else {
    const header = [
      "kpiCli.col.no",
      "kpiCli.col.indicator",
      "kpiCli.col.unit",
      "kpiCli.col.method",
      "kpiCli.col.target",
      "kpiCli.col.actual",
      "kpiCli.col.rate",
      "kpiCli.col.achieved",
      "kpiCli.col.status",
    ].map((code) => m(code));
    const listed = progress.slice(0, MAX_LISTED_ISSUES);
    const rows = [header, ...listed.map((p) => progressCells(p, lang))];
    const widths = header.map((_, i) =>
      rows.reduce((w, r) => Math.max(w, displayWidth(r[i] ?? "")), 0)
    );
    for (const row of rows)
      yield row
        .map((cell, i) =>
          i === row.length - 1
            ? cell
            : padDisplay(cell, widths[i] ?? 0, FIGURE_COLUMNS.has(i) ? "start" : "end")
        )
        .join("  ")
        .trimEnd();
    if (progress.length > listed.length)
      yield m("kpiCli.moreRows", { count: progress.length - listed.length });
  }
  if (register.skipped.length > 0) {
    yield "";
    yield m("kpiCli.skippedHeading", { count: register.skipped.length });
    for (const s of register.skipped.slice(0, MAX_LISTED_ISSUES)) {
      const reason = formatMessage(s.reason, lang);
      // Most reasons name their cell or row already; the row is added where one does not.
      const named =
        (s.cell !== null && reason.includes(s.cell)) ||
        reason.includes(lang === "ja" ? `${s.row}行目` : `Row ${s.row}`);
      yield `  ${named ? escapeForTerminal(reason) : m("kpiCli.skippedRow", { row: s.row, reason })}`;
    }
    if (register.skipped.length > MAX_LISTED_ISSUES)
      yield m("kpiCli.moreRows", { count: register.skipped.length - MAX_LISTED_ISSUES });
  }
  yield "";
  yield m("kpiCli.summaryHeading", {
    year: yearLabel(evaluation.fiscalYear, lang),
    total: summary.whole.total,
    attention: progress.filter((p) => p.grade.attention).length,
  });
  yield `  ${m("kpiCli.themeLine", {
    theme: m("kpiCli.wholePlan"),
    total: summary.whole.total,
    counts: countsText(summary.whole, lang),
  })}`;
  for (const group of summary.byTheme)
    yield `  ${m("kpiCli.themeLine", {
      theme: group.theme === null ? m("kpiCli.noTheme") : shown(group.theme, MAX_INDICATOR_WIDTH),
      total: group.total,
      counts: countsText(group, lang),
    })}`;
  const kinds: ChartPlanKind[] = ["indicator", "cumulative", "overview", "statusBoard", "effects"];
  const kindText = kinds
    .map((kind) => ({ kind, count: page.charts.filter((c) => c.kind === kind).length }))
    .filter((k) => k.count > 0)
    .map((k) => m("kpiCli.kindCount", { kind: m(`kpiCli.kind.${k.kind}`), count: k.count }))
    .join(lang === "ja" ? "、" : ", ");
  yield "";
  yield m("kpiCli.charts", { count: page.charts.length, kinds: kindText });
}
