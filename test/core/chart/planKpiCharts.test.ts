import { planKpiCharts } from "../../../src/core/chart/planKpiCharts";
// The port's own check: what both workbook implementations refuse before drawing.
import { checkChartPlan } from "../../../src/workbook/chartPlanCheck";
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
    expect(() => checkChartPlan(c)).not.toThrow();
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
      expect(() => checkChartPlan(c)).not.toThrow();
    }
    expect(page.texts[0]).toMatchObject({ address: "A1", bold: true });
  });

  it("writes English titles, series and FY categories with lang en", () => {
    const page = planKpiCharts(tomakomaiLike(), { lang: "en" });
    const c = byId(page.charts, "kpi:indicator:4");
    expect(c.title).toBe("No.2 債券運用額 (億円)");
    expect(c.categories[0]).toBe("FY2025");
    expect(c.series.map((x) => x.name)).toEqual(["Plan", "Actual", "Goal (FY2029)"]);
    expect(page.sheetBaseName).toBe("KPI progress");
    expect(page.texts[0]?.text).toBe("KPI progress: 苫小牧KPI (FY2026)");
  });

  it("notes illustrative actuals on every chart and the page when the register marks them 例示", () => {
    const ev = kpiEvaluation({
      items: [{ row: 2, years: { 2025: [1, 1] } }],
      rates: { 2: { rate: 100, grade: "achieved" } },
      notes: [{ code: "kpiRegister.illustrativeColumns", params: { columns: "R7実績（例示）" } }],
    });
    const page = planKpiCharts(ev, { lang: "ja" });
    for (const c of page.charts.filter((x) => x.kind !== "effects"))
      expect(c.note).toContain("例示");
    expect(page.texts[1]?.text).toContain("例示");
    const plain = planKpiCharts(kpiEvaluation({ items: [{ row: 2, years: { 2025: [1, 1] } }] }), {
      lang: "ja",
    });
    expect(plain.charts.some((c) => c.note?.includes("例示"))).toBe(false);
  });

  it("draws a 範囲 row's bounds as two dashed lines, and a held level (下限 = 上限) as one goal line", () => {
    const ev = kpiEvaluation({
      items: [
        {
          row: 2,
          unit: "%",
          direction: "range",
          lower: 80,
          upper: 90,
          years: { 2025: [null, "85.3"] },
        },
        {
          row: 3,
          unit: "人",
          direction: "range",
          lower: 530,
          upper: 530,
          years: { 2025: [null, 528] },
        },
      ],
    });
    const charts = planKpiCharts(ev, { lang: "ja" }).charts;
    const band = byId(charts, "kpi:indicator:2");
    expect(band.series.map((x) => [x.role, x.name, x.values[0]])).toEqual([
      ["actual", "実績", 85.3],
      ["band", "下限", 80],
      ["band", "上限", 90],
    ]);
    const held = byId(charts, "kpi:indicator:3");
    expect(held.series.map((x) => [x.role, x.values[0]])).toEqual([
      ["actual", 528],
      ["goal", 530],
    ]);
  });

  it("puts the baseline year first when it lies before the register's years", () => {
    const ev = kpiEvaluation({
      items: [
        {
          row: 7,
          unit: "円",
          baseline: { fiscalYear: 2023, value: 40000000 },
          goal: 44000000,
          years: { 2025: [40800000, null] },
        },
      ],
    });
    const c = byId(planKpiCharts(ev, { lang: "ja" }).charts, "kpi:indicator:7");
    expect(c.categories.slice(0, 2)).toEqual(["R5（基準）", "R7"]);
    expect(c.valueAxis.title).toBe("実績・計画（千円）");
    expect(c.series.find((x) => x.role === "actual")?.values.slice(0, 2)).toEqual([40000, null]);
    expect(c.series.find((x) => x.role === "plan")?.values.slice(0, 2)).toEqual([null, 40800]);
  });

  it("sums single-year plans (単年度) of a 累計 row into running totals, a blank year staying a gap", () => {
    const ev = kpiEvaluation({
      items: [
        {
          row: 2,
          targetType: "cumulative",
          planIsSingleYear: true,
          goal: 16,
          years: { 2025: [5, 5], 2026: [null, 9], 2027: [5, null], 2028: [6, null] },
        },
      ],
    });
    const charts = planKpiCharts(ev, { lang: "ja" }).charts;
    expect(byId(charts, "kpi:indicator:2").series[0]?.values).toEqual([5, null, 10, 16, null]);
    expect(byId(charts, "kpi:cumulative:2").series[1]?.values).toEqual([
      31.3,
      null,
      62.5,
      100,
      null,
    ]);
  });

  it("leaves out milestones and rows with a goal but no plan or actual", () => {
    const ev = kpiEvaluation({
      items: [
        { row: 2, direction: "milestone", targetType: "milestone", unit: null },
        { row: 3, goal: 75 },
        { row: 4, goal: 75, years: { 2027: [60, null] } },
      ],
    });
    expect(
      planKpiCharts(ev, { lang: "ja", kinds: ["indicator", "cumulative"] }).charts.map((c) => c.id)
    ).toEqual(["kpi:indicator:4"]);
  });

  it("splits the overview into charts of 25 with stable ids, each a printed page wide and high", () => {
    const items = Array.from({ length: 60 }, (_, i) => ({ row: i + 2 }));
    const rates = Object.fromEntries(items.map((it, i) => [it.row, { rate: i, grade: "behind" }]));
    const page = planKpiCharts(kpiEvaluation({ items, rates }), {
      lang: "ja",
      kinds: ["overview"],
    });
    expect(page.charts.map((c) => [c.id, c.categories.length])).toEqual([
      ["kpi:overview", 25],
      ["kpi:overview:2", 25],
      ["kpi:overview:3", 10],
    ]);
    expect(page.charts[0]?.title).toBe("令和8年度 達成率（%）（1/3）");
    expect(page.charts.map((c) => c.placement.anchor)).toEqual(["A3", "A33", "A63"]);
    expect(page.charts[0]?.placement).toMatchObject({ widthPt: 756, heightPt: 420 });
    expect(page.layout.rowBreaks).toEqual([33, 63]);
  });

  it("cuts a long indicator name in the overview's categories but not in the indicator's title", () => {
    const name =
      "「氷見市職員の勤務時間、休暇等に関する規則」に定める時間外勤務上限時間数及び月数の超過者数";
    const ev = kpiEvaluation({
      items: [{ row: 2, no: "18", indicator: name, years: { 2025: [0, 0] } }],
      rates: { 2: { rate: 100, grade: "achieved" } },
    });
    const charts = planKpiCharts(ev, { lang: "ja" }).charts;
    const label = byId(charts, "kpi:overview").categories[0] ?? "";
    expect([...label]).toHaveLength(28);
    expect(label.endsWith("…")).toBe(true);
    expect(byId(charts, "kpi:indicator:2").title).toContain(name);
  });

  it("averages effect scores per theme over the items that have them", () => {
    const ev = kpiEvaluation({
      items: [
        { row: 2, theme: "財政", effects: { service: 2, fiscal: 5, efficiency: null } },
        { row: 3, theme: "財政", effects: { service: 3, fiscal: 4, efficiency: 1 } },
        { row: 4, theme: "DX", effects: { service: 4, fiscal: 0, efficiency: 5 } },
        { row: 5, theme: "DX", effects: null },
      ],
    });
    const c = byId(planKpiCharts(ev, { lang: "ja" }).charts, "kpi:effects");
    expect(c.categories).toEqual(["DX", "財政"]);
    expect(c.series.map((x) => [x.name, x.values])).toEqual([
      ["市民サービス", [4, 2.5]],
      ["財政効果", [0, 4.5]],
      ["業務効率化", [5, 1]],
    ]);
    expect(c.valueAxis).toMatchObject({ min: 0, max: 5 });
    expect(c.series.map((x) => x.style)).toEqual(["solid", "solid", "outline"]);
    expect(
      planKpiCharts(kpiEvaluation({ items: [{ row: 2 }] }), { lang: "ja" }).charts.some(
        (x) => x.kind === "effects"
      )
    ).toBe(false);
  });

  it("plans 1,000 indicators quickly, in the order of the register", () => {
    const items = Array.from({ length: 1000 }, (_, i) => ({
      row: i + 2,
      targetType: "cumulative" as const,
      goal: 100,
      years: { 2025: [20, i] as [number, number] },
    }));
    const ev = kpiEvaluation({ items });
    const started = performance.now();
    const page = planKpiCharts(ev, { lang: "ja" });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(page.charts.filter((c) => c.kind === "indicator").map((c) => c.id)).toEqual(
      items.map((it) => `kpi:indicator:${it.row}`)
    );
    expect(new Set(page.charts.map((c) => c.placement.anchor)).size).toBe(page.charts.length);
  });

  it("lays out every kind together without overlapping slots or a chart cut by a page break", () => {
    const items = Array.from({ length: 100 }, (_, i) => ({
      row: i + 2,
      theme: `テーマ${i % 12}`,
      targetType: i % 3 === 0 ? ("cumulative" as const) : ("yearly" as const),
      goal: 100,
      effects: { service: i % 5, fiscal: 2, efficiency: null },
      years: { 2025: [20, i] as [number, number] },
    }));
    const rates = Object.fromEntries(
      items.map((it, i) => [it.row, { rate: i, grade: i % 2 ? "achieved" : "behind" }])
    );
    const page = planKpiCharts(kpiEvaluation({ items, rates }), { lang: "ja" });
    const kinds = new Set(page.charts.map((c) => c.kind));
    expect([...kinds].sort()).toEqual([
      "cumulative",
      "effects",
      "indicator",
      "overview",
      "statusBoard",
    ]);
    // Each chart covers columns × rows of cells; no cell is covered twice.
    const covered = new Set<string>();
    for (const c of page.charts) {
      const m = /^([A-Z]+)(\d+)$/.exec(c.placement.anchor);
      const col = (m?.[1] ?? "A").charCodeAt(0) - 65;
      const top = Number(m?.[2]);
      const rows = c.placement.heightPt / 15 + 1; // with its note row
      const cols = Math.ceil(c.placement.widthPt / 48);
      for (let r = top; r < top + rows; r++)
        for (let k = col; k < col + cols; k++) {
          const key = `${k}:${r}`;
          expect(covered.has(key)).toBe(false);
          covered.add(key);
        }
      expect(page.layout.rowBreaks.some((b) => b > top && b < top + rows)).toBe(false);
      expect(col + cols).toBeLessThanOrEqual(16);
    }
    const last = Number(/\d+$/.exec(page.layout.printArea)?.[0]);
    expect(
      Math.max(
        ...page.charts.map(
          (c) => Number(/\d+/.exec(c.placement.anchor)?.[0]) + c.placement.heightPt / 15
        )
      )
    ).toBeLessThanOrEqual(last);
  });

  it("draws the straight path from the baseline to the goal as the yearly targets of a row with no plan", () => {
    // 苫小牧 No.17: CO₂ △2,231t by R11 (最終, 減少), no plan and no baseline value: from 0 in R6.
    const ev = kpiEvaluation({
      items: [
        {
          row: 33,
          unit: "t",
          direction: "lower",
          targetType: "final",
          goal: -2231,
          goalYear: 2029,
          years: { 2025: [null, -500] },
        },
        { row: 34, unit: "件", targetType: "yearly", goal: 5, years: { 2025: [null, 4] } },
      ],
    });
    const charts = planKpiCharts(ev, { lang: "ja" }).charts;
    const co2 = byId(charts, "kpi:indicator:33");
    const path = co2.series.find((x) => x.role === "target");
    expect(path).toMatchObject({ type: "line", style: "dashed", name: "年度の目標（直線）" });
    expect(path?.values).toEqual([-446.2, -892.4, -1338.6, -1784.8, -2231]);
    expect(co2.valueAxis.numberFormat).toBe('#,##0;"△"#,##0');
    expect(co2.note).toContain("直線");
    expect(byId(charts, "kpi:indicator:34").series.some((x) => x.role === "target")).toBe(false);
  });

  it("plans no summary chart without data: no rate, no item, no effect score", () => {
    const page = planKpiCharts(kpiEvaluation({ items: [] }), { lang: "ja" });
    expect(page.charts).toEqual([]);
    expect(page.layout.printArea).toBe("A1:P17");
    expect(page.layout.rowBreaks).toEqual([]);
  });
});
