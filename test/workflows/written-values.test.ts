import fc from "fast-check";
import { formatOutcomeMessage } from "../../src/core/catalogue/formatOutcomeMessage";
import type { CellValue } from "../../src/core/grid";
import { MemoryWorkbook } from "../../src/workbook/memory/MemoryWorkbook";
import { WorkbookError, type RangeRef, type WorkbookPort } from "../../src/workbook/port";
import {
  MAX_WRITTEN_VALUES,
  WRITTEN_VALUES_SETTING,
  computeWithSources,
  listWrittenValues,
  loadWrittenValues,
  recalculateWrittenValues,
  removeWrittenValue,
  undoRecalculation,
  undoWrite,
  writeComputedValue,
} from "../../src/workflows/written-values";
import type { ArgSource, WrittenValue } from "../../src/workflows/written-values-types";

const SHEET = "R7 決算";
const TRIANGLE = '#,##0;"△"#,##0';
const at = (address: string, sheet = SHEET): RangeRef => ({ sheet, address });
const cells = (address: string, sheet = SHEET): ArgSource => ({
  kind: "cells",
  ref: at(address, sheet),
});
const typed = (text: string): ArgSource => ({ kind: "typed", text });
const now = new Date(Date.UTC(2026, 3, 1, 9));
const later = new Date(Date.UTC(2026, 3, 2, 9));

/**
 * 実質赤字比率 over B1 (実質赤字額) and B2 (標準財政規模): 500 / 10,000 = 5.0 %. The other rows are
 * the inputs a custom function would take silently and the workflow must report.
 */
function workbook(): MemoryWorkbook {
  const rows: CellValue[][] = [
    ["実質赤字額", 500, "", ""],
    ["標準財政規模", 10000, "", ""],
    ["実績", 50, "", ""],
    ["目標", "100件", "", ""],
    ["エラー", "#DIV/0!", "", ""],
    ["数式", "", "", ""],
    ["日付", 45383, "", ""],
    ["なし", "－", "", ""],
    ["空", "", "", ""],
    ["既存", "", "", "利用者のメモ"],
  ];
  return MemoryWorkbook.fromSheets([
    {
      name: SHEET,
      rows,
      numberFormats: [[], [], [], [], [], [], ["", "yyyy/m/d"], [], [], ["", "", "", TRIANGLE]],
      formulas: [[], [], [], [], [], [null, "=B1*2"]],
    },
    { name: "歳入", rows: [["科目"]] },
  ]);
}

const RATIO = { functionId: "DEFICIT_RATIO", args: [cells("B1"), cells("B2")] };

async function cell(port: WorkbookPort, address: string, sheet = SHEET) {
  const grid = (await port.readCells([at(address, sheet)]))[0]!;
  return {
    value: grid.values[0]![0],
    numberFormat: grid.numberFormats![0]![0],
    formula: grid.formulas![0]![0],
  };
}

async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return "ok";
  } catch (error) {
    if (error instanceof WorkbookError) return error.code;
    throw error;
  }
}

