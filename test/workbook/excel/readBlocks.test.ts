import { cellsPerSync, DEFAULT_READ_BUDGET } from "../../../src/workbook/excel/readBlocks";

describe("cellsPerSync", () => {
  it.each([
    // 4,000,000 bytes / 48 bytes per cell (values + numberFormat); / 72 with texts.
    [DEFAULT_READ_BUDGET, false, 83_333],
    [DEFAULT_READ_BUDGET, true, 55_555],
    // Never more than Excel's five-million-cell get limit, however large the budget.
    [{ ...DEFAULT_READ_BUDGET, payloadBytes: 1e12 }, false, 5_000_000],
  ])("gives %j (texts %s) → %d cells", (budget, texts, expected) => {
    expect(cellsPerSync(budget, texts)).toBe(expected);
  });
});
