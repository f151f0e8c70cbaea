import {
  isChartDataSheetName,
  chartDataAddresses,
  layoutChartBlocks,
  uniqueSheetName,
  CHART_DATA_SHEET,
} from "../../../src/workbook/excel/chartData";
import type { ChartEntry } from "../../../src/workbook/excel/settingsStore";
import { plan, series } from "../chartPlans";

const spec = plan({
  id: "k",
  categories: ["2022", "2023"],
  series: [series({ values: [1, null] }), series({ name: "目標", values: [2, 2] })],
});
const entry = (key: string, dataAddress: string): ChartEntry => ({
  key,
  sheet: "KPI",
  sheetId: "s",
  chartId: `c-${key}`,
  title: "",
  dataAddress,
});

describe("layoutChartBlocks", () => {
  it("puts a header row, a category column and one column per series, blank for null", () => {
    const [block] = layoutChartBlocks([spec], new Map(), []);
    expect(block).toEqual({
      box: { top: 0, left: 0, rows: 3, cols: 3 },
      header: [["", "実績", "目標"]],
      categories: [["2022"], ["2023"]],
      values: [
        [1, 2],
        ["", 2],
      ],
    });
    expect(chartDataAddresses(block!)).toEqual({
      header: "A1:C1",
      categories: "A2:A3",
      series: ["B2:B3", "C2:C3"],
      values: "B2:C3",
    });
  });

  it("starts below the blocks in use, one blank row apart", () => {
    expect(layoutChartBlocks([spec], new Map(), [entry("a", "A1:C3")])[0]!.box.top).toBe(4);
  });

  it("keeps a redrawn chart's top row when the new block fits there", () => {
    const previous = new Map([["k", entry("k", "A5:C7")]]);
    const kept = [entry("a", "A1:C3"), entry("b", "A9:D12")];
    expect(layoutChartBlocks([spec], previous, kept)[0]!.box).toEqual({
      top: 4,
      left: 0,
      rows: 3,
      cols: 3,
    });
  });

  it("moves a block that grew into the next one below every block, one row apart", () => {
    const longer = plan({
      ...spec,
      categories: ["R5", "R6", "R7", "R8"],
      series: [series({ values: [1, 2, 3, 4] })],
    });
    const previous = new Map([["k", entry("k", "A5:C7")]]);
    const kept = [entry("b", "A9:D12")];
    expect(layoutChartBlocks([longer], previous, kept)[0]!.box.top).toBe(13);
  });

  it("reserves the earlier blocks of charts redrawn later in the same page", () => {
    const a = plan({
      ...spec,
      id: "a",
      categories: ["1", "2", "3"],
      series: [series({ values: [1, 2, 3] })],
    });
    const b = plan({ ...spec, id: "b" });
    const previous = new Map([
      ["a", entry("a", "A1:C3")],
      ["b", entry("b", "A5:C7")],
    ]);
    // a grew by one row: it would meet b's block, so it moves; b stays where it was.
    const [blockA, blockB] = layoutChartBlocks([a, b], previous, []);
    expect(blockB!.box.top).toBe(4);
    expect(blockA!.box.top).toBe(8);
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
