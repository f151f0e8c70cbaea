import type { CellValue } from "../../../src/core/grid";
import { recognizeKpiRegister } from "../../../src/core/kpi/recognizeKpiRegister";
import type { KpiRegister } from "../../../src/core/kpi/types";
import { formatMessage } from "../../../src/core/messages";
import { fixed, gridOf } from "./kpiGrids";

function read(values: CellValue[][]): KpiRegister {
  const result = recognizeKpiRegister(gridOf(values));
  if (!result.ok) throw new Error(formatMessage(result.issue));
  return result.register;
}

/** The same row in every layout: plan R7 10, R8 20; actual R7 9, R8 none. */
const VARIANTS: [string, CellValue[][]][] = [
  [
    "interleaved per year (R7計画, R7実績, …)",
    [
      ["No", "指標", "単位", "方向", "目標値", "R7計画", "R7実績", "R8計画", "R8実績"],
      [1, "登録者数", "人", "増加", 20, 10, 9, 20, ""],
    ],
  ],
  [
    "plan and actual in separate blocks, 令和 years with a space",
    [
      [
        "番号",
        "指標",
        "単位",
        "方向",
        "目標値",
        "令和7年度 目標",
        "令和8年度 目標",
        "令和7年度 実績",
        "令和8年度 実績",
      ],
      [1, "登録者数", "人", "増加", 20, 10, 20, 9, ""],
    ],
  ],
  [
    "western years (2025 計画) and （例示） actuals",
    [
      [
        "No",
        "指標",
        "単位",
        "方向",
        "目標値",
        "2025 計画",
        "2026 計画",
        "2025 実績（例示）",
        "2026 実績（例示）",
      ],
      [1, "登録者数", "人", "増加", 20, 10, 20, 9, ""],
    ],
  ],
  [
    "newest year first",
    [
      ["No", "指標", "単位", "方向", "目標値", "R8実績", "R8計画", "R7実績", "R7計画"],
      [1, "登録者数", "人", "増加", 20, "", 20, 9, 10],
    ],
  ],
  [
    "a two-row header: years merged over 計画 / 実績",
    [
      ["No", "指標", "単位", "方向", "目標値", "R7", "", "R8", ""],
      ["", "", "", "", "", "計画", "実績", "計画", "実績"],
      [1, "登録者数", "人", "増加", 20, 10, 9, 20, ""],
    ],
  ],
  [
    "a two-row header: 計画 / 実績 blocks merged over years",
    [
      ["No", "指標", "単位", "方向", "目標値", "計画", "", "実績", ""],
      ["", "", "", "", "", "令和7年度", "令和8年度", "令和7年度", "令和8年度"],
      [1, "登録者数", "人", "増加", 20, 10, 20, 9, ""],
    ],
  ],
  [
    "a two-row header: 目標 / 実績 blocks merged over years",
    [
      ["No", "KPI", "単位", "方向", "目標値", "目標", "", "実績", ""],
      ["", "", "", "", "", "R7", "R8", "R7", "R8"],
      [1, "登録者数", "人", "増加", 20, 10, 20, 9, ""],
    ],
  ],
  [
    "English headers",
    [
      [
        "No",
        "Indicator",
        "Unit",
        "Direction",
        "Goal",
        "FY2025 plan",
        "FY2025 actual",
        "FY2026 plan",
        "FY2026 actual",
      ],
      [1, "登録者数", "人", "higher", 20, 10, 9, 20, ""],
    ],
  ],
  [
    "↑ as the direction, fields in another order, a title row above",
    [
      ["KPI一覧（令和7年度～令和8年度）"],
      ["R7計画", "R8計画", "方向", "指標", "単位", "目標値", "No", "R7実績"],
      [10, 20, "↑", "登録者数", "人", 20, 1, 9],
    ],
  ],
];

