import { evaluateKpi } from "../../src/core/kpi/evaluateKpi";
import { formatMessage } from "../../src/core/messages";
import { ExcelWorkbook } from "../../src/workbook/excel/ExcelWorkbook";
import { createKpiSheet, generateKpiCharts, readKpiRegister } from "../../src/workflows/kpi";
import { createFakeExcel } from "../fakes/fake-excel";
import { registerRows } from "./kpiRegisterRows";

describe("generateKpiCharts over the fake Excel", () => {
  it("reads a 100-indicator register and draws every chart in at most 3 syncs; a rerun replaces exactly those, a user's chart survives", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "KPI", rows: registerRows(100) }] });
    const wb = new ExcelWorkbook(fake.run);
    const read = await readKpiRegister(wb, "KPI");
    if (!read.ok) throw new Error(formatMessage(read.issue));
    expect(read.register.items).toHaveLength(100);
    const evaluation = evaluateKpi(read.register, { fiscalYear: 2026 });
    const before = fake.syncCount;
    const first = await generateKpiCharts(wb, evaluation, { lang: "ja" });
    expect(fake.syncCount - before).toBeLessThanOrEqual(3);
    expect(first.charts.length).toBeGreaterThanOrEqual(100);
    const user = fake.addUserChart(first.sheet, "利用者のグラフ");
    const second = await generateKpiCharts(wb, evaluation, { lang: "ja" });
    expect(second).toMatchObject({ sheet: first.sheet, created: false, removed: 0 });
    const after = fake.charts(first.sheet);
    expect(after).toHaveLength(first.charts.length + 1);
    expect(after.filter((c) => c.id === user.id)).toEqual([user]);
    expect((await wb.listCharts()).map((c) => c.key).sort()).toEqual(
      first.charts.map((c) => c.key).sort()
    );
  });
});

describe("createKpiSheet over the fake Excel", () => {
  it("adds the sheet as an Excel table with drop-downs and a frozen header, read back with no items", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "表紙", rows: [["行財政改革プラン"]] }] });
    const wb = new ExcelWorkbook(fake.run);
    const { sheet } = await createKpiSheet(wb, { fromYear: 2025, toYear: 2029, lang: "ja" });
    expect(sheet).toBe("KPIシート");
    const model = fake.sheetModel(sheet);
    expect(model.frozenRows).toBe(1);
    expect(model.tables).toHaveLength(1);
    expect(model.validations.length).toBeGreaterThanOrEqual(3);
    const read = await readKpiRegister(wb, sheet);
    if (!read.ok) throw new Error(formatMessage(read.issue));
    expect(read.register.items).toEqual([]);
    expect(read.register.skipped).toEqual([]);
  });
});
