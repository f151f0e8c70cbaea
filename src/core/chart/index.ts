/** Chart plans (what to draw) and preview geometry; pure. */
export type * from "./types";
export { planKpiCharts } from "./planKpiCharts";
export type { PlanKpiChartsOptions } from "./planKpiCharts";
export { chartGeometry } from "./chartGeometry";
export type * from "./chartGeometry";
export { formatChartNumber, triangleFormat, toChartNumber } from "./chartNumber";
export { PAGE_GRID, chartPageLayout } from "./chartPageGrid";