describe("computeWithSources", () => {
  it("computes over cells with the catalogue, giving the equivalent formula", async () => {
    const c = await computeWithSources(workbook(), "deficit_ratio", RATIO.args);
    expect(c).toMatchObject({
      functionId: "DEFICIT_RATIO",
      outcome: { ok: true, value: 5 },
      problems: [],
      formula: "=ZAISEI.DEFICIT_RATIO('R7 決算'!B1,'R7 決算'!B2)",
    });
  });

  it("reads typed numbers as numbers and typed text with the catalogue's notation rules", async () => {
    const port = workbook();
    expect(
      (await computeWithSources(port, "DEFICIT_RATIO", [typed("500"), typed("1万")])).outcome
    ).toEqual({
      ok: true,
      value: 5,
    });
    expect((await computeWithSources(port, "FISCALYEAR", [typed("令和7年度")])).outcome).toEqual({
      ok: true,
      value: 2025,
    });
    expect((await computeWithSources(port, "VALUE", [typed("△1,234")])).outcome).toEqual({
      ok: true,
      value: -1234,
    });
  });

  it("passes a blank cell as blank, never zero: the catalogue refuses it as blank", async () => {
    const c = await computeWithSources(workbook(), "DEFICIT_RATIO", [cells("B9"), cells("B2")]);
    expect(c.problems).toEqual([]);
    expect(c.outcome).toMatchObject({ ok: false, issue: { code: "functions.argBlank" } });
  });

  it("passes 「－」 to the catalogue, which gives 「－」 (not computed), never 0", async () => {
    const c = await computeWithSources(workbook(), "DEFICIT_RATIO", [cells("B8"), cells("B2")]);
    expect(c.outcome).toEqual({ ok: true, value: "－" });
  });

  it.each([
    ["B5", "writtenValues.inputErrorValue", { cell: "'R7 決算'!B5", text: "#DIV/0!" }],
    ["B6", "writtenValues.inputNotCalculated", { cell: "'R7 決算'!B6", formula: "=B1*2" }],
    ["B7", "writtenValues.inputIsDate", { cell: "'R7 決算'!B7", format: "yyyy/m/d" }],
  ])("reports %s as %s naming the cell, and computes nothing", async (address, code, params) => {
    const c = await computeWithSources(workbook(), "DEFICIT_RATIO", [cells(address), cells("B2")]);
    expect(c.problems).toEqual([
      { code, params: expect.objectContaining({ ...params, argEn: "Argument 1 (deficit)" }) },
    ]);
    expect(c.outcome).toEqual({ ok: false, error: "value", issue: c.problems[0] });
    // Rendered in English, the argument is named in English.
    expect(formatOutcomeMessage(c.problems[0]!, "en")).toMatch(
      /^Argument 1 \(deficit\): .*'R7 決算'!B/
    );
  });

  it("takes a date-formatted number where no amount belongs (a fiscal year from a date)", async () => {
    const c = await computeWithSources(workbook(), "FISCALYEAR", [cells("B7")]);
    expect(c.problems).toEqual([]);
    expect(c.outcome).toEqual({ ok: true, value: 2024 });
  });

  it("reports a sheet that is gone, an address that is not a range and one too large, reading the rest", async () => {
    const c = await computeWithSources(workbook(), "DEFICIT_RATIO", [
      cells("B1", "歳出"),
      cells("A:A"),
    ]);
    expect(c.problems.map((p) => [p.code, p.params?.sheet])).toEqual([
      ["writtenValues.inputSheetMissing", "歳出"],
      ["writtenValues.inputBadAddress", SHEET],
    ]);
    const huge = await computeWithSources(workbook(), "COLLECTION_RATE", [
      cells("A1:B25001"),
      cells("B1"),
    ]);
    expect(huge.problems).toEqual([
      {
        code: "writtenValues.inputTooLarge",
        params: expect.objectContaining({ cells: 50_002, limit: 50_000 }),
      },
    ]);
  });

  it("reads all cell sources with one readCells", async () => {
    const port = workbook();
    const read = jest.spyOn(port, "readCells");
    await computeWithSources(port, "SFS", [cells("B1"), cells("B2"), cells("B3"), typed("0")]);
    expect(read).toHaveBeenCalledTimes(1);
    await computeWithSources(port, "DEFICIT_RATIO", [typed("1"), typed("2")]);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it("gives an unknown function as a #VALUE! outcome", async () => {
    const c = await computeWithSources(workbook(), "NOPE", []);
    expect(c.outcome).toMatchObject({ ok: false, issue: { code: "functions.unknownFunction" } });
  });
});

describe("writeComputedValue", () => {
  it("writes the value into an empty cell and remembers it with what the cell held", async () => {
    const port = workbook();
    const written = await writeComputedValue(port, { ...RATIO, target: at("C1") }, { now });
    expect(written.record).toEqual({
      id: "wv-1",
      functionId: "DEFICIT_RATIO",
      target: at("C1"),
      args: RATIO.args,
      values: [[5]],
      writtenAt: "2026-04-01T09:00:00.000Z",
      previous: [[{ value: "", formula: null, numberFormat: "General" }]],
    });
    expect(written.replaced).toBeNull();
    expect(await cell(port, "C1")).toEqual({ value: 5, numberFormat: "General", formula: "" });
    expect(await listWrittenValues(port)).toEqual([written.record]);
  });

  it("writes text results as text and a matrix result as its block from the target", async () => {
    const port = workbook();
    await writeComputedValue(
      port,
      { functionId: "WAREKI", args: [typed("2019")], target: at("C1") },
      { now }
    );
    const status = await writeComputedValue(
      port,
      { functionId: "KPI_STATUS", args: [cells("B3"), cells("B4")], target: at("C3:D9") },
      { now }
    );
    expect(status.record.target).toEqual(at("C3:D3"));
    expect(await cell(port, "C1")).toMatchObject({ value: "令和元年度", formula: "" });
    expect((await port.readCells([at("C3:D3")]))[0]!.values).toEqual([["未達成", -50]]);
  });

  it("refuses an error outcome or an input problem, with the reason, and writes nothing", async () => {
    const port = workbook();
    for (const args of [
      [cells("B9"), cells("B2")],
      [cells("B5"), cells("B2")],
    ]) {
      const error = await writeComputedValue(
        port,
        { functionId: "DEFICIT_RATIO", args, target: at("C1") },
        { now }
      ).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "writtenValues.notComputed" });
      expect((error as WorkbookError).params.reasonEn).toMatch(/^Argument 1 \(deficit\)/);
    }
    expect(await cell(port, "C1")).toMatchObject({ value: "" });
    expect(await listWrittenValues(port)).toEqual([]);
  });

  it("refuses a cell holding something without overwrite, and with it keeps what it held", async () => {
    const port = workbook();
    await expect(
      writeComputedValue(port, { ...RATIO, target: at("D10") }, { now })
    ).rejects.toMatchObject({
      code: "workbook.cellNotEmpty",
      params: { address: "D10" },
    });
    const written = await writeComputedValue(
      port,
      { ...RATIO, target: at("D10") },
      { now, overwrite: true }
    );
    expect(written.previous).toEqual([
      [{ value: "利用者のメモ", formula: null, numberFormat: TRIANGLE }],
    ]);
    expect(await cell(port, "D10")).toEqual({ value: 5, numberFormat: TRIANGLE, formula: "" });
  });

  it("treats an earlier written value as not empty, and replacing it keeps the first previous", async () => {
    const port = workbook();
    const first = await writeComputedValue(
      port,
      { ...RATIO, target: at("D10") },
      { now, overwrite: true }
    );
    await expect(
      writeComputedValue(
        port,
        { functionId: "WAREKI", args: [typed("2019")], target: at("D10") },
        { now }
      )
    ).rejects.toMatchObject({ code: "workbook.cellNotEmpty" });
    const second = await writeComputedValue(
      port,
      { functionId: "WAREKI", args: [typed("2019")], target: at("D10") },
      { now: later, overwrite: true }
    );
    expect(second.replaced).toEqual(first.record);
    expect(second.record).toMatchObject({ id: "wv-2", previous: first.record.previous });
    expect(second.previous).toEqual([[{ value: 5, formula: null, numberFormat: TRIANGLE }]]);
    expect((await listWrittenValues(port)).map((r) => r.id)).toEqual(["wv-2"]);
    // 「書き込み前に戻す」 goes back to before the first write.
    await removeWrittenValue(port, "wv-2", "restore");
    expect(await cell(port, "D10")).toEqual({
      value: "利用者のメモ",
      numberFormat: TRIANGLE,
      formula: "",
    });
  });

  it("refuses a block that meets an earlier written value only in part", async () => {
    const port = workbook();
    await writeComputedValue(
      port,
      { functionId: "KPI_STATUS", args: [cells("B3"), cells("B4")], target: at("C3") },
      { now }
    );
    expect(
      await codeOf(
        writeComputedValue(port, { ...RATIO, target: at("D3") }, { now, overwrite: true })
      )
    ).toBe("writtenValues.overlapsRecord");
  });

  it("refuses a result that does not fit on the sheet", async () => {
    const port = workbook();
    expect(
      await codeOf(
        writeComputedValue(
          port,
          { functionId: "KPI_STATUS", args: [cells("B3"), cells("B4")], target: at("XFD1") },
          { now }
        )
      )
    ).toBe("writtenValues.noRoom");
  });

  it("refuses more than MAX_WRITTEN_VALUES values", async () => {
    const port = workbook();
    const records: WrittenValue[] = Array.from({ length: MAX_WRITTEN_VALUES }, (_, i) => ({
      id: `wv-${i + 1}`,
      functionId: "WAREKI",
      target: at(`Z${i + 1}`, "歳入"),
      args: [typed("2019")],
      values: [["令和元年度"]],
      writtenAt: now.toISOString(),
      previous: [[{ value: "", formula: null }]],
    }));
    await port.setSetting(WRITTEN_VALUES_SETTING, {
      version: 1,
      nextId: MAX_WRITTEN_VALUES + 1,
      records,
    });
    expect(await codeOf(writeComputedValue(port, { ...RATIO, target: at("C1") }, { now }))).toBe(
      "writtenValues.tooMany"
    );
  });

  it("refuses a protected sheet and remembers nothing", async () => {
    const port = workbook();
    port.protect(SHEET);
    expect(await codeOf(writeComputedValue(port, { ...RATIO, target: at("C1") }, { now }))).toBe(
      "workbook.cellsProtected"
    );
    expect(await listWrittenValues(port)).toEqual([]);
  });

  it("puts the cells back when the record cannot be saved", async () => {
    const port = workbook();
    jest.spyOn(port, "setSetting").mockRejectedValueOnce(new WorkbookError("workbook.hostError"));
    expect(await codeOf(writeComputedValue(port, { ...RATIO, target: at("C1") }, { now }))).toBe(
      "workbook.hostError"
    );
    expect(await cell(port, "C1")).toMatchObject({ value: "" });
  });

  it("never gives an id twice, even after the newest was removed", async () => {
    const port = workbook();
    await writeComputedValue(port, { ...RATIO, target: at("C1") }, { now });
    await removeWrittenValue(port, "wv-1", "keep");
    const again = await writeComputedValue(port, { ...RATIO, target: at("C2") }, { now });
    expect(again.record.id).toBe("wv-2");
  });
});

