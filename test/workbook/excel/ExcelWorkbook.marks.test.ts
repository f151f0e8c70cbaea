import { ExcelWorkbook } from "../../../src/workbook/excel/ExcelWorkbook";
import {
  areaLists,
  MARK_FILLS,
  MAX_AREAS_ADDRESS_LENGTH,
} from "../../../src/workbook/excel/excelMarks";
import { isMarkFormula } from "../../../src/workbook/excel/markTag";
import { WorkbookError, type CellMark, type MarkSeverity } from "../../../src/workbook/port";
import { createFakeExcel } from "../../fakes/fake-excel";
import type { FakeConditionalFormat } from "../../fakes/fake-model";

const mark = (sheet: string, address: string, severity: MarkSeverity = "error"): CellMark => ({
  sheet,
  address,
  severity,
});

function setup() {
  const fake = createFakeExcel({
    sheets: [
      { name: "歳入", rows: [[1, 2, 3]] },
      { name: "歳出", rows: [[4]] },
      { name: "基金", rows: [[5]] },
    ],
  });
  const user = fake.addUserConditionalFormat("歳入", "A1:C10", "=A1<0");
  return { fake, user, wb: new ExcelWorkbook(fake.run) };
}

const ours = (rules: FakeConditionalFormat[]) => rules.filter((cf) => isMarkFormula(cf.formula));
/** What the user sees of a rule: type, formula, range, fill (copied, so later edits show). */
const snapshot = (rules: FakeConditionalFormat[]) =>
  rules.map((cf) => ({ ...cf, box: { ...cf.box } }));
const areasOf = (cf: FakeConditionalFormat) => (cf.areas ?? [cf.box]).length;

describe("areaLists", () => {
  it("joins addresses with commas, splitting only before the length limit", () => {
    expect(areaLists(["A1", "B2:C3"])).toEqual(["A1,B2:C3"]);
    expect(areaLists(["A1", "B2", "C3"], 5)).toEqual(["A1,B2", "C3"]);
    const many = Array.from({ length: 500 }, (_, i) => `B${i + 1}`);
    const lists = areaLists(many);
    expect(lists.every((l) => l.length <= MAX_AREAS_ADDRESS_LENGTH)).toBe(true);
    expect(lists.join(",")).toBe(many.join(","));
  });
});

