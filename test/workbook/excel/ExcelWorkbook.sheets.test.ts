import { ExcelWorkbook } from "../../../src/workbook/excel/ExcelWorkbook";
import { createFakeExcel } from "../../fakes/fake-excel";

function setup() {
  const fake = createFakeExcel({
    sheets: [
      { name: "歳入", rows: [["科目", "金額"]] },
      { name: "検算結果", rows: [] },
    ],
  });
  return { fake, wb: new ExcelWorkbook(fake.run) };
}

describe("ExcelWorkbook.addSheet", () => {
  it("adds a uniquely named sheet (Excel compares names without case) in three syncs", async () => {
    const { fake, wb } = setup();
    expect(await wb.addSheet("検算結果")).toBe("検算結果 (2)");
    expect(fake.syncCount).toBe(3);
    expect(fake.sheetNames()).toEqual(["歳入", "検算結果", "検算結果 (2)"]);
  });

  it("remembers only the sheets it added: a same-named user sheet stays the user's", async () => {
    const { wb } = setup();
    await wb.addSheet("メモ");
    await expect(
      wb.writeCells({ sheet: "検算結果", address: "A1" }, [["x"]])
    ).rejects.toMatchObject({ code: "workbook.notOwnSheet", params: { sheet: "検算結果" } });
    await expect(wb.writeCells({ sheet: "メモ", address: "A1" }, [["x"]])).resolves.toBeUndefined();
  });
});

describe("ExcelWorkbook.writeCells", () => {
  it("sets Text on string cells before the values, in two syncs, so text stays text", async () => {
    const { fake, wb } = setup();
    const sheet = await wb.addSheet("作業");
    const before = fake.syncCount;
    await wb.writeCells({ sheet, address: "B2" }, [["=SUM(A1)", 12.5, null, "+81"]], {
      numberFormats: [[null, "#,##0.0", null, null]],
      columnWidths: [150, 60],
    });
    expect(fake.syncCount - before).toBe(2);
    expect(fake.cell(sheet, "B2")).toEqual({ value: "=SUM(A1)", formula: null, numberFormat: "@" });
    expect(fake.cell(sheet, "C2")).toEqual({ value: 12.5, formula: null, numberFormat: "#,##0.0" });
    expect(fake.cell(sheet, "D2").value).toBe("");
    expect(fake.cell(sheet, "E2")).toMatchObject({ value: "+81", formula: null });
    expect([fake.columnWidth(sheet, 1), fake.columnWidth(sheet, 2)]).toEqual([150, 60]);
  });

  it("refuses the user's sheet before writing anything", async () => {
    const { fake, wb } = setup();
    const before = fake.syncCount;
    await expect(wb.writeCells({ sheet: "歳入", address: "A1" }, [["=1"]])).rejects.toMatchObject({
      code: "workbook.notOwnSheet",
    });
    expect(fake.syncCount - before).toBe(1);
    expect(fake.cell("歳入", "A1").value).toBe("科目");
  });
});

describe("ExcelWorkbook.selectRange", () => {
  it("activates the sheet and selects the range in one sync", async () => {
    const { fake, wb } = setup();
    await wb.selectRange({ sheet: "検算結果", address: "C5:D6" });
    expect(fake.syncCount).toBe(1);
    expect(fake.selection()).toEqual({ sheet: "検算結果", address: "C5:D6" });
  });
});
