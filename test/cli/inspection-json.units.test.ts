import { inspectionJson } from "../../src/cli/inspection-json";
import { inspectionLines } from "../../src/cli/format-inspection";
import { inspectGrid } from "../../src/workflows";

// A 百万円 table whose cells state units of their own: the JSON value is in the row's unit when
// the units convert (money ↔ money), and keeps the cell's own unit when they do not (件).
const report = inspectGrid(
  { sheet: "見通し", address: "A1:C4" },
  {
    sheet: "見通し",
    top: 0,
    left: 0,
    values: [
      ["単位:百万円", "", ""],
      ["", "令和6年度", "令和7年度"],
      ["市税", "1億2,000万円", 4_869],
      ["その他収入", "12件", 5],
    ],
  }
);

describe("inspectionJson (units)", () => {
  const json = inspectionJson("a.xlsx", report, "ja");
  const row = (label: string) => json.rows.find((r) => r.label === label)!;

  it("converts a cell's own money unit to the row's unit", () => {
    expect(row("市税")).toMatchObject({
      unit: "百万円",
      values: ["120", "4869"],
      units: ["百万円", "百万円"],
    });
  });

  it("keeps a unit of another kind beside its value instead of rescaling it", () => {
    expect(row("その他収入").values[0]).toBe("12");
    expect(row("その他収入").units[0]).toBe("件");
    expect(json.issues.some((i) => i.address === "B4" && i.code === "table.unitMismatch")).toBe(
      true
    );
  });

  it("agrees with the text output", () => {
    const text = Array.from(inspectionLines(report, "ja")).join("\n");
    expect(text).toMatch(/A3 +市税 +120 +4,869/);
  });
});