describe("ExcelWorkbook.setMarks", () => {
  it("lays one tagged rule per sheet and severity over all its cells, in two syncs", async () => {
    const { fake, wb } = setup();
    await wb.setMarks("check", [
      mark("歳入", "B1"),
      mark("歳入", "C1:C3", "confirm"),
      mark("歳入", "A5"),
      mark("歳出", "A1", "note"),
    ]);
    expect(fake.syncCount).toBe(2);
    const rules = ours(fake.conditionalFormats("歳入"));
    expect(rules.map((cf) => [cf.formula, cf.fill, areasOf(cf)])).toEqual([
      ['=ISTEXT("ZaiseiToolkit.mark.check.confirm.0")', MARK_FILLS.confirm, 1],
      ['=ISTEXT("ZaiseiToolkit.mark.check.error.0")', MARK_FILLS.error, 2],
    ]);
    expect(ours(fake.conditionalFormats("歳出")).map((cf) => cf.fill)).toEqual([MARK_FILLS.note]);
  });

  it("lays and replaces marks on three sheets in two syncs", async () => {
    const { fake, wb } = setup();
    const three = [mark("歳入", "B1"), mark("歳出", "A1", "confirm"), mark("基金", "A1", "note")];
    await wb.setMarks("check", three);
    expect(fake.syncCount).toBe(2);
    const before = fake.syncCount;
    await wb.setMarks("check", three);
    // State with the group's rules where this adapter last laid them; the writes.
    expect(fake.syncCount - before).toBe(2);
    for (const sheet of ["歳入", "歳出", "基金"])
      expect(ours(fake.conditionalFormats(sheet))).toHaveLength(1);
  });

  it("takes one more sync when another session laid the marks, and none after listMarks", async () => {
    const { fake, wb } = setup();
    await wb.setMarks("check", [mark("歳入", "B1"), mark("歳出", "A1")]);
    const reopened = new ExcelWorkbook(fake.run);
    let before = fake.syncCount;
    await reopened.setMarks("check", [mark("歳入", "C1")]);
    expect(fake.syncCount - before).toBe(3);
    const again = new ExcelWorkbook(fake.run);
    await again.listMarks();
    before = fake.syncCount;
    await again.setMarks("check", [mark("歳入", "B1")]);
    expect(fake.syncCount - before).toBe(2);
    expect(ours(fake.conditionalFormats("歳入"))).toHaveLength(1);
    expect(ours(fake.conditionalFormats("歳出"))).toHaveLength(0);
  });

  it("still replaces its marks when a sheet it had marked was deleted meanwhile", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "歳入" }, { name: "一時" }] });
    const wb = new ExcelWorkbook(fake.run);
    await wb.setMarks("check", [mark("歳入", "B1"), mark("一時", "A1")]);
    fake.deleteSheet("一時");
    await wb.setMarks("check", [mark("歳入", "C1")]);
    expect(ours(fake.conditionalFormats("歳入")).map((cf) => cf.box)).toEqual([
      { top: 0, left: 2, rows: 1, cols: 1 },
    ]);
    expect(await wb.listMarks()).toEqual([
      { group: "check", sheet: "歳入", address: "C1", severity: "error" },
    ]);
  });

  it("splits a severity's cells into several rules only when one address list is too long", async () => {
    const { fake, wb } = setup();
    const cells = Array.from({ length: 300 }, (_, i) => mark("歳出", `D${i + 1}`));
    await wb.setMarks("check", cells);
    const rules = ours(fake.conditionalFormats("歳出"));
    expect(rules.length).toBe(areaLists(cells.map((c) => c.address)).length);
    expect(rules.length).toBeGreaterThan(1);
    expect(rules.reduce((n, cf) => n + areasOf(cf), 0)).toBe(300);
    expect(fake.syncCount).toBe(2);
    expect(await wb.clearMarks("check")).toBe(300);
    expect(fake.conditionalFormats("歳出")).toEqual([]);
  });

  it("refuses a protected sheet before writing anything, even on another sheet", async () => {
    const { fake, wb } = setup();
    fake.protect("歳出");
    await expect(wb.setMarks("check", [mark("歳入", "B1"), mark("歳出", "A1")])).rejects.toEqual(
      new WorkbookError("workbook.sheetProtected", { sheet: "歳出" })
    );
    expect(ours(fake.conditionalFormats("歳入"))).toEqual([]);
    expect(fake.setting("zaisei.registry.marks")).toBeUndefined();
  });

  it("changes nothing when one mark names a missing sheet or a bad address", async () => {
    const { fake, wb } = setup();
    await expect(wb.setMarks("check", [mark("歳入", "B1"), mark("なし", "A1")])).rejects.toEqual(
      new WorkbookError("workbook.noSuchSheet", { sheet: "なし" })
    );
    await expect(
      wb.setMarks("check", [mark("歳入", "B1"), mark("歳入", "B")])
    ).rejects.toMatchObject({ code: "workbook.badAddress" });
    expect(fake.conditionalFormats("歳入")).toHaveLength(1);
  });

  it("finds a sheet as Excel does, without case, and lists it under its own name", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "KPI", rows: [[1]] }] });
    const wb = new ExcelWorkbook(fake.run);
    await wb.setMarks("kpi", [mark("kpi", "A1")]);
    expect(await wb.listMarks()).toEqual([
      { group: "kpi", sheet: "KPI", address: "A1", severity: "error" },
    ]);
  });
});

