import { screen } from "@testing-library/react";
import { triangleFormat } from "../../../src/core/chart/chartNumber";
import type { ChartPlan } from "../../../src/core/chart/types";
import { ChartPreview } from "../../../src/taskpane/chart/ChartPreview";
import { renderInPane } from "../renderWithPane";

const plan = (over: Partial<ChartPlan> = {}): ChartPlan => ({
  id: "kpi:indicator:9",
  kind: "indicator",
  title: "苦情件数（件）",
  categories: ["R7", "R8", "R9"],
  series: [
    {
      name: "計画",
      role: "plan",
      type: "column",
      values: [-1000, -2000, null],
      style: "outline",
      color: "#1F3864",
      axis: "primary",
      dataLabels: false,
    },
    {
      name: "実績",
      role: "actual",
      type: "column",
      values: [-1500, 300, null],
      style: "solid",
      color: "#1F3864",
      axis: "primary",
      dataLabels: true,
    },
    {
      name: "目標",
      role: "goal",
      type: "line",
      values: [-2500, -2500, -2500],
      style: "dashed",
      color: "#C00000",
      axis: "primary",
      dataLabels: false,
    },
  ],
  valueAxis: { title: "実績・計画（件）", numberFormat: triangleFormat(0) },
  categoryAxis: { title: "年度" },
  legend: "bottom",
  horizontal: false,
  overlap: 40,
  gapWidth: 60,
  placement: { anchor: "A3", widthPt: 372, heightPt: 195 },
  note: null,
  ...over,
});

describe("ChartPreview", () => {
  it("draws an image named by the chart title, one bar per value and a △ label", () => {
    const { container } = renderInPane(<ChartPreview plan={plan()} />);
    expect(screen.getByRole("img", { name: "苦情件数（件）" })).toBeInTheDocument();
    expect(container.querySelectorAll("rect[data-series]")).toHaveLength(4);
    expect(screen.getByText("△1,500")).toBeInTheDocument();
    expect(container.querySelector("polyline[stroke-dasharray]")).not.toBeNull();
    expect(container.querySelector('rect[data-series="0"]')?.getAttribute("fill")).toBe("#FFFFFF");
  });

  it("shows a title with markup as literal text", () => {
    const { container } = renderInPane(<ChartPreview plan={plan({ title: "<b>x</b>" })} />);
    expect(screen.getByRole("img", { name: "<b>x</b>" })).toBeInTheDocument();
    expect(screen.getByText("<b>x</b>")).toBeInTheDocument();
    expect(container.querySelector("svg b")).toBeNull();
  });

  it("says there are no values when every series is blank", () => {
    const empty = plan({
      series: plan().series.map((s) => ({ ...s, values: [null, null, null] })),
    });
    renderInPane(<ChartPreview plan={empty} />);
    expect(screen.getByText("表示できる値がありません")).toBeInTheDocument();
  });
});
