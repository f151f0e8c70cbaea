import {
  EXCEL_MAX_COLUMNS,
  EXCEL_MAX_ROWS,
  checkReadSize,
  intersectBoxes,
  localAddress,
  resolveRangeBox,
  wholeLinesBox,
} from "../../src/workbook/rangeBox";

describe("resolveRangeBox", () => {
  it.each([
    ["B2:M40", { top: 1, left: 1, rows: 39, cols: 12 }],
    // XFD1048576: the last cell of an Excel 2007+ sheet.
    ["XFD1048576", { top: 1_048_575, left: 16_383, rows: 1, cols: 1 }],
  ])("parses %s", (address, box) => {
    expect(resolveRangeBox({ sheet: "S", address })).toEqual(box);
  });

  it.each([
    ["XFE1", "workbook.badAddress"],
    ["A1048577", "workbook.badAddress"],
    ["1:1", "workbook.badAddress"],
    ["", "workbook.emptyRange"],
  ])("rejects %j with %s", (address, code) => {
    expect(() => resolveRangeBox({ sheet: "S", address })).toThrow(
      expect.objectContaining({ code })
    );
  });
});

describe("checkReadSize", () => {
  it("allows exactly five million cells and refuses one more row", () => {
    expect(() => checkReadSize({ top: 0, left: 0, rows: 250_000, cols: 20 })).not.toThrow();
    expect(() => checkReadSize({ top: 0, left: 0, rows: 250_001, cols: 20 })).toThrow(
      expect.objectContaining({ code: "workbook.tooManyCells" })
    );
  });
});

describe("localAddress", () => {
  it.each([
    ["Sheet1!A1:C3", "A1:C3"],
    ["'歳入 明細'!B2", "B2"],
    ["B2", "B2"],
  ])("strips %s to %s", (address, local) => {
    expect(localAddress(address)).toBe(local);
  });
});

describe("wholeLinesBox", () => {
  it.each([
    // What Excel's Range.address gives when the user clicks column or row headers.
    ["B:D", { top: 0, left: 1, rows: EXCEL_MAX_ROWS, cols: 3 }],
    ["$C:$C", { top: 0, left: 2, rows: EXCEL_MAX_ROWS, cols: 1 }],
    ["3:5", { top: 2, left: 0, rows: 3, cols: EXCEL_MAX_COLUMNS }],
    ["1:1048576", { top: 0, left: 0, rows: EXCEL_MAX_ROWS, cols: EXCEL_MAX_COLUMNS }],
  ])("reads %s as whole lines", (address, box) => {
    expect(wholeLinesBox(address)).toEqual(box);
  });

  it.each(["A1:C3", "B2", "", "0:3", "XFE:XFE", "1:1048577"])("gives null for %j", (address) => {
    expect(wholeLinesBox(address)).toBeNull();
  });
});

describe("intersectBoxes", () => {
  it("gives the common part of two boxes, or null when they do not meet", () => {
    const used = { top: 1, left: 1, rows: 3, cols: 3 }; // B2:D4
    expect(intersectBoxes(wholeLinesBox("A:C")!, used)).toEqual({
      top: 1,
      left: 1,
      rows: 3,
      cols: 2,
    });
    expect(intersectBoxes(wholeLinesBox("F:F")!, used)).toBeNull();
  });
});