describe("undoWrite", () => {
  it("puts the cell and the record list back as they were", async () => {
    const port = workbook();
    const written = await writeComputedValue(
      port,
      { ...RATIO, target: at("D10") },
      { now, overwrite: true }
    );
    await undoWrite(port, written);
    expect(await cell(port, "D10")).toEqual({
      value: "利用者のメモ",
      numberFormat: TRIANGLE,
      formula: "",
    });
    expect(await listWrittenValues(port)).toEqual([]);
  });

  it("brings back the record a write replaced, with its value", async () => {
    const port = workbook();
    const first = await writeComputedValue(port, { ...RATIO, target: at("C1") }, { now });
    const second = await writeComputedValue(
      port,
      { functionId: "WAREKI", args: [typed("2019")], target: at("C1") },
      { now, overwrite: true }
    );
    await undoWrite(port, second);
    expect(await listWrittenValues(port)).toEqual([first.record]);
    expect(await cell(port, "C1")).toMatchObject({ value: 5 });
  });

  it("refuses when the cell was edited since, keeping the edit", async () => {
    const port = workbook();
    const written = await writeComputedValue(port, { ...RATIO, target: at("C1") }, { now });
    await port.writeValues([{ ref: at("C1"), values: [[6]] }], { overwrite: true });
    expect(await codeOf(undoWrite(port, written))).toBe("writtenValues.editedSinceWrite");
    expect(await cell(port, "C1")).toMatchObject({ value: 6 });
  });
});

