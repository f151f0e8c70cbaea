import { planKpiCharts } from "../core/chart/planKpiCharts";
import type { PlanKpiChartsOptions } from "../core/chart/planKpiCharts";
import type { KpiEvaluation } from "../core/kpi/types";
import { WorkbookError } from "../workbook/port";
import type { ChartPageResult, DrawOptions, WorkbookPort } from "../workbook/port";

/**
 * Plans the KPI charts of an evaluation (core's planKpiCharts) and draws them as one page on the
 * page's own sheet (「KPI進捗」, added the first time): a second run replaces the add-in's charts of
 * the first and touches nothing else. Progress and cancel as drawChartPage gives them; a signal
 * already aborted rejects with "workbook.aborted" before anything is planned or written.
 *
 * @example await generateKpiCharts(port, evaluation, { lang: "ja", onProgress: (d, t) => bar(d / t) })
 */
export async function generateKpiCharts(
  port: WorkbookPort,
  evaluation: KpiEvaluation,
  options: PlanKpiChartsOptions & DrawOptions
): Promise<ChartPageResult> {
  const { onProgress, signal, ...planOptions } = options;
  if (signal?.aborted) throw new WorkbookError("workbook.aborted");
  const page = planKpiCharts(evaluation, planOptions);
  return port.drawChartPage(page, { onProgress, signal });
}
