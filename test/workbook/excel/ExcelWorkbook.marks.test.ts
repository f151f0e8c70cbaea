import { ExcelWorkbook } from "../../../src/workbook/excel/ExcelWorkbook";
import { MARK_FILLS } from "../../../src/workbook/excel/excelMarks";
import { isMarkFormula } from "../../../src/workbook/excel/markTag";
import { WorkbookError, type CellMark } from "../../../src/workbook/port";
import { createFakeExcel } from "../../fakes/fake-excel";
import type { FakeConditionalFormat } from "../../fakes/fake-model";

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

const ours = (rules: FakeConditionalFormat[]) => rules.filter((cf) => isMarkFormula(cf.formula));
/** What the user sees of a rule: type, formula, range, fill (copied, so later edits show). */
const snapshot = (rules: FakeConditionalFormat[]) =>
  rules.map((cf) => ({ ...cf, box: { ...cf.box } }));

describe("ExcelWorkbook.addMarks", () => {
  it("adds one tagged rule per mark with the severity's fill, in two syncs", async () => {
    const { fake, wb } = setup();
    await wb.addMarks([
      mark("歳入", "B1"),
      mark("歳入", "C1:C3", "warning"),
      mark("歳出", "A1", "note"),
    ]);
    // Excel puts each new rule at the top, so the later mark comes first.
    expect(ours(fake.conditionalFormats("歳入")).map((cf) => [cf.formula, cf.fill])).toEqual([
      ['=ISTEXT("ZaiseiToolkit.mark.warning")', MARK_FILLS.warning],
      ['=ISTEXT("ZaiseiToolkit.mark.error")', MARK_FILLS.error],
    ]);
    expect(fake.conditionalFormats("歳出").map((cf) => cf.type)).toEqual(["Custom"]);
    expect(fake.syncCount).toBe(2);
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

  it("keeps every user rule when the user added rules before and after the marks and deleted one", async () => {
    const { fake, wb } = setup();
    const doomed = fake.addUserConditionalFormat("歳入", "A1:A5", "=A1=0");
    fake.addUserConditionalFormat("歳入", "C1:C9", "", { type: "ColorScale" });
    await wb.addMarks([mark("歳入", "B1"), mark("歳入", "A2", "warning"), mark("歳出", "A1")]);
    // After the marks: a new rule on top (Excel's default) and one at the bottom.
    fake.addUserConditionalFormat("歳入", "B1:B3", "=B1>1000");
    fake.addUserConditionalFormat("歳入", "A1:C3", "", { type: "DataBar", priority: 6 });
    fake.addUserConditionalFormat("歳出", "A1", "=TRUE");
    fake.deleteConditionalFormat("歳入", doomed);
    const before = snapshot(
      fake.conditionalFormats("歳入").filter((cf) => !isMarkFormula(cf.formula))
    );
    expect(before.map((cf) => cf.type)).toEqual(["Custom", "ColorScale", "Custom", "DataBar"]);

    expect(await wb.clearMarks()).toBe(3);
    expect(fake.conditionalFormats("歳入")).toEqual(before);
    // "=TRUE" is what old versions wrote, but a user may write it too: it is not the add-in's tag.
    expect(fake.conditionalFormats("歳出").map((cf) => cf.formula)).toEqual(["=TRUE"]);
  });

  it("keeps the user's rules after the user reordered them among the marks", async () => {
    const { fake, user, wb } = setup();
    await wb.addMarks([mark("歳入", "A1"), mark("歳入", "B1"), mark("歳入", "C1")]);
    const second = fake.addUserConditionalFormat("歳入", "B2", "=B2<>B3", { priority: 2 });
    fake.moveConditionalFormat("歳入", user, 0);
    const before = snapshot([user, second]);
    expect(await wb.clearMarks()).toBe(3);
    expect(fake.conditionalFormats("歳入")).toEqual(before);
  });

  it("reads types, then custom formulas, then deletes: four syncs however many rules", async () => {
    const { fake, wb } = setup();
    fake.addUserConditionalFormat("歳出", "A1:A9", "", { type: "IconSet" });
    const marks = Array.from({ length: 12 }, (_, i) => mark(i % 2 ? "歳入" : "歳出", `B${i + 1}`));
    await wb.addMarks(marks);
    const synced = fake.syncCount;
    expect(await wb.clearMarks()).toBe(12);
    expect(fake.syncCount - synced).toBe(4);
    expect(fake.conditionalFormats("歳出").map((cf) => cf.type)).toEqual(["IconSet"]);
  });

  it("finds its rules after the user moved them and renamed the sheet", async () => {
    const { fake, wb } = setup();
    await wb.addMarks([mark("歳入", "B1")]);
    ours(fake.conditionalFormats("歳入"))[0]!.box = { top: 40, left: 1, rows: 1, cols: 1 }; // rows inserted above
    fake.renameSheet("歳入", "歳入（一般会計）");
    expect(await wb.clearMarks()).toBe(1);
    expect(fake.conditionalFormats("歳入（一般会計）").map((cf) => cf.formula)).toEqual(["=A1<0"]);
  });

  it("ignores the rule ids that an earlier version kept in the registry", async () => {
    const { fake, user, wb } = setup();
    await wb.addMarks([mark("歳入", "B1")]);
    // The old registry held the id the new rule had in B1's collection: its priority, "0".
    const registry = fake.setting("zaisei.registry.marks") as { sheetId: string }[];
    const old = registry.map((e) => ({ ...e, formatId: "0" }));
    await fake.run(async (ctx) => {
      ctx.workbook.settings.add("zaisei.registry.marks", old);
      await ctx.sync();
    });
    fake.moveConditionalFormat("歳入", user, 0); // "0" is now the user's rule
    expect(await wb.clearMarks()).toBe(1);
    expect(fake.conditionalFormats("歳入")).toEqual([user]);
  });

  it("removes nothing and takes one sync when the add-in has no marks", async () => {
    const { fake, wb } = setup();
    expect(await wb.clearMarks()).toBe(0);
    expect(fake.conditionalFormats("歳入")).toHaveLength(1);
    expect(fake.syncCount).toBe(1);
  });
});