describe("recalculateWrittenValues", () => {
  it("recomputes after an input changes and says which changed", async () => {
    const port = workbook();
    await writeComputedValue(port, { ...RATIO, target: at("C1") }, { now });
    await writeComputedValue(
      port,
      { functionId: "WAREKI", args: [typed("2019")], target: at("C2") },
      { now }
    );
    await port.writeValues([{ ref: at("B1"), values: [[800]] }], { overwrite: true });
    const progress: [number, number][] = [];
    const report = await recalculateWrittenValues(port, {
      now: later,
      onProgress: (d, t) => progress.push([d, t]),
    });
    expect(report.items).toEqual([
      {
        id: "wv-1",
        status: "changed",
        before: [[5]],
        after: [[8]],
        beforeWrittenAt: now.toISOString(),
      },
      { id: "wv-2", status: "unchanged" },
    ]);
    expect(progress.at(-1)).toEqual([2, 2]);
    expect(await cell(port, "C1")).toMatchObject({ value: 8 });
    const [ratio] = await listWrittenValues(port);
    expect(ratio).toMatchObject({ values: [[8]], writtenAt: later.toISOString() });
  });

  it("reports an edited target and does not overwrite it", async () => {
    const port = workbook();
    await writeComputedValue(port, { ...RATIO, target: at("C1") }, { now });
    await port.writeValues([{ ref: at("C1"), values: [["手入力"]] }], { overwrite: true });
    await port.writeValues([{ ref: at("B1"), values: [[800]] }], { overwrite: true });
    const report = await recalculateWrittenValues(port, { now: later });
    expect(report.items).toEqual([{ id: "wv-1", status: "edited", current: [["手入力"]] }]);
    expect(await cell(port, "C1")).toMatchObject({ value: "手入力" });
  });

  it("reports inputs that now fail, leaving the cell as it was", async () => {
    const port = workbook();
    await writeComputedValue(port, { ...RATIO, target: at("C1") }, { now });
    await port.writeValues([{ ref: at("B1"), values: [["#N/A"]] }], { overwrite: true });
    const report = await recalculateWrittenValues(port, { now: later });
    expect(report.items).toEqual([
      {
        id: "wv-1",
        status: "failed",
        issue: {
          code: "writtenValues.inputErrorValue",
          params: expect.objectContaining({ cell: "'R7 決算'!B1" }),
        },
      },
    ]);
    expect(await cell(port, "C1")).toMatchObject({ value: 5 });
  });

  it("reports a target whose sheet is gone as missing and an input on a renamed sheet as failed", async () => {
    const sheets = [
      { name: "入力", rows: [[500], [10000]] },
      { name: "結果", rows: [] },
      { name: "結果2", rows: [] },
    ];
    const before = MemoryWorkbook.fromSheets(sheets);
    const args = [cells("A1", "入力"), cells("A2", "入力")];
    await writeComputedValue(
      before,
      { functionId: "DEFICIT_RATIO", args, target: at("A1", "結果") },
      { now }
    );
    await writeComputedValue(
      before,
      { functionId: "DEFICIT_RATIO", args, target: at("A1", "結果2") },
      { now }
    );
    const setting = await before.getSetting(WRITTEN_VALUES_SETTING);
    // The same workbook after the user renamed 入力 and deleted 結果.
    const after = MemoryWorkbook.fromSheets([
      { name: "入力（修正）", rows: [[500], [10000]] },
      { name: "結果2", rows: [[5]] },
    ]);
    await after.setSetting(WRITTEN_VALUES_SETTING, setting);
    const report = await recalculateWrittenValues(after, { now: later });
    expect(report.items).toEqual([
      { id: "wv-1", status: "missing" },
      {
        id: "wv-2",
        status: "failed",
        issue: {
          code: "writtenValues.inputSheetMissing",
          params: expect.objectContaining({ sheet: "入力" }),
        },
      },
    ]);
  });

  it("reads everything with one readCells and writes with one writeValues and one setSetting", async () => {
    const port = workbook();
    for (let i = 0; i < 20; i++)
      await writeComputedValue(port, { ...RATIO, target: at(`F${i + 1}`) }, { now });
    await port.writeValues([{ ref: at("B1"), values: [[800]] }], { overwrite: true });
    const spies = (
      ["getSetting", "readCells", "writeValues", "setSetting", "listSheets"] as const
    ).map((m) => jest.spyOn(port, m));
    const report = await recalculateWrittenValues(port, { now: later });
    expect(report.items.every((i) => i.status === "changed")).toBe(true);
    expect(spies.map((s) => s.mock.calls.length)).toEqual([1, 1, 1, 1, 0]);
  });

  it("fails a record whose result changed size, leaving its cells", async () => {
    const port = workbook();
    await port.writeValues([{ ref: at("C3"), values: [["未達成"]] }]);
    // A record from an older result shape: one cell where KPI_STATUS now gives two.
    await port.setSetting(WRITTEN_VALUES_SETTING, {
      version: 1,
      nextId: 2,
      records: [
        {
          id: "wv-1",
          functionId: "KPI_STATUS",
          target: at("C3"),
          args: [cells("B3"), cells("B4")],
          values: [["未達成"]],
          writtenAt: now.toISOString(),
          previous: [[{ value: "", formula: null }]],
        },
      ],
    });
    const report = await recalculateWrittenValues(port, { now: later });
    expect(report.items).toEqual([
      {
        id: "wv-1",
        status: "failed",
        issue: {
          code: "writtenValues.shapeChanged",
          params: { rows: 1, columns: 2, expectedRows: 1, expectedColumns: 1 },
        },
      },
    ]);
    expect((await port.readCells([at("C3:D3")]))[0]!.values).toEqual([["未達成", ""]]);
  });

  it("changes nothing when aborted", async () => {
    const port = workbook();
    await writeComputedValue(port, { ...RATIO, target: at("C1") }, { now });
    await port.writeValues([{ ref: at("B1"), values: [[800]] }], { overwrite: true });
    const controller = new AbortController();
    const run = recalculateWrittenValues(port, {
      now: later,
      signal: controller.signal,
      onProgress: (done) => done === 1 && controller.abort(),
    });
    expect(await codeOf(run)).toBe("workbook.aborted");
    expect(await cell(port, "C1")).toMatchObject({ value: 5 });
  });

  it("fails the records on a sheet protected meanwhile and writes the others", async () => {
    const port = workbook();
    await writeComputedValue(port, { ...RATIO, target: at("C1") }, { now });
    await writeComputedValue(port, { ...RATIO, target: at("B2", "歳入") }, { now });
    await port.writeValues([{ ref: at("B1"), values: [[800]] }], { overwrite: true });
    port.protect("歳入");
    const report = await recalculateWrittenValues(port, { now: later });
    expect(report.items.map((i) => i.status)).toEqual(["changed", "failed"]);
    expect(report.items[1]).toMatchObject({ issue: { code: "workbook.cellsProtected" } });
    expect(report.undo).toHaveLength(1);
  });
});

