import { checkChartPlan } from "../../../src/core/chart/checkChartPlan";
import type { ChartPlan } from "../../../src/core/chart/types";
import { formatMessage } from "../../../src/core/messages";

const good: ChartPlan = {
  id: "kpi:indicator:2",
  kind: "indicator",
  title: "t",
  categories: ["R7", "R8"],
  series: [
    {
      name: "実績",
      role: "actual",
      type: "column",
      values: [1, null],
      style: "solid",
      color: "#1F3864",
      axis: "primary",
      dataLabels: true,
    },
  ],
  valueAxis: { title: "件", numberFormat: "#,##0" },
  categoryAxis: { title: null },
  legend: "bottom",
  horizontal: false,
  placement: { anchor: "A3", widthPt: 372, heightPt: 195 },
  note: null,
};

const withSeries = (values: (number | null)[]): ChartPlan => ({
  ...good,
  series: [{ ...good.series[0]!, values }],
});

describe("checkChartPlan", () => {
  it("accepts a drawable plan with a gap", () => {
    expect(checkChartPlan(good)).toBeNull();
  });

  it.each<[string, ChartPlan, string]>([
    ["no series", { ...good, series: [] }, "chart.noSeries"],
    ["no categories", { ...withSeries([]), categories: [] }, "chart.noCategories"],
    ["a series of another length", withSeries([1]), "chart.seriesLength"],
    ["NaN", withSeries([1, NaN]), "chart.notFinite"],
    ["Infinity", withSeries([Infinity, 1]), "chart.notFinite"],
    [
      "an anchor that is a range",
      { ...good, placement: { ...good.placement, anchor: "A1:B2" } },
      "chart.badAnchor",
    ],
    [
      "an anchor beyond XFD",
      { ...good, placement: { ...good.placement, anchor: "XFE1" } },
      "chart.badAnchor",
    ],
    ["row 0", { ...good, placement: { ...good.placement, anchor: "A0" } }, "chart.badAnchor"],
    ["a zero width", { ...good, placement: { ...good.placement, widthPt: 0 } }, "chart.badSize"],
  ])("refuses %s", (_, plan, code) => {
    const issue = checkChartPlan(plan);
    expect(issue?.code).toBe(code);
    expect(formatMessage(issue!, "en")).not.toMatch(/\{\w+\}/);
  });

  it("names the series and the category of a value that is not a number", () => {
    expect(checkChartPlan(withSeries([1, NaN]))).toEqual({
      code: "chart.notFinite",
      params: { id: "kpi:indicator:2", series: "実績", category: "R8" },
    });
  });
});
