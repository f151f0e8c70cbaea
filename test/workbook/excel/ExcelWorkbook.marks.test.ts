import { ExcelWorkbook } from "../../../src/workbook/excel/ExcelWorkbook";
import { MARK_FILLS } from "../../../src/workbook/excel/excelMarks";
import { WorkbookError, type CellMark } from "../../../src/workbook/port";
import { createFakeExcel } from "../../fakes/fake-excel";

const mark = (
  sheet: string,
  address: string,
  severity: CellMark["severity"] = "error"
): CellMark => ({
  sheet,
  address,
  severity,
  message: "合計が一致しません",
});

function setup() {
  const fake = createFakeExcel({
    sheets: [
      { name: "歳入", rows: [[1, 2, 3]] },
      { name: "歳出", rows: [[4]] },
    ],
  });
  const user = fake.addUserConditionalFormat("歳入", "A1:C10", "=A1<0");
  return { fake, user, wb: new ExcelWorkbook(fake.run) };
}

describe("ExcelWorkbook.addMarks", () => {
  it("adds one TRUE rule per mark with the severity's fill, in three syncs", async () => {
    const { fake, wb } = setup();
    await wb.addMarks([
      mark("歳入", "B1"),
      mark("歳入", "C1:C3", "warning"),
      mark("歳出", "A1", "note"),
    ]);
    const ours = fake.conditionalFormats("歳入").filter((cf) => cf.formula === "=TRUE");
    expect(ours.map((cf) => cf.fill)).toEqual([MARK_FILLS.error, MARK_FILLS.warning]);
    expect(fake.conditionalFormats("歳出")).toHaveLength(1);
    expect(fake.syncCount).toBe(3);
    expect(fake.setting("zaisei.registry.marks")).toHaveLength(3);
  });

  it("adds nothing when one mark names a missing sheet or a bad address", async () => {
    const { fake, wb } = setup();
    await expect(wb.addMarks([mark("歳入", "B1"), mark("基金", "A1")])).rejects.toEqual(
      new WorkbookError("workbook.noSuchSheet", { sheet: "基金" })
    );
    await expect(wb.addMarks([mark("歳入", "B1"), mark("歳入", "B")])).rejects.toMatchObject({
      code: "workbook.badAddress",
    });
    expect(fake.conditionalFormats("歳入")).toHaveLength(1);
  });
});

describe("ExcelWorkbook.clearMarks", () => {
  it("removes only the add-in's rules and keeps the user's", async () => {
    const { fake, user, wb } = setup();
    await wb.addMarks([mark("歳入", "B1"), mark("歳出", "A1")]);
    fake.addUserConditionalFormat("歳出", "A1", "=A1>100");
    expect(await wb.clearMarks()).toBe(2);
    expect(fake.conditionalFormats("歳入")).toEqual([user]);
    expect(fake.conditionalFormats("歳出").map((cf) => cf.formula)).toEqual(["=A1>100"]);
    expect(fake.setting("zaisei.registry.marks")).toBeUndefined();
  });

  it("finds its rules after the user moved them and renamed the sheet", async () => {
    const { fake, wb } = setup();
    await wb.addMarks([mark("歳入", "B1")]);
    const ours = fake.conditionalFormats("歳入").find((cf) => cf.formula === "=TRUE")!;
    ours.box = { top: 40, left: 1, rows: 1, cols: 1 }; // rows inserted above
    fake.renameSheet("歳入", "歳入（一般会計）");
    expect(await wb.clearMarks()).toBe(1);
    expect(fake.conditionalFormats("歳入（一般会計）").map((cf) => cf.formula)).toEqual(["=A1<0"]);
  });

  it("removes nothing and takes one sync when the add-in has no marks", async () => {
    const { fake, wb } = setup();
    expect(await wb.clearMarks()).toBe(0);
    expect(fake.conditionalFormats("歳入")).toHaveLength(1);
    expect(fake.syncCount).toBe(1);
  });
});