describe("undoRecalculation", () => {
  it("puts the changed cells and the records back exactly", async () => {
    const port = workbook();
    await writeComputedValue(port, { ...RATIO, target: at("C1") }, { now });
    const records = await listWrittenValues(port);
    await port.writeValues([{ ref: at("B1"), values: [[800]] }], { overwrite: true });
    const report = await recalculateWrittenValues(port, { now: later });
    await undoRecalculation(port, report);
    expect(await cell(port, "C1")).toMatchObject({ value: 5 });
    expect(await listWrittenValues(port)).toEqual(records);
  });

  it("refuses when a changed cell was edited since", async () => {
    const port = workbook();
    await writeComputedValue(port, { ...RATIO, target: at("C1") }, { now });
    await port.writeValues([{ ref: at("B1"), values: [[800]] }], { overwrite: true });
    const report = await recalculateWrittenValues(port, { now: later });
    await port.writeValues([{ ref: at("C1"), values: [[0]] }], { overwrite: true });
    expect(await codeOf(undoRecalculation(port, report))).toBe("writtenValues.editedSinceWrite");
  });
});

describe("removeWrittenValue", () => {
  it("keeps the value when asked, forgetting only the record", async () => {
    const port = workbook();
    await writeComputedValue(port, { ...RATIO, target: at("C1") }, { now });
    await removeWrittenValue(port, "wv-1", "keep");
    expect(await cell(port, "C1")).toMatchObject({ value: 5 });
    expect(await listWrittenValues(port)).toEqual([]);
  });

  it("restores the cell as before the first write", async () => {
    const port = workbook();
    await writeComputedValue(port, { ...RATIO, target: at("D10") }, { now, overwrite: true });
    await removeWrittenValue(port, "wv-1", "restore");
    expect(await cell(port, "D10")).toEqual({
      value: "利用者のメモ",
      numberFormat: TRIANGLE,
      formula: "",
    });
  });

  it("refuses to restore an edited cell, and an unknown id", async () => {
    const port = workbook();
    await writeComputedValue(port, { ...RATIO, target: at("C1") }, { now });
    await port.writeValues([{ ref: at("C1"), values: [[7]] }], { overwrite: true });
    expect(await codeOf(removeWrittenValue(port, "wv-1", "restore"))).toBe(
      "writtenValues.editedSinceWrite"
    );
    expect(await codeOf(removeWrittenValue(port, "wv-9", "keep"))).toBe(
      "writtenValues.unknownRecord"
    );
    expect(await listWrittenValues(port)).toHaveLength(1);
  });

  it("puts back text that looks like a formula as text (a hostile setting's snapshot)", async () => {
    const port = workbook();
    await port.setSetting(WRITTEN_VALUES_SETTING, {
      version: 1,
      nextId: 2,
      records: [
        {
          id: "wv-1",
          functionId: "WAREKI",
          target: at("C1"),
          args: [typed("2019")],
          values: [[""]],
          writtenAt: now.toISOString(),
          previous: [[{ value: "=cmd|' /C calc'!A0", formula: null, numberFormat: "General" }]],
        },
      ],
    });
    await removeWrittenValue(port, "wv-1", "restore");
    expect(await cell(port, "C1")).toEqual({
      value: "=cmd|' /C calc'!A0",
      numberFormat: "General",
      formula: "",
    });
  });
});

