import { chartGeometry, previewHeight } from "../../../src/core/chart/chartGeometry";
import { triangleFormat } from "../../../src/core/chart/chartNumber";
import type { ChartPlan, ChartSeriesPlan } from "../../../src/core/chart/types";

const s = (over: Partial<ChartSeriesPlan>): ChartSeriesPlan => ({
  name: "実績",
  role: "actual",
  type: "column",
  values: [],
  style: "solid",
  color: "#1F3864",
  axis: "primary",
  dataLabels: true,
  ...over,
});

const plan = (series: ChartSeriesPlan[], over: Partial<ChartPlan> = {}): ChartPlan => ({
  id: "kpi:test",
  kind: "indicator",
  title: "テスト（件）",
  categories: series[0]?.values.map((_, i) => `R${i + 7}`) ?? [],
  series,
  valueAxis: { title: "件数（件）", numberFormat: triangleFormat(0) },
  categoryAxis: { title: "年度" },
  legend: "bottom",
  horizontal: false,
  placement: { anchor: "A3", widthPt: 372, heightPt: 195 },
  note: null,
  ...over,
});

const SIZE = { width: 400, height: 260 };

describe("chartGeometry", () => {
  it("draws negative columns below the zero line and labels them with △", () => {
    const g = chartGeometry(plan([s({ values: [-1500, 2000] })]), SIZE);
    const [neg, pos] = g.bars;
    expect(g.bars).toHaveLength(2);
    expect(neg && pos).toBeTruthy();
    expect(neg!.y).toBeCloseTo(g.zeroLine.y1);
    expect(pos!.y + pos!.height).toBeCloseTo(g.zeroLine.y1);
    expect(g.labels.map((l) => l.text)).toEqual(["△1,500", "2,000"]);
    expect(g.labels[0]!.y).toBeGreaterThan(g.zeroLine.y1);
    expect(g.valueTicks.map((t) => t.label)).toContain("△1,000");
    expect(g.valueTicks[0]!.value).toBeLessThanOrEqual(-1500);
  });

  it("leaves a gap for null values and breaks a line there", () => {
    const g = chartGeometry(
      plan([
        s({ values: [1, null, 3] }),
        s({
          name: "計画",
          role: "plan",
          type: "line",
          style: "dashed",
          values: [1, null, 3],
          dataLabels: false,
        }),
      ]),
      SIZE
    );
    expect(g.bars).toHaveLength(2);
    expect(g.lines[0]!.segments).toHaveLength(2);
    expect(g.lines[0]!.style).toBe("dashed");
  });

  it("marks a plan with every value blank as empty and still gives axes", () => {
    const g = chartGeometry(plan([s({ values: [null, null] })]), SIZE);
    expect(g.empty).toBe(true);
    expect(g.bars).toHaveLength(0);
    expect(g.valueTicks.length).toBeGreaterThan(1);
  });

  it("draws a one-category goal line across the category band", () => {
    const g = chartGeometry(
      plan([s({ values: [5] }), s({ role: "goal", type: "line", values: [8], dataLabels: false })]),
      SIZE
    );
    const seg = g.lines[0]!.segments[0]!;
    expect(seg).toHaveLength(2);
    expect(seg[1]!.x - seg[0]!.x).toBeCloseTo(g.plot.width);
    expect(g.categoryLabels.map((c) => c.text)).toEqual(["R7"]);
  });

  it("overlaps clustered columns by the plan's overlap", () => {
    const two = [s({ name: "計画", style: "outline", values: [10] }), s({ values: [8] })];
    const apart = chartGeometry(plan(two, { overlap: 0, gapWidth: 50 }), SIZE).bars;
    const over = chartGeometry(plan(two, { overlap: 100, gapWidth: 50 }), SIZE).bars;
    expect(apart[1]!.x).toBeCloseTo(apart[0]!.x + apart[0]!.width);
    expect(over[1]!.x).toBeCloseTo(over[0]!.x);
  });

  it("draws horizontal bars with the first category at the bottom", () => {
    const g = chartGeometry(
      plan([s({ type: "bar", values: [50, 100] })], { horizontal: true, categories: ["下", "上"] }),
      SIZE
    );
    const [first, second] = g.bars;
    expect(first!.y).toBeGreaterThan(second!.y);
    expect(first!.x).toBeCloseTo(g.zeroLine.x1);
    expect(second!.width).toBeCloseTo(first!.width * 2);
    expect(g.categoryLabels[0]!.y).toBeGreaterThan(g.categoryLabels[1]!.y);
  });

  it("stacks bars per category and labels each segment", () => {
    const stacked = [
      s({ name: "達成", type: "stackedBar", values: [3, 1] }),
      s({ name: "遅れ", type: "stackedBar", values: [2, 0] }),
    ];
    const g = chartGeometry(plan(stacked, { horizontal: true, categories: ["A", "B"] }), SIZE);
    expect(g.bars).toHaveLength(3); // a 0 count draws nothing
    const [a1, a2] = g.bars;
    expect(a2!.x).toBeCloseTo(a1!.x + a1!.width);
    expect(g.valueTicks[g.valueTicks.length - 1]!.value).toBeGreaterThanOrEqual(5);
    expect(g.labels.map((l) => l.text)).toEqual(["3", "2", "1"]);
  });

  it("lists a legend entry per series with its style", () => {
    const g = chartGeometry(
      plan([
        s({ name: "計画", style: "outline", values: [1] }),
        s({ name: "目標", type: "line", style: "dashed", values: [1] }),
      ]),
      SIZE
    );
    expect(g.legend.map((e) => [e.text, e.style, e.shape])).toEqual([
      ["計画", "outline", "bar"],
      ["目標", "dashed", "line"],
    ]);
    expect(g.legend.every((e) => e.y > g.plot.y + g.plot.height)).toBe(true);
  });

  it("keeps fixed axis ends from the plan", () => {
    const g = chartGeometry(
      plan([s({ values: [2.5] })], {
        valueAxis: { title: "点", numberFormat: triangleFormat(1), min: 0, max: 5 },
      }),
      SIZE
    );
    expect(g.valueTicks.map((t) => t.label)).toEqual(["0.0", "1.0", "2.0", "3.0", "4.0", "5.0"]);
  });

  it("keeps a labelled top value's label inside the plot", () => {
    const g = chartGeometry(
      plan([s({ values: [99.5, 100] })], {
        valueAxis: { title: "%", numberFormat: triangleFormat(1) },
      }),
      SIZE
    );
    const top = g.valueTicks[g.valueTicks.length - 1]!.value;
    expect(top).toBeGreaterThan(100);
    expect(Math.min(...g.labels.map((l) => l.y))).toBeGreaterThan(g.plot.y);
  });

  it("starts a line chart's axis at 0 unless the values sit far from it, as Excel does", () => {
    const line = (values: number[]) => s({ type: "line", values, dataLabels: false });
    expect(chartGeometry(plan([line([20, 40, 100])]), SIZE).valueTicks[0]!.value).toBe(0);
    expect(
      chartGeometry(plan([line([900, 950, 1000])]), SIZE).valueTicks[0]!.value
    ).toBeGreaterThan(0);
  });

  it("puts the value axis title above the axis, horizontal", () => {
    const g = chartGeometry(plan([s({ values: [1] })]), SIZE);
    const t = g.axisTitles.find((x) => x.text === "件数（件）");
    expect(t).toMatchObject({ anchor: "start" });
    expect(t!.y).toBeLessThan(g.plot.y);
  });
});

describe("chartGeometry on a small chart", () => {
  it("keeps value ticks at least 24px apart", () => {
    const g = chartGeometry(plan([s({ type: "line", values: [0, 125], dataLabels: false })]), {
      width: 300,
      height: 200,
    });
    const gaps = g.valueTicks
      .slice(1)
      .map((t, i) => Math.abs(t.position - g.valueTicks[i]!.position));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(24);
  });
});

describe("previewHeight", () => {
  it("follows the chart's proportions, and gives each horizontal category room", () => {
    const col = plan([s({ values: [1] })]);
    expect(previewHeight(col, 372)).toBe(200); // 372 × 195 / 372 = 195, at least 200
    expect(
      previewHeight({ ...col, placement: { anchor: "A3", widthPt: 372, heightPt: 300 } }, 372)
    ).toBe(300);
    const bars = plan([s({ type: "bar", values: new Array<number>(25).fill(1) })], {
      horizontal: true,
    });
    expect(previewHeight(bars, 380)).toBe(120 + 25 * 14);
  });
});
