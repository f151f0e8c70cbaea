import { checkTable } from "../../../src/core/check";
import { recognizeTable } from "../../../src/core/table";
import { generatedOutlook } from "./generatedTable";

describe("checkTable on a large generated table", () => {
  // 1,667 blocks × 12 years: 264,396 cells (8 parts, 小計, 積立, 繰入, 残高 per block, a 合計
  // every five blocks). Measured on the shared 2-core machine under load: about 1.1–1.7 s to
  // check, after about 2–3 s to recognise. The bound below only guards against a quadratic pass.
  const grid = generatedOutlook(1667, 12);
  // 項目1-4 of 2002年度 (sheet D21; blocks are 13 rows from row 4). A changed part breaks only its
  // 小計 (D25) — the group's 合計 sums the printed 小計, which still agree — so the finding sits at
  // the 小計 and names the part among its cells.
  grid.values[20]![3] = "999";
  const table = recognizeTable(grid);

  it("checks 240,000 cells in a few seconds and finds the one planted figure", () => {
    const start = performance.now();
    const result = checkTable(table);
    const elapsed = performance.now() - start;
    // 1,667 小計, 1,667 fund roll-forwards and 333 合計 (one per five blocks).
    expect(result.rules).toHaveLength(3334 + 333);
    const errors = result.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => f.address)).toEqual(["D25"]);
    expect(errors[0]!.cells).toContain("D21");
    expect(elapsed).toBeLessThan(8000);
  }, 60_000);
});
