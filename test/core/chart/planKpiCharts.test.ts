import { checkChartPlan, planKpiCharts } from "../../../src/core/chart/planKpiCharts";
import type { ChartPlan } from "../../../src/core/chart/types";
import { kpiEvaluation } from "./kpiEvaluationBuilder";

const byId = (charts: ChartPlan[], id: string): ChartPlan => {
  const c = charts.find((x) => x.id === id);
  if (!c) throw new Error(`no chart ${id}`);
  return c;
};

/** 苫小牧 No.2 債券運用額: 3億円 a year, running totals 3億 … 15億 by R11 (累計). */
const tomakomaiLike = () =>
  kpiEvaluation({
    sheet: "苫小牧KPI",
    fiscalYear: 2026,
    items: [
      {
        row: 4,
        no: "2",
        theme: "健全な財政運営と新たな財源確保",
        indicator: "債券運用額",
        unit: "円",
        targetType: "cumulative",
        goal: 1500000000,
        goalYear: 2029,
        years: {
          2025: [300000000, 300000000],
          2026: [600000000, 550000000],
          2027: [900000000, null],
          2028: [1200000000, null],
          2029: [1500000000, null],
        },
      },
    ],
    rates: { 4: { rate: "91.66666", grade: "onTrack", method: "cumulative" } },
  });

