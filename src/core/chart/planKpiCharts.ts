import type { KpiEvaluation } from "../kpi/types";
import type { Language } from "../messages/types";
import { chartPageLayout, chartSlot, PAGE_GRID } from "./chartPageGrid";
import { chartText, pick, yearText } from "./chartText";
import {
  cumulativeChart,
  hasCumulativeGoal,
  indicatorChart,
  isNumericItem,
} from "./indicatorCharts";
import { effectsChart, overviewCharts, statusBoardChart } from "./summaryCharts";
import type { ChartPagePlan, ChartPlan, ChartPlanKind, PageTextPlan } from "./types";

export interface PlanKpiChartsOptions {
  lang: Language;
  /** Kinds to plan; default every kind that has data. */
  kinds?: ChartPlanKind[];
  /** Sheet rows of the indicators to chart (indicator and cumulative charts); default every numeric item with data. */
  itemRows?: number[];
  /** Name of the page sheet to create; default 「KPI進捗」 (en "KPI progress"). */
  sheetBaseName?: string;
}

/** True when the register marks its actuals as illustrative (a 例示 column or the reader's note). */
function isIllustrative(evaluation: KpiEvaluation): boolean {
  const r = evaluation.register;
  return (
    r.notes.some((n) => n.code === "kpiRegister.illustrativeColumns") ||
    r.columns.some((c) => /例示|illustrative/i.test(c.header))
  );
}

/** Summary charts span the page width; long ones take a whole printed page (2 slot rows). */
function spanOf(plan: ChartPlan): { columns: number; rows: number } {
  if (plan.kind === "indicator" || plan.kind === "cumulative") return { columns: 1, rows: 1 };
  const n = plan.categories.length * (plan.kind === "effects" ? 3 : 1);
  return { columns: PAGE_GRID.chartsPerRow, rows: n > 10 ? PAGE_GRID.slotRowsPerPage : 1 };
}

/**
 * Places the charts on the grid in order: a full-width chart starts a new slot row, and one two
 * slot rows high starts a new printed page when it would be cut by a row break.
 */
function place(charts: ChartPlan[]): number {
  const g = PAGE_GRID;
  let slotRow = 0;
  let column = 0;
  for (const plan of charts) {
    const span = spanOf(plan);
    if (column + span.columns > g.chartsPerRow) {
      slotRow += 1;
      column = 0;
    }
    if (span.rows > 1 && (slotRow % g.slotRowsPerPage) + span.rows > g.slotRowsPerPage) {
      slotRow += g.slotRowsPerPage - (slotRow % g.slotRowsPerPage);
      column = 0;
    }
    const slot = chartSlot(slotRow * g.chartsPerRow + column);
    plan.placement = {
      anchor: slot.anchor,
      widthPt: span.columns * g.slotColumns * g.columnWidthPt - 12,
      heightPt: (span.rows * g.slotRows - (g.slotRows - g.chartRows)) * g.rowHeightPt,
    };
    column += span.columns;
    if (span.rows > 1 || column >= g.chartsPerRow) {
      slotRow += span.rows;
      column = 0;
    }
  }
  return column > 0 ? slotRow + 1 : slotRow;
}

/**
 * Plans the KPI chart page for an evaluation: the overview of the year's achievement rates, the
 * status board per テーマ, the effect scores, then per numeric indicator its chart by fiscal year
 * and, for 累計 rows, the running total against the goal. Ids are stable ("kpi:indicator:12"), so
 * drawing again replaces the same charts. Laid out on an A4 landscape grid (2 per row, no chart
 * cut by a page break), page title in A1. Linear in the number of items.
 *
 * @example planKpiCharts(evaluation, { lang: "ja" }).charts.map((c) => c.id) // ["kpi:overview", "kpi:statusBoard", "kpi:indicator:3", …]
 */
export function planKpiCharts(
  evaluation: KpiEvaluation,
  options: PlanKpiChartsOptions
): ChartPagePlan {
  const { lang } = options;
  const wanted = (k: ChartPlanKind) => !options.kinds || options.kinds.includes(k);
  const rows = options.itemRows ? new Set(options.itemRows) : null;
  const illustrative = isIllustrative(evaluation);
  const charts: ChartPlan[] = [];
  if (wanted("overview"))
    for (const c of overviewCharts(evaluation, lang, illustrative)) charts.push(c);
  const board = wanted("statusBoard") ? statusBoardChart(evaluation, lang, illustrative) : null;
  if (board) charts.push(board);
  const effects = wanted("effects") ? effectsChart(evaluation, lang) : null;
  if (effects) charts.push(effects);
  const progressByRow = new Map(evaluation.progress.map((p) => [p.item.row, p]));
  for (const item of evaluation.register.items) {
    if (rows && !rows.has(item.row)) continue;
    if (!isNumericItem(item)) continue;
    const ctx = { lang, progress: progressByRow.get(item.row) ?? null, illustrative };
    if (wanted("indicator")) charts.push(indicatorChart(item, ctx));
    if (wanted("cumulative") && hasCumulativeGoal(item)) charts.push(cumulativeChart(item, ctx));
  }
  const slotRows = place(charts);
  const sheet = evaluation.register.sheet;
  const texts: PageTextPlan[] = [
    {
      address: "A1",
      text: chartText("page.title", lang, { sheet, year: yearText(evaluation.fiscalYear, lang) }),
      bold: true,
      fontSize: 14,
    },
    { address: "A2", text: subtitle(evaluation, lang, illustrative, charts.length) },
  ];
  return {
    id: `kpi:${sheet}`,
    sheetBaseName: options.sheetBaseName ?? chartText("page.sheetBaseName", lang),
    texts,
    charts,
    layout: chartPageLayout(slotRows * PAGE_GRID.chartsPerRow),
  };
}

function subtitle(
  evaluation: KpiEvaluation,
  lang: Language,
  illustrative: boolean,
  count: number
): string {
  const parts = [
    chartText("page.scheme", lang, { scheme: pick(evaluation.scheme.name, lang) }),
    chartText("page.count", lang, { count }),
  ];
  if (illustrative) parts.push(chartText("note.illustrative", lang));
  return parts.join(chartText("note.separator", lang));
}
