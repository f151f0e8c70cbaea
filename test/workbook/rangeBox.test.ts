import { checkReadSize, localAddress, resolveRangeBox } from "../../src/workbook/rangeBox";

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