describe("planKpiCharts", () => {
  it("plans an indicator chart of a 累計 item in 億円 with outlined plan, solid labelled actual, the goal line and 和暦 categories", () => {
    const page = planKpiCharts(tomakomaiLike(), { lang: "ja" });
    const c = byId(page.charts, "kpi:indicator:4");
    expect(c.categories).toEqual(["R7", "R8", "R9", "R10", "R11"]);
    expect(c.title).toBe("2. 債券運用額（億円）");
    expect(c.valueAxis.title).toBe("実績・計画（億円）");
    expect(c.valueAxis.numberFormat).toBe('#,##0.0;"△"#,##0.0');
    const [plan, actual, goal] = c.series;
    expect(plan).toMatchObject({
      role: "plan",
      type: "column",
      style: "outline",
      dataLabels: false,
      values: [3, 6, 9, 12, 15],
    });
    expect(actual).toMatchObject({
      role: "actual",
      type: "column",
      style: "solid",
      dataLabels: true,
      values: [3, 5.5, null, null, null],
    });
    expect(goal).toMatchObject({
      role: "goal",
      type: "line",
      style: "dashed",
      name: "目標（R11）",
      values: [15, 15, 15, 15, 15],
    });
    expect(c.note).toContain("累計 Σ実績/Σ計画");
    expect(checkChartPlan(c)).toBeNull();
  });

  it("plans the cumulative chart as running totals against the goal in percent with the 100% line", () => {
    const page = planKpiCharts(tomakomaiLike(), { lang: "ja" });
    const c = byId(page.charts, "kpi:cumulative:4");
    expect(c.valueAxis.numberFormat).toBe('#,##0.0"%";"△"#,##0.0"%"');
    expect(c.series.map((s) => [s.role, s.style])).toEqual([
      ["actual", "solid"],
      ["target", "dashed"],
      ["goal", "dashed"],
    ]);
    expect(c.series[0]?.values).toEqual([20, 36.7, null, null, null]);
    expect(c.series[1]?.values).toEqual([20, 40, 60, 80, 100]);
    expect(c.series[2]?.values).toEqual([100, 100, 100, 100, 100]);
    expect(c.note).toContain("累計 ÷ 目標値 15億円");
  });

  it("shows a lower-is-better reduction in △ with the decimals the data need", () => {
    const ev = kpiEvaluation({
      items: [
        {
          row: 9,
          indicator: "苦情件数",
          unit: "件",
          direction: "lower",
          targetType: "cumulative",
          goal: -150,
          years: {
            2025: [null, null],
            2026: [-50, "-47.5"],
            2027: [-100, null],
            2028: [-150, null],
          },
        },
      ],
    });
    const c = byId(planKpiCharts(ev, { lang: "ja" }).charts, "kpi:indicator:9");
    expect(c.valueAxis.numberFormat).toBe('#,##0.0;"△"#,##0.0');
    expect(c.series.find((s) => s.role === "actual")?.values).toEqual([
      null,
      -47.5,
      null,
      null,
      null,
    ]);
    expect(c.note).toContain("低いほど良い T/A");
    expect(c.note).toContain("△は削減");
  });

  it("sorts the overview highest on top (Excel draws the first category at the bottom) over outlined 100% bars", () => {
    const ev = kpiEvaluation({
      items: [{ row: 2 }, { row: 3 }, { row: 4 }, { row: 5 }],
      rates: {
        2: { rate: "80.04", grade: "onTrack" },
        3: { rate: 120, grade: "achieved" },
        4: { rate: "-12.5", grade: "behind" },
        5: { rate: null, grade: "noActual" },
      },
    });
    const c = byId(planKpiCharts(ev, { lang: "ja" }).charts, "kpi:overview");
    expect(c.horizontal).toBe(true);
    expect(c.categories).toEqual(["3. 指標4", "1. 指標2", "2. 指標3"]);
    expect(c.series[0]).toMatchObject({
      role: "target",
      style: "outline",
      values: [100, 100, 100],
    });
    expect(c.series[1]).toMatchObject({
      role: "actual",
      style: "solid",
      dataLabels: true,
      values: [-12.5, 80, 120],
    });
    expect(c.overlap).toBe(100);
  });

  it("counts statuses per theme in the status board, summing to each theme's items", () => {
    const ev = kpiEvaluation({
      items: [
        { row: 2, theme: "A" },
        { row: 3, theme: "A" },
        { row: 4, theme: "B" },
        { row: 5, theme: "B" },
        { row: 6, theme: "B" },
      ],
      rates: {
        2: { rate: 100, grade: "achieved" },
        3: { rate: 50, grade: "behind" },
        4: { rate: 100, grade: "achieved" },
        5: { rate: 100, grade: "achieved" },
        6: { rate: null, grade: "noActual" },
      },
    });
    const c = byId(planKpiCharts(ev, { lang: "ja" }).charts, "kpi:statusBoard");
    expect(c.categories).toEqual(["B", "A"]);
    expect(c.series.every((s) => s.type === "stackedBar" && s.role === "status")).toBe(true);
    expect(c.series.map((s) => s.name)).toEqual(["達成", "遅れ", "判定不能"]);
    const totals = c.categories.map((_, i) =>
      c.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0)
    );
    expect(totals).toEqual([3, 2]);
  });

  it("gives the same ids and plans on every run", () => {
    const a = planKpiCharts(tomakomaiLike(), { lang: "ja" });
    const b = planKpiCharts(tomakomaiLike(), { lang: "ja" });
    expect(a.charts.map((c) => c.id)).toEqual([
      "kpi:overview",
      "kpi:statusBoard",
      "kpi:indicator:4",
      "kpi:cumulative:4",
    ]);
    expect(b).toEqual(a);
    expect(a.id).toBe("kpi:苫小牧KPI");
  });

  it("plans only the kinds and item rows asked for", () => {
    const ev = kpiEvaluation({
      items: [
        { row: 2, years: { 2025: [1, 1] } },
        { row: 3, years: { 2025: [1, 2] } },
      ],
      rates: { 2: { rate: 100, grade: "achieved" } },
    });
    const page = planKpiCharts(ev, { lang: "ja", kinds: ["indicator"], itemRows: [3] });
    expect(page.charts.map((c) => c.id)).toEqual(["kpi:indicator:3"]);
  });

  it("lays out 100 indicators on an A4 landscape grid with no overlapping anchors and no chart cut by a page break", () => {
    const items = Array.from({ length: 100 }, (_, i) => ({
      row: i + 2,
      years: { 2025: [i, i + 1] as [number, number] },
    }));
    const page = planKpiCharts(kpiEvaluation({ items }), { lang: "ja", kinds: ["indicator"] });
    expect(page.charts).toHaveLength(100);
    expect(new Set(page.charts.map((c) => c.placement.anchor)).size).toBe(100);
    expect(page.layout).toMatchObject({
      orientation: "landscape",
      paper: "A4",
      titleRows: "$1:$2",
      centerFooter: "&P / &N",
      fitToPagesWide: 1,
    });
    expect(page.layout.printArea).toBe("A1:P752");
    for (const c of page.charts) {
      const top = Number(/\d+/.exec(c.placement.anchor)?.[0]);
      const bottom = top + c.placement.heightPt / 15; // first row below the chart (its note row)
      expect(page.layout.rowBreaks.some((r) => r > top && r <= bottom)).toBe(false);
      expect(checkChartPlan(c)).toBeNull();
    }
    expect(page.texts[0]).toMatchObject({ address: "A1", bold: true });
  });
});