describe("ExcelWorkbook.clearMarks", () => {
  it("removes only its group's rules: kpi's marks and the user's rules stay", async () => {
    const { fake, user, wb } = setup();
    await wb.setMarks("check", [mark("歳入", "B1"), mark("歳出", "A1")]);
    await wb.setMarks("kpi", [mark("歳入", "B1", "note")]);
    fake.addUserConditionalFormat("歳出", "A1", "=A1>100");
    expect(await wb.clearMarks("check")).toBe(2);
    expect(fake.conditionalFormats("歳入").map((cf) => cf.formula)).toEqual([
      '=ISTEXT("ZaiseiToolkit.mark.kpi.note.0")',
      user.formula,
    ]);
    expect(fake.conditionalFormats("歳出").map((cf) => cf.formula)).toEqual(["=A1>100"]);
    expect(await wb.listMarks()).toEqual([
      { group: "kpi", sheet: "歳入", address: "B1", severity: "note" },
    ]);
  });

  it("keeps every user rule when the user added rules before and after the marks and deleted one", async () => {
    const { fake, wb } = setup();
    const doomed = fake.addUserConditionalFormat("歳入", "A1:A5", "=A1=0");
    fake.addUserConditionalFormat("歳入", "C1:C9", "", { type: "ColorScale" });
    await wb.setMarks("check", [
      mark("歳入", "B1"),
      mark("歳入", "A2", "confirm"),
      mark("歳出", "A1"),
    ]);
    fake.addUserConditionalFormat("歳入", "B1:B3", "=B1>1000");
    fake.addUserConditionalFormat("歳入", "A1:C3", "", { type: "DataBar", priority: 5 });
    fake.addUserConditionalFormat("歳出", "A1", "=TRUE");
    fake.deleteConditionalFormat("歳入", doomed);
    const before = snapshot(
      fake.conditionalFormats("歳入").filter((cf) => !isMarkFormula(cf.formula))
    );
    expect(before.map((cf) => cf.type)).toEqual(["Custom", "ColorScale", "DataBar", "Custom"]);
    expect(await wb.clearMarks("check")).toBe(3);
    expect(fake.conditionalFormats("歳入")).toEqual(before);
    expect(fake.conditionalFormats("歳出").map((cf) => cf.formula)).toEqual(["=TRUE"]);
  });

  it("takes two syncs on one sheet and on three, colour scales among the rules", async () => {
    for (const sheets of [["歳入"], ["歳入", "歳出", "基金"]]) {
      const { fake, wb } = setup();
      fake.addUserConditionalFormat("歳出", "A1:A9", "", { type: "IconSet" });
      const marks = Array.from({ length: 12 }, (_, i) =>
        mark(sheets[i % sheets.length]!, `B${i + 1}`, i % 3 ? "error" : "note")
      );
      await wb.setMarks("check", marks);
      const synced = fake.syncCount;
      expect(await wb.clearMarks("check")).toBe(12);
      expect(fake.syncCount - synced).toBe(2);
      expect(fake.conditionalFormats("歳出").map((cf) => cf.type)).toEqual(["IconSet"]);
    }
  });

  it("takes three syncs when this adapter has not seen the marks yet", async () => {
    const { fake, wb } = setup();
    await wb.setMarks("check", [mark("歳入", "B1"), mark("歳出", "A1")]);
    const fresh = new ExcelWorkbook(fake.run);
    const synced = fake.syncCount;
    expect(await fresh.clearMarks("check")).toBe(2);
    expect(fake.syncCount - synced).toBe(3);
  });

  it("finds its rules after the user moved them and renamed the sheet", async () => {
    const { fake, wb } = setup();
    await wb.setMarks("check", [mark("歳入", "B1")]);
    ours(fake.conditionalFormats("歳入"))[0]!.box = { top: 40, left: 1, rows: 1, cols: 1 };
    ours(fake.conditionalFormats("歳入"))[0]!.areas = undefined;
    fake.renameSheet("歳入", "歳入（一般会計）");
    expect(await wb.clearMarks("check")).toBe(1);
    expect(fake.conditionalFormats("歳入（一般会計）").map((cf) => cf.formula)).toEqual(["=A1<0"]);
  });

  it("refuses when a sheet holding the group's marks was protected since, deleting none", async () => {
    const { fake, wb } = setup();
    await wb.setMarks("check", [mark("歳入", "B1"), mark("歳出", "A1")]);
    fake.protect("歳出");
    await expect(wb.clearMarks("check")).rejects.toMatchObject({
      code: "workbook.sheetProtected",
      params: { sheet: "歳出" },
    });
    expect(ours(fake.conditionalFormats("歳入"))).toHaveLength(1);
    expect(ours(fake.conditionalFormats("歳出"))).toHaveLength(1);
  });

  it("removes nothing and takes one sync when the group has no marks", async () => {
    const { fake, wb } = setup();
    expect(await wb.clearMarks("check")).toBe(0);
    expect(fake.conditionalFormats("歳入")).toHaveLength(1);
    expect(fake.syncCount).toBe(1);
  });
});

describe("ExcelWorkbook.listMarks", () => {
  it("lists every group's marks from the registry, in one sync, under current sheet names", async () => {
    const { fake, wb } = setup();
    await wb.setMarks("kpi", [mark("歳出", "A1", "note")]);
    await wb.setMarks("check", [mark("歳入", "B1:B2"), mark("歳入", "C1", "confirm")]);
    fake.renameSheet("歳入", "歳入2");
    const before = fake.syncCount;
    expect(await wb.listMarks()).toEqual([
      { group: "check", sheet: "歳入2", address: "B1:B2", severity: "error" },
      { group: "check", sheet: "歳入2", address: "C1", severity: "confirm" },
      { group: "kpi", sheet: "歳出", address: "A1", severity: "note" },
    ]);
    expect(fake.syncCount - before).toBe(1);
  });
});
