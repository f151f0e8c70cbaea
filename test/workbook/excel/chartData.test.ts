import {
  isChartDataSheetName,
  chartDataAddresses,
  layoutChartData,
  uniqueSheetName,
  CHART_DATA_SHEET,
} from "../../../src/workbook/excel/chartData";
import type { ChartSpec } from "../../../src/workbook/port";

const spec: ChartSpec = {
  key: "k",
  sheet: "KPI",
  title: "t",
  categories: ["2022", "2023"],
  series: [
    { name: "実績", values: [1, null] },
    { name: "目標", values: [2, 2] },
  ],
  anchor: "A1",
};

describe("layoutChartData", () => {
  it("puts a header row, a category column and one column per series, blank for null", () => {
    const block = layoutChartData(spec, []);
    expect(block).toEqual({
      box: { top: 0, left: 0, rows: 3, cols: 3 },
      header: [["", "実績", "目標"]],
      categories: [["2022"], ["2023"]],
      values: [
        [1, 2],
        ["", 2],
      ],
    });
    expect(chartDataAddresses(block)).toEqual({
      header: "A1:C1",
      categories: "A2:A3",
      series: ["B2:B3", "C2:C3"],
      values: "B2:C3",
    });
  });

  it("starts below the blocks in use, one blank row apart", () => {
    const used = [
      { key: "a", sheet: "KPI", sheetId: "s", chartId: "c", title: "", dataAddress: "A1:C3" },
    ];
    expect(layoutChartData(spec, used).box.top).toBe(4);
  });
});

describe("uniqueSheetName", () => {
  it("adds the first free suffix", () => {
    expect(uniqueSheetName([])).toBe(CHART_DATA_SHEET);
    expect(uniqueSheetName([CHART_DATA_SHEET, `${CHART_DATA_SHEET} (2)`])).toBe(
      `${CHART_DATA_SHEET} (3)`
    );
  });
});

describe("isChartDataSheetName", () => {
  it.each([
    [CHART_DATA_SHEET, true],
    [`${CHART_DATA_SHEET} (2)`, true],
    [`${CHART_DATA_SHEET} (10)`, true],
    [`${CHART_DATA_SHEET} (1)`, false],
    [`${CHART_DATA_SHEET} (02)`, false],
    [`${CHART_DATA_SHEET}x`, false],
    ["歳入", false],
  ])("tells %j → %s", (name, expected) => {
    expect(isChartDataSheetName(name)).toBe(expected);
  });
});