describe("loadWrittenValues", () => {
  it("ignores damaged records, counts them, and keeps ids unique", async () => {
    const port = workbook();
    const good = (await writeComputedValue(port, { ...RATIO, target: at("C1") }, { now })).record;
    await port.setSetting(WRITTEN_VALUES_SETTING, {
      version: 1,
      nextId: 1,
      records: [
        good,
        { ...good, id: "wv-1", target: at("C2") }, // a repeated id
        { ...good, id: "wv-7", target: at("C1") }, // the same cell as another record
        { ...good, id: "wv-3", functionId: "NOPE" },
        { ...good, id: "wv-4", target: at("A:A") },
        { ...good, id: "wv-5", values: [[1, 2]] },
        { ...good, id: "wv-6", previous: [[{ value: {}, formula: null }]] },
        { ...good, id: "x" },
        null,
        "wv-8",
      ],
    });
    const loaded = await loadWrittenValues(port);
    expect(loaded.records).toEqual([good]);
    expect(loaded.ignored).toBe(9);
    expect(loaded.nextId).toBe(2);
    const report = await recalculateWrittenValues(port, { now: later });
    expect(report.ignored).toBe(9);
  });

  it.each([[null], ["text"], [[1, 2]], [{ version: 2, records: [] }], [{ version: 1 }]])(
    "reads the damaged setting %j as no records, one ignored",
    async (raw) => {
      const port = workbook();
      await port.setSetting(WRITTEN_VALUES_SETTING, raw);
      expect(await loadWrittenValues(port)).toEqual({ records: [], nextId: 1, ignored: 1 });
    }
  );
});

