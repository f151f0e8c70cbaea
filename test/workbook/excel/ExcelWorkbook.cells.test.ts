import type { CellValue } from "../../../src/core/grid";
import { ExcelWorkbook } from "../../../src/workbook/excel/ExcelWorkbook";
import { createFakeExcel } from "../../fakes/fake-excel";

const ref = (address: string) => ({ sheet: "歳入", address });

function setup() {
  const rows: CellValue[][] = [["", 1234, "=abc", "=abc", 45383, 20]];
  const numberFormats = [["General", '#,##0;"△"#,##0', "@", "General", "yyyy/m/d", "@"]];
  // C1 is text in a Text cell; D1 is text "=abc" typed with a leading apostrophe (no formula).
  const formulas = [[null, null, null, null, null, "=A1*2"]];
  // The fake does not calculate: F1's formula recalculates to its old result; others show #NAME?.
  const formulaResult = (f: string) => (f === "=A1*2" ? 20 : "#NAME?");
  const fake = createFakeExcel(
    { sheets: [{ name: "歳入", rows, numberFormats, formulas }] },
    { formulaResult }
  );
  return { fake, wb: new ExcelWorkbook(fake.run) };
}

describe("ExcelWorkbook.writeFormula", () => {
  it("writes into an empty cell in two syncs and returns what was there", async () => {
    const { fake, wb } = setup();
    const { previous } = await wb.writeFormula(ref("A1"), "=ZAISEI.X(B1,C1)");
    expect(previous).toEqual({ value: "", formula: null, numberFormat: "General" });
    expect(fake.cell("歳入", "A1").formula).toBe("=ZAISEI.X(B1,C1)");
    expect(fake.syncCount).toBe(2);
  });

  it.each(["B1", "C1", "F1"])(
    "refuses the non-empty cell %s without overwrite and leaves it",
    async (address) => {
      const { fake, wb } = setup();
      const before = fake.cell("歳入", address);
      await expect(wb.writeFormula(ref(address), "=ZAISEI.X(1)")).rejects.toMatchObject({
        code: "workbook.cellNotEmpty",
        params: { address },
      });
      expect(fake.cell("歳入", address)).toEqual(before);
    }
  );

  it.each([
    [ref("A1:B1"), "=1", "workbook.notSingleCell"],
    [ref("A1"), "ZAISEI.X(1)", "workbook.notAFormula"],
    [{ sheet: "歳出", address: "A1" }, "=1", "workbook.noSuchSheet"],
  ])("rejects %j with %s, %s", async (target, formula, code) => {
    const { wb } = setup();
    await expect(wb.writeFormula(target, formula)).rejects.toMatchObject({ code });
  });

  it("makes a Text cell General first so the formula is a formula", async () => {
    const { fake, wb } = setup();
    const { previous } = await wb.writeFormula(ref("C1"), "=ZAISEI.X(1)", { overwrite: true });
    expect(fake.cell("歳入", "C1")).toMatchObject({
      formula: "=ZAISEI.X(1)",
      numberFormat: "General",
    });
    await wb.restoreCell(ref("C1"), previous);
    expect(fake.cell("歳入", "C1")).toEqual({ value: "=abc", formula: null, numberFormat: "@" });
  });
});

describe("ExcelWorkbook.restoreCell", () => {
  // Each cell is overwritten with a formula, then restored: it must equal what was there.
  it.each(["A1", "B1", "C1", "D1", "E1", "F1"])(
    "puts %s back exactly after an overwrite",
    async (address) => {
      const { fake, wb } = setup();
      const before = fake.cell("歳入", address);
      const { previous } = await wb.writeFormula(ref(address), "=ZAISEI.X(1)", { overwrite: true });
      await wb.restoreCell(ref(address), previous);
      expect(fake.cell("歳入", address)).toEqual(before);
    }
  );

  it("reads the current format first when the snapshot has none", async () => {
    const { fake, wb } = setup();
    await wb.restoreCell(ref("B1"), { value: "0123", formula: null });
    expect(fake.cell("歳入", "B1")).toEqual({
      value: "0123",
      formula: null,
      numberFormat: '#,##0;"△"#,##0',
    });
    expect(fake.syncCount).toBe(2);
  });
});
