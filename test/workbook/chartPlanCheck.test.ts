import {
  checkChartPage,
  checkChartPlan,
  pageCells,
  titleRowsBox,
} from "../../src/workbook/chartPlanCheck";
import { page, plan } from "./chartPlans";

describe("checkChartPlan", () => {
  it("accepts the plans core makes", () => {
    expect(() => checkChartPlan(plan())).not.toThrow();
    expect(() => checkChartPage(page(100))).not.toThrow();
  });

  it.each<[string, object]>([
    ["a note that is not text", { note: 7 }],
    ["an unknown legend", { legend: "top" }],
    ["an empty value-axis number format", { valueAxis: { title: "", numberFormat: "" } }],
    ["an id that is empty", { id: "" }],
    ["a title over 255 characters", { title: "あ".repeat(256) }],
  ])("refuses %s", (_what, over) => {
    expect(() => checkChartPlan(plan(over))).toThrow(
      expect.objectContaining({ code: "workbook.chartBadPlan" })
    );
  });
});

describe("checkChartPage", () => {
  it.each<[string, object]>([
    ["an unknown paper", { paper: "B5" }],
    ["title rows that are not rows", { titleRows: "A1:B2" }],
    ["fit to no page", { fitToPagesWide: 0 }],
    ["a break before row 1", { rowBreaks: [1] }],
    ["a footer over 255 characters", { centerFooter: "x".repeat(256) }],
  ])("refuses a layout with %s", (_what, over) => {
    const bad = page(2);
    bad.layout = { ...bad.layout, ...over };
    expect(() => checkChartPage(bad)).toThrow(
      expect.objectContaining({ code: "workbook.pageBadLayout" })
    );
  });
});

describe("pageCells", () => {
  it("puts a note on the first row below its chart, and a page text at the same cell wins", () => {
    const p = page(2);
    p.charts[0] = { ...p.charts[0]!, note: "例示" };
    p.charts[1] = { ...p.charts[1]!, note: "方法: A/T" };
    p.texts = [{ address: "k15", text: "見出し", bold: true }];
    expect(pageCells(p)).toEqual([
      { address: "B15", text: "例示", fontSize: 9 },
      { address: "K15", text: "見出し", bold: true },
    ]);
    // Rows of 15 pt (Calibri 11): 220 pt is 15 rows, so the note is 15 rows below the anchor.
    expect(pageCells(p, 15)[0]).toMatchObject({ address: "B18" });
  });
});

describe("titleRowsBox", () => {
  it("reads whole rows and refuses anything else", () => {
    expect(titleRowsBox("$1:$2")).toEqual({ top: 1, bottom: 2 });
    expect(titleRowsBox("3:3")).toEqual({ top: 3, bottom: 3 });
    expect(titleRowsBox("2:1")).toBeNull();
    expect(titleRowsBox("A1:B2")).toBeNull();
  });
});
