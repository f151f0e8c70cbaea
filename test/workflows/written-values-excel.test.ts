import type { CellValue } from "../../src/core/grid";
import { ExcelWorkbook } from "../../src/workbook/excel/ExcelWorkbook";
import type { RangeRef } from "../../src/workbook/port";
import {
  computeWithSources,
  listWrittenValues,
  recalculateWrittenValues,
  removeWrittenValue,
  undoRecalculation,
  undoWrite,
  writeComputedValue,
} from "../../src/workflows/written-values";
import type { ArgSource } from "../../src/workflows/written-values-types";
import { createFakeExcel } from "../fakes/fake-excel";

const SHEET = "R7 決算";
const at = (address: string, sheet = SHEET): RangeRef => ({ sheet, address });
const cells = (address: string, sheet = SHEET): ArgSource => ({
  kind: "cells",
  ref: at(address, sheet),
});
const typed = (text: string): ArgSource => ({ kind: "typed", text });
const now = new Date(Date.UTC(2026, 3, 1, 9));
const RATIO = { functionId: "DEFICIT_RATIO", args: [cells("B1"), cells("B2")] };

/** The Excel adapter over the fake Excel (which fails where Excel fails). */
function excel(extraRows: CellValue[][] = []) {
  const fake = createFakeExcel({
    sheets: [
      {
        name: SHEET,
        rows: [["実質赤字額", 500, ""], ["標準財政規模", 10000, ""], ...extraRows],
        numberFormats: [["General", "General", "@"]],
      },
      { name: "歳入", rows: [] },
    ],
  });
  return { fake, port: new ExcelWorkbook(fake.run) };
}

/** Syncs made by one call. */
async function syncsOf(fake: { syncCount: number }, work: () => Promise<unknown>): Promise<number> {
  const before = fake.syncCount;
  await work();
  return fake.syncCount - before;
}

describe("written values over the Excel adapter", () => {
  it("computes with one sync, none when every argument is typed", async () => {
    const { fake, port } = excel();
    expect(await syncsOf(fake, () => computeWithSources(port, "DEFICIT_RATIO", RATIO.args))).toBe(
      1
    );
    expect(await syncsOf(fake, () => computeWithSources(port, "WAREKI", [typed("2019")]))).toBe(0);
  });

  it("writes with five syncs, four round trips deep: compute and the record list side by side, writeValues two, the list one", async () => {
    const { fake, port } = excel();
    expect(
      await syncsOf(fake, () => writeComputedValue(port, { ...RATIO, target: at("C3") }, { now }))
    ).toBe(5);
    expect(
      await syncsOf(fake, () =>
        writeComputedValue(
          port,
          { functionId: "WAREKI", args: [typed("2019")], target: at("C4") },
          { now }
        )
      )
    ).toBe(4);
  });

  it("recalculates 100 written values in five syncs", async () => {
    const { fake, port } = excel();
    for (let i = 0; i < 100; i++)
      await writeComputedValue(port, { ...RATIO, target: at(`E${i + 1}`) }, { now });
    await port.writeValues([{ ref: at("B1"), values: [[800]] }], { overwrite: true });
    let report: Awaited<ReturnType<typeof recalculateWrittenValues>> | undefined;
    const syncs = await syncsOf(fake, async () => {
      report = await recalculateWrittenValues(port, { now });
    });
    expect(syncs).toBe(5);
    expect(report!.items.filter((i) => i.status === "changed")).toHaveLength(100);
    expect(fake.cell(SHEET, "E100").value).toBe(8);
    // Nothing changed: the list and one read, nothing written.
    expect(await syncsOf(fake, () => recalculateWrittenValues(port, { now }))).toBe(2);
  });

  it("keeps a text result as text in a General cell, and a Text cell's format", async () => {
    const { fake, port } = excel();
    await writeComputedValue(
      port,
      { functionId: "WAREKI", args: [typed("2019")], target: at("C3") },
      { now }
    );
    await writeComputedValue(
      port,
      { functionId: "FISCALYEAR", args: [typed("令和7年度")], target: at("C1") },
      { now, overwrite: true }
    );
    expect(fake.cell(SHEET, "C3")).toEqual({
      value: "令和元年度",
      formula: null,
      numberFormat: "General",
    });
    // A number into a Text cell: the cell becomes General so that it holds a number.
    expect(fake.cell(SHEET, "C1")).toEqual({ value: 2025, formula: null, numberFormat: "General" });
  });

  it("goes through write → input change → 再計算 → list → remove (keep and restore)", async () => {
    const { fake, port } = excel([["", "", "メモ"]]);
    const first = await writeComputedValue(
      port,
      { ...RATIO, target: at("C3") },
      { now, overwrite: true }
    );
    const second = await writeComputedValue(port, { ...RATIO, target: at("D3") }, { now });
    expect(fake.cell(SHEET, "C3").value).toBe(5);
    await port.writeValues([{ ref: at("B1"), values: [[1500]] }], { overwrite: true });
    const report = await recalculateWrittenValues(port, { now });
    expect(report.items.map((i) => i.status)).toEqual(["changed", "changed"]);
    expect(fake.cell(SHEET, "C3").value).toBe(15);
    const list = await listWrittenValues(port);
    expect(list.map((r) => [r.id, r.values])).toEqual([
      [first.record.id, [[15]]],
      [second.record.id, [[15]]],
    ]);
    await removeWrittenValue(port, first.record.id, "restore");
    expect(fake.cell(SHEET, "C3")).toEqual({
      value: "メモ",
      formula: null,
      numberFormat: "General",
    });
    await removeWrittenValue(port, second.record.id, "keep");
    expect(fake.cell(SHEET, "D3").value).toBe(15);
    expect(await listWrittenValues(port)).toEqual([]);
  });

  it("undoes a write and a recalculation exactly", async () => {
    const { fake, port } = excel([["", "", "=abc"]]);
    const snapshot = () => ["B1", "C3"].map((a) => fake.cell(SHEET, a));
    const before = snapshot();
    const written = await writeComputedValue(
      port,
      { ...RATIO, target: at("C3") },
      { now, overwrite: true }
    );
    await undoWrite(port, written);
    expect(snapshot()).toEqual(before);
    await writeComputedValue(port, { ...RATIO, target: at("C3") }, { now, overwrite: true });
    await port.writeValues([{ ref: at("B1"), values: [[700]] }], { overwrite: true });
    const report = await recalculateWrittenValues(port, { now });
    await undoRecalculation(port, report);
    expect(fake.cell(SHEET, "C3").value).toBe(5);
  });

  it("reports a renamed input sheet as failed and a target whose sheet is gone as missing", async () => {
    const { fake, port } = excel();
    await writeComputedValue(port, { ...RATIO, target: at("A1", "歳入") }, { now });
    await writeComputedValue(port, { ...RATIO, target: at("C3") }, { now });
    fake.renameSheet(SHEET, "R7 決算（修正）");
    let report = await recalculateWrittenValues(port, { now });
    expect(report.items).toEqual([
      {
        id: "wv-1",
        status: "failed",
        issue: {
          code: "writtenValues.inputSheetMissing",
          params: expect.objectContaining({ sheet: SHEET }),
        },
      },
      { id: "wv-2", status: "missing" },
    ]);
    fake.deleteSheet("歳入");
    report = await recalculateWrittenValues(port, { now });
    expect(report.items.map((i) => i.status)).toEqual(["missing", "missing"]);
  });
});
