import type { ChartPlan, ChartPlanKind } from "../../../src/core/chart/types";
import { chartItemRow, chosenOptions, includeChart } from "../../../src/taskpane/kpi/chartChoice";

function chart(id: string, kind: ChartPlanKind): ChartPlan {
  return {
    id,
    kind,
    title: id,
    categories: ["R7"],
    series: [],
    valueAxis: { title: "", numberFormat: "0" },
    categoryAxis: { title: null },
    legend: "none",
    horizontal: false,
    placement: { anchor: "A1", widthPt: 100, heightPt: 100 },
    note: null,
  };
}

const CANDIDATES = [
  chart("kpi:overview", "overview"),
  chart("kpi:statusBoard", "statusBoard"),
  chart("kpi:indicator:5", "indicator"),
  chart("kpi:cumulative:5", "cumulative"),
  chart("kpi:indicator:6", "indicator"),
];

describe("chartItemRow", () => {
  it("gives the sheet row of a per-indicator chart and null for a register-wide one", () => {
    expect(chartItemRow(chart("kpi:cumulative:40", "cumulative"))).toBe(40);
    expect(chartItemRow(chart("kpi:overview:2", "overview"))).toBeNull();
  });
});

describe("chosenOptions", () => {
  it("asks for every candidate's kind and row when nothing is left out", () => {
    expect(chosenOptions(CANDIDATES, new Set(), "ja")).toEqual({
      lang: "ja",
      kinds: ["overview", "statusBoard", "indicator", "cumulative"],
      itemRows: [5, 6],
    });
  });

  it("drops a kind whose only chart is left out, and a row one of whose charts is", () => {
    expect(
      chosenOptions(CANDIDATES, new Set(["kpi:statusBoard", "kpi:cumulative:5"]), "en")
    ).toEqual({ lang: "en", kinds: ["overview", "indicator"], itemRows: [6] });
  });

  it("asks for no rows when only register-wide charts are kept, and is null when nothing is", () => {
    const perItem = CANDIDATES.filter((c) => chartItemRow(c) !== null).map((c) => c.id);
    expect(chosenOptions(CANDIDATES, new Set(perItem), "ja")).toEqual({
      lang: "ja",
      kinds: ["overview", "statusBoard"],
    });
    expect(chosenOptions(CANDIDATES, new Set(CANDIDATES.map((c) => c.id)), "ja")).toBeNull();
  });
});

describe("includeChart", () => {
  it("ticking a chart of a row takes the row's other charts back in", () => {
    const out = new Set(["kpi:cumulative:5", "kpi:indicator:5", "kpi:overview"]);
    expect([...includeChart(CANDIDATES, out, chart("kpi:indicator:5", "indicator"), true)]).toEqual(
      ["kpi:overview"]
    );
    expect([
      ...includeChart(CANDIDATES, new Set(), chart("kpi:overview", "overview"), false),
    ]).toEqual(["kpi:overview"]);
  });
});