describe("written values (properties)", () => {
  const amount = fc.integer({ min: 1, max: 10_000_000 });

  it("write, then recalculate without any input change: every record unchanged", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(amount, amount), { minLength: 1, maxLength: 6 }),
        async (pairs) => {
          const port = MemoryWorkbook.fromSheets([
            { name: SHEET, rows: pairs.map(([a, b]) => [a, b]) },
          ]);
          for (let i = 0; i < pairs.length; i++)
            await writeComputedValue(
              port,
              {
                functionId: "DEFICIT_RATIO",
                args: [cells(`A${i + 1}`), cells(`B${i + 1}`)],
                target: at(`C${i + 1}`),
              },
              { now }
            );
          const report = await recalculateWrittenValues(port, { now: later });
          expect(report.items.map((i) => i.status)).toEqual(pairs.map(() => "unchanged"));
          expect(report.undo).toEqual([]);
        }
      ),
      { numRuns: 25 }
    );
  });

  it("write, then undo: the workbook's cells and records are identical", async () => {
    const scalar = fc.oneof(
      fc.constantFrom<CellValue>("", "利用者のメモ", "=abc", "0123", 1234, true),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 })
    );
    await fc.assert(
      fc.asyncProperty(
        scalar,
        fc.constantFrom("General", "@", TRIANGLE),
        fc.boolean(),
        async (held, format, earlier) => {
          const port = MemoryWorkbook.fromSheets([
            { name: SHEET, rows: [[500, 10000, held]], numberFormats: [["", "", format]] },
          ]);
          const args = [cells("A1"), cells("B1")];
          if (earlier)
            await writeComputedValue(
              port,
              { functionId: "WAREKI", args: [typed("2019")], target: at("C1") },
              { now, overwrite: true }
            );
          const before = {
            cells: await port.readCells([at("A1:D2")]),
            records: await listWrittenValues(port),
          };
          const written = await writeComputedValue(
            port,
            { functionId: "DEFICIT_RATIO", args, target: at("C1") },
            { now: later, overwrite: true }
          );
          await undoWrite(port, written);
          expect({
            cells: await port.readCells([at("A1:D2")]),
            records: await listWrittenValues(port),
          }).toEqual(before);
        }
      ),
      { numRuns: 60 }
    );
  });
});
