import type { ChartPagePlan, ChartPlan, ChartSeriesPlan } from "../../src/core/chart/types";

/** Test plans as core's planKpiCharts makes them: actual solid columns, plan a dashed line. */
export const TRIANGLE = '#,##0;"△"#,##0';

export function series(over: Partial<ChartSeriesPlan> = {}): ChartSeriesPlan {
  return {
    name: "実績",
    role: "actual",
    type: "column",
    values: [10.1, null, 9.8],
    style: "solid",
    color: "#1F3864",
    axis: "primary",
    dataLabels: true,
    ...over,
  };
}

export function plan(over: Partial<ChartPlan> = {}): ChartPlan {
  return {
    id: "kpi:indicator:15",
    kind: "indicator",
    title: "実質公債費比率（%）",
    categories: ["R5", "R6", "R7"],
    series: [
      series(),
      series({
        name: "=目標",
        role: "plan",
        type: "line",
        values: [9, 9, 9],
        style: "dashed",
        color: "#7F7F7F",
        dataLabels: false,
        marker: true,
      }),
    ],
    valueAxis: { title: "比率（%）", numberFormat: '0.0;"△"0.0' },
    categoryAxis: { title: "年度" },
    legend: "bottom",
    horizontal: false,
    placement: { anchor: "B4", widthPt: 360, heightPt: 220 },
    note: null,
    ...over,
  };
}

/** A page of `n` indicator charts, two per row band of 16 rows. */
export function page(n: number, over: Partial<ChartPagePlan> = {}): ChartPagePlan {
  const charts = Array.from({ length: n }, (_, i) =>
    plan({
      id: `kpi:indicator:${i + 1}`,
      title: `指標 ${i + 1}`,
      placement: {
        anchor: `${i % 2 === 0 ? "B" : "K"}${3 + Math.floor(i / 2) * 16}`,
        widthPt: 360,
        heightPt: 220,
      },
    })
  );
  return {
    id: "kpi:KPI",
    sheetBaseName: "KPI進捗",
    texts: [
      { address: "A1", text: "KPI進捗（令和7年度）", bold: true, fontSize: 14 },
      { address: "A2", text: "=例示のデータを含みます" },
    ],
    charts,
    layout: {
      orientation: "landscape",
      paper: "A4",
      printArea: `A1:S${3 + Math.ceil(n / 2) * 16}`,
      titleRows: "$1:$2",
      fitToPagesWide: 1,
      centerFooter: "&P / &N",
      rowBreaks: Array.from({ length: Math.floor((n - 1) / 4) }, (_, i) => 3 + (i + 1) * 32),
    },
    ...over,
  };
}
