import { parseSheetReference } from "../../src/core/grid";
import { refText } from "../../src/workflows/written-values-formula";

describe("parseSheetReference", () => {
  it.each([
    ["B2", { sheet: "計算", address: "B2" }],
    ["$B$2:$D$2", { sheet: "計算", address: "B2:D2" }],
    ["d2:b2", { sheet: "計算", address: "B2:D2" }],
    ["決算!C5", { sheet: "決算", address: "C5" }],
    ["'R7 決算'!B2:D2", { sheet: "R7 決算", address: "B2:D2" }],
    ["'It''s'!A1", { sheet: "It's", address: "A1" }],
    ["  Sheet1!A1  ", { sheet: "Sheet1", address: "A1" }],
  ])("reads %s", (text, ref) => {
    expect(parseSheetReference(text, "計算")).toEqual(ref);
  });

  it.each(["", "B", "12", "計算!", "'R7 決算!B2", "!B2", "B2:", "=B2", "B0"])(
    "refuses %j, which is not a reference",
    (text) => {
      expect(parseSheetReference(text, "計算")).toBeNull();
    }
  );
});

describe("parseSheetReference over refText", () => {
  it.each([
    [{ sheet: "計算", address: "B2" }, "計算!B2"],
    [{ sheet: "R7 決算", address: "B2:D2" }, "'R7 決算'!B2:D2"],
    [{ sheet: "It's", address: "A1" }, "'It''s'!A1"],
    // A sheet named like a cell would read as that cell: Excel quotes it.
    [{ sheet: "AB12", address: "A1" }, "'AB12'!A1"],
  ])("reads back %j from the way the formulas name it (%s)", (ref, text) => {
    expect(refText(ref)).toBe(text);
    expect(parseSheetReference(text, "other")).toEqual(ref);
  });
});