describe("recognizeKpiRegister header variants", () => {
  it.each(VARIANTS)("reads %s", (_name, values) => {
    const reg = read(values);
    expect(reg.fiscalYears).toEqual([2025, 2026]);
    expect(reg.items).toHaveLength(1);
    const item = reg.items[0]!;
    expect([item.no, item.indicator, item.unit, item.direction]).toEqual([
      "1",
      "登録者数",
      "人",
      "higher",
    ]);
    expect(fixed(item.years.map((y) => y.plan))).toEqual(["10", "20"]);
    expect(fixed(item.years.map((y) => y.actual))).toEqual(["9", null]);
    expect(item.goal.target.value?.toFixed()).toBe("20");
  });

  it("says which rows form a two-row header and joins the merged year with the role below", () => {
    const reg = read(VARIANTS[4]![1]);
    expect(reg.headerRows).toEqual([1, 2]);
    expect(reg.columns.find((c) => c.field === "actual" && c.fiscalYear === 2026)).toEqual({
      field: "actual",
      header: "R8 実績",
      column: "I",
      fiscalYear: 2026,
    });
  });

  it("notes illustrative （例示） columns", () => {
    expect(read(VARIANTS[2]![1]).notes).toEqual([
      { code: "kpiRegister.illustrativeColumns", params: { columns: "H, I" } },
    ]);
  });

  it.each([
    ["↓", "lower"],
    ["削減", "lower"],
    ["低いほど良い", "lower"],
    ["向上", "higher"],
    ["高いほど良い", "higher"],
    ["達成", "milestone"],
    ["範囲", "range"],
  ])("reads the direction %s as %s", (word, direction) => {
    const reg = read([
      ["No", "指標", "単位", "方向"],
      [1, "件数", "件", word],
    ]);
    expect(reg.items[0]!.direction).toBe(direction);
  });

  it("converts 500万円 in a 千円 row to 5000, and 約4,000万円 in a 円 row to 40000000", () => {
    const reg = read([
      ["No", "指標", "単位", "方向", "基準値", "目標値", "R7計画"],
      [1, "事業収入", "千円", "増加", "", "500万円", "300万円"],
      [2, "広告料収入", "円", "増加", "約4,000万円", "4,400万円", ""],
    ]);
    const [a, b] = reg.items;
    expect(fixed([a!.goal.target.value, a!.years[0]!.plan])).toEqual(["5000", "3000"]);
    expect(a!.goal.target.text).toBe("500万円");
    expect(fixed([b!.baseline.value, b!.goal.target.value])).toEqual(["40000000", "44000000"]);
  });

  it("converts bare figures of a 千円 column into the row's unit (目標値（千円） in a 円 row)", () => {
    const reg = read([
      ["No", "指標", "単位", "方向", "目標値（千円）"],
      [1, "寄附金", "円", "増加", 400000],
    ]);
    expect(reg.items[0]!.goal.target.value?.toFixed()).toBe("400000000");
  });

  it("reads targets written as text: 80%台, 99.0%以上, 13%以内, and takes a blank 単位 and 方向 from them", () => {
    const reg = read([
      ["No", "指標", "単位", "方向", "目標値"],
      [1, "経常収支比率", "%", "範囲", "80%台"],
      [2, "収納率", "", "", "99.0%以上"],
      [3, "実質公債費比率", "%", "", "13%以内"],
    ]);
    const [band, rate, debt] = reg.items;
    expect(fixed([band!.goal.target.lower, band!.goal.target.upper])).toEqual(["80", "90"]);
    expect(band!.goal.target.upperExclusive).toBe(true);
    expect([rate!.unit, rate!.direction, rate!.goal.target.lower?.toFixed()]).toEqual([
      "%",
      "higher",
      "99",
    ]);
    expect([debt!.direction, debt!.goal.target.upper?.toFixed()]).toEqual(["lower", "13"]);
  });

  it("reads a percent-formatted cell (0.35 under 0%) as 35 in a % row", () => {
    const grid = gridOf([
      ["No", "指標", "単位", "方向", "R7計画"],
      [1, "利用率", "%", "増加", 0.35],
    ]);
    grid.numberFormats = [
      ["General", "General", "General", "General", "General"],
      ["General", "General", "General", "General", "0%"],
    ];
    const result = recognizeKpiRegister(grid);
    expect(result.ok && result.register.items[0]!.years[0]!.plan?.toFixed()).toBe("35");
  });

  it("reads 3E columns per year with the cost unit from the header, 円 when none is given", () => {
    const reg = read([
      [
        "No",
        "指標",
        "単位",
        "方向",
        "R7予算額（千円）",
        "R7事業費（千円）",
        "R7人件費（千円）",
        "R7処理件数",
        "R8決算額",
      ],
      [1, "件数", "件", "増加", 1200, 1100, 400, 50, 1300000],
    ]);
    const item = reg.items[0]!;
    expect(item.costUnit).toBe("千円");
    expect(
      item.costs.map((c) => [c.fiscalYear, ...fixed([c.budget, c.cost, c.personnel, c.output])])
    ).toEqual([
      [2025, "1200", "1100", "400", "50"],
      [2026, null, "1300", null, null],
    ]);
  });

  it("marks a 累計 row's plan as single-year amounts when the header says 単年度", () => {
    const reg = read([
      ["No", "指標", "単位", "方向", "目標の種類", "R7計画（単年度）", "R8計画（単年度）"],
      [1, "整備延長", "km", "増加", "累計", 1, 2],
      [2, "収納率", "%", "増加", "毎年度", 99, 99],
    ]);
    expect(reg.items.map((i) => i.planIsSingleYear)).toEqual([true, false]);
  });

  it("reads a row without 方向, 種類 and 単位 whose plans are texts as a milestone, and refuses texts in a row that has figures", () => {
    const reg = read([
      ["No", "指標", "単位", "方向", "目標の種類", "目標値", "R7計画", "R8計画"],
      [1, "窓口の開設", "", "", "", "", "準備", "開設"],
      [2, "相談件数", "", "", "", "30以上", "準備", 30],
    ]);
    expect(reg.items.map((i) => [i.no, i.direction, i.years[1]!.planText])).toEqual([
      ["1", "milestone", "開設"],
    ]);
    expect(reg.skipped.map((s) => [s.no, s.cell, s.reason.code])).toEqual([
      ["2", "G3", "kpiRegister.textInNumber"],
    ]);
  });

  it("refuses a goal written as words in a row whose 下限 makes it numeric", () => {
    const reg = read([
      ["No", "指標", "単位", "方向", "目標値", "下限"],
      [1, "相談件数", "", "", "増やす", 20],
    ]);
    expect(reg.skipped.map((s) => [s.cell, s.reason.code])).toEqual([
      ["E2", "kpiRegister.textInNumber"],
    ]);
  });

  it("keeps the shown text of a figure as the target's text when the grid has texts", () => {
    const grid = gridOf([
      ["No", "指標", "単位", "方向", "目標値"],
      [1, "利用率", "%", "増加", 0.5],
    ]);
    grid.numberFormats = [[], ["General", "General", "General", "General", "0%"]];
    grid.texts = [[], ["1", "利用率", "%", "増加", "50%"]];
    const result = recognizeKpiRegister(grid);
    expect(
      result.ok && [
        result.register.items[0]!.goal.target.value?.toFixed(),
        result.register.items[0]!.goal.target.text,
      ]
    ).toEqual(["50", "50%"]);
  });

  it("reads the status column and the effect scores", () => {
    const reg = read([
      [
        "No",
        "指標",
        "方向",
        "目標の種類",
        "R7計画",
        "R7実績",
        "進捗状況",
        "市民サービス",
        "財政効果",
        "業務効率化",
      ],
      [1, "窓口の開設", "達成", "マイルストーン", "開設準備", "完了", "完了", 4, 2, 3],
    ]);
    const item = reg.items[0]!;
    expect([item.years[0]!.planText, item.years[0]!.actualText, item.status]).toEqual([
      "開設準備",
      "完了",
      "完了",
    ]);
    expect(item.effects).toEqual({ service: 4, fiscal: 2, efficiency: 3 });
  });

  it("notes a year column that is neither plan nor actual nor cost, and does not use it", () => {
    const reg = read([
      ["No", "指標", "単位", "方向", "R7計画", "R7見込", "R8"],
      [1, "件数", "件", "増加", 10, 9, 12],
    ]);
    expect(reg.fiscalYears).toEqual([2025]);
    expect(reg.notes).toEqual([
      { code: "kpiRegister.yearColumnIgnored", params: { column: "F", header: "R7見込" } },
      { code: "kpiRegister.yearColumnIgnored", params: { column: "G", header: "R8" } },
    ]);
  });

  it("reads a goal year written 令和8年度末まで or R8決算 as R8", () => {
    const reg = read([
      ["No", "指標", "単位", "方向", "目標年度"],
      [1, "件数", "件", "増加", "令和8年度末まで"],
      [2, "件数", "件", "増加", "R8決算"],
      [3, "件数", "件", "増加", "計画期間内"],
    ]);
    expect(reg.items.map((i) => i.goal.fiscalYear)).toEqual([2026, 2026]);
    expect(reg.skipped.map((s) => [s.cell, s.reason])).toEqual([
      ["E4", { code: "kpiRegister.badYear", params: { cell: "E4", text: "計画期間内" } }],
    ]);
  });

  it("does not take a table of figures with 指標 and 単位 over bare years for a register", () => {
    const result = recognizeKpiRegister(
      gridOf([
        ["指標", "単位", "R4", "R5"],
        ["実質公債費比率", "%", 8.1, 7.9],
      ])
    );
    expect(result.ok).toBe(false);
  });

  it("says a sheet without an indicator column is not a register", () => {
    const result = recognizeKpiRegister(
      gridOf(
        [
          ["区分", "令和7年度", "令和8年度"],
          ["歳入", 100, 200],
        ],
        "財政見通し"
      )
    );
    expect(result).toEqual({
      ok: false,
      issue: { code: "kpiRegister.notRegister", params: { sheet: "財政見通し" } },
    });
  });
});
