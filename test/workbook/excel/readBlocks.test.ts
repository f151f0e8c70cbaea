import {
  cellsPerSync,
  DEFAULT_READ_BUDGET,
  formulaText,
} from "../../../src/workbook/excel/readBlocks";

describe("cellsPerSync", () => {
  it.each([
    // 4,000,000 bytes / 48 bytes per cell (values + numberFormat); / 72 with texts or formulas; / 96 with both.
    [DEFAULT_READ_BUDGET, {}, 83_333],
    [DEFAULT_READ_BUDGET, { texts: true }, 55_555],
    [DEFAULT_READ_BUDGET, { formulas: true }, 55_555],
    [DEFAULT_READ_BUDGET, { texts: true, formulas: true }, 41_666],
    // Never more than Excel's five-million-cell get limit, however large the budget.
    [{ ...DEFAULT_READ_BUDGET, payloadBytes: 1e12 }, {}, 5_000_000],
  ])("gives %j (parts %j) → %d cells", (budget, parts, expected) => {
    expect(cellsPerSync(budget, parts)).toBe(expected);
  });
});

describe("formulaText", () => {
  it.each([
    ["=SUM(B2:B3)", 1801, "=SUM(B2:B3)"],
    // Range.formulas repeats a constant: a number, text, and text "=abc" kept in a Text cell.
    [1234, 1234, ""],
    ["地方税", "地方税", ""],
    ["=abc", "=abc", ""],
    ["", "", ""],
  ])("reads %j beside the value %j as %j", (entry, value, expected) => {
    expect(formulaText(entry, value)).toBe(expected);
  });
});
