import type { CellValue } from "../../../src/core/grid";
import { ExcelWorkbook } from "../../../src/workbook/excel/ExcelWorkbook";
import { WorkbookError } from "../../../src/workbook/port";
import { createFakeExcel, type FakeOptions } from "../../fakes/fake-excel";

/** rows × cols of numbers r*1000+c, column B formatted with the △ format. */
function table(rows: number, cols: number): CellValue[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => r * 1000 + c)
  );
}

function setup(rows: CellValue[][], options: FakeOptions = {}, numberFormats?: string[][]) {
  const fake = createFakeExcel(
    {
      sheets: [
        { name: "歳入", rows, numberFormats },
        { name: "空", rows: [] },
      ],
    },
    options
  );
  return { fake, wb: new ExcelWorkbook(fake.run) };
}

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof WorkbookError) return e.code;
    throw e;
  }
  throw new Error("expected a WorkbookError");
}

describe("ExcelWorkbook.readRange", () => {
  it("reads 100,000 cells in two syncs with values and number formats intact", async () => {
    const { fake, wb } = setup(table(5000, 20), {}, [["General", '#,##0;"△"#,##0']]);
    const progress: number[] = [];
    const grid = await wb.readRange(
      { sheet: "歳入", address: "A1:T5000" },
      { onProgress: (done) => progress.push(done) }
    );
    expect(grid.values).toHaveLength(5000);
    expect(grid.values[4999]![19]).toBe(4999 * 1000 + 19);
    expect(grid.numberFormats![0]![1]).toBe('#,##0;"△"#,##0');
    expect(grid).toMatchObject({ sheet: "歳入", top: 0, left: 0 });
    // 4,000,000-byte budget / 48 bytes per cell = 83,333 cells per sync → 4,166 rows of 20: two blocks.
    expect(fake.syncCount).toBe(2);
    expect(progress).toEqual([83_320, 100_000]);
  });

  it("reads a 100,000-cell table with its formulas, as the check does, in two syncs", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "歳入", rows: table(5000, 20) }] });
    const wb = new ExcelWorkbook(fake.run);
    const grid = await wb.readRange({ sheet: "歳入", address: "A1:T5000" }, { formulas: true });
    expect(grid.formulas).toHaveLength(5000);
    // 55,555 cells per sync with formulas: two blocks, one sync each.
    expect(fake.syncCount).toBe(2);
  });

  it("queues several smaller blocks per sync and reports progress per block", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "歳入", rows: table(5000, 20) }] });
    const wb = new ExcelWorkbook(fake.run, { readBudget: { blockCells: 20_000 } });
    const progress: number[] = [];
    await wb.readRange(
      { sheet: "歳入", address: "A1:T5000" },
      { onProgress: (done) => progress.push(done) }
    );
    // 1,000-row blocks; 4 fit one sync's 83,333 cells, so 5 blocks take 2 syncs.
    expect(progress).toEqual([20_000, 40_000, 60_000, 80_000, 100_000]);
    expect(fake.syncCount).toBe(2);
  });

  it("reads an offset range with its position and the shown texts when asked", async () => {
    const { wb } = setup([
      ["", ""],
      ["", true, "地方税"],
    ]);
    const grid = await wb.readRange({ sheet: "歳入", address: "B2:C2" }, { texts: true });
    expect(grid).toEqual({
      sheet: "歳入",
      top: 1,
      left: 1,
      values: [[true, "地方税"]],
      numberFormats: [["General", "General"]],
      texts: [["TRUE", "地方税"]],
    });
  });

  it("reads formulas in the same blocks, counted in the payload estimate", async () => {
    const rows = table(8000, 20);
    const formulas = rows.map((row, r) =>
      row.map((_, c) => (c === 19 ? `=SUM(A${r + 1}:S${r + 1})` : null))
    );
    const fake = createFakeExcel({ sheets: [{ name: "歳入", rows, formulas }] });
    const wb = new ExcelWorkbook(fake.run);
    const plain = await wb.readRange({ sheet: "歳入", address: "A1:T8000" });
    // 160,000 cells: 83,333 per sync without formulas (2 syncs), 55,555 with them (3 syncs).
    expect(fake.syncCount).toBe(2);
    expect(plain.formulas).toBeUndefined();
    const grid = await wb.readRange({ sheet: "歳入", address: "A1:T8000" }, { formulas: true });
    expect(fake.syncCount).toBe(5);
    expect(grid.formulas).toHaveLength(8000);
    expect(grid.formulas![7999]![19]).toBe("=SUM(A8000:S8000)");
    expect(grid.formulas![7999]![18]).toBe("");
    expect(Math.max(...fake.counters.responseBytes)).toBeLessThanOrEqual(5 * 1024 * 1024);
  });

  it("retries a block whose formulas come back null with fewer rows", async () => {
    const { wb } = setup(table(100, 10), { maxGetCells: 300 });
    const grid = await wb.readRange({ sheet: "歳入", address: "A1:J100" }, { formulas: true });
    expect(grid.values).toEqual(table(100, 10));
    expect(grid.formulas).toEqual(table(100, 10).map((row) => row.map(() => "")));
  });

  it("splits a sync that is over the web's 5 MB and keeps every response under it", async () => {
    const label =
      "財政健全化判断比率の算定に用いる標準財政規模の額（臨時財政対策債発行可能額を含む）";
    const rows = Array.from({ length: 20_000 }, () => Array.from({ length: 5 }, () => label));
    const { fake, wb } = setup(rows);
    const grid = await wb.readRange({ sheet: "歳入", address: "A1:E20000" });
    expect(grid.values).toHaveLength(20_000);
    expect(grid.values.every((row) => row.every((v) => v === label))).toBe(true);
    // ~260 bytes per cell: the first 83,330-cell sync (~21 MB) is refused, halves until it fits.
    expect(fake.counters.payloadFailures).toBeGreaterThan(0);
    expect(Math.max(...fake.counters.responseBytes)).toBeLessThanOrEqual(5 * 1024 * 1024);
  });

  it("retries a block whose values come back null with fewer rows", async () => {
    const { fake, wb } = setup(table(100, 10), { maxGetCells: 300 });
    const grid = await wb.readRange({ sheet: "歳入", address: "A1:J100" });
    expect(grid.values).toEqual(table(100, 10));
    expect(fake.syncCount).toBeGreaterThan(1);
  });

  it("reports readFailed when even one row comes back null", async () => {
    const { wb } = setup(table(2, 10), { maxGetCells: 5 });
    expect(await code(wb.readRange({ sheet: "歳入", address: "A1:J2" }))).toBe(
      "workbook.readFailed"
    );
  });

  it.each([
    [{ sheet: "歳出", address: "A1" }, "workbook.noSuchSheet"],
    [{ sheet: "歳入", address: "A1:" }, "workbook.badAddress"],
    [{ sheet: "歳入", address: "A:3" }, "workbook.badAddress"],
    [{ sheet: "歳入", address: "XFE1" }, "workbook.badAddress"],
    [{ sheet: "歳入", address: "" }, "workbook.emptyRange"],
    // 5,000,001 cells: one over Excel's get limit (Microsoft: resource limits for Excel add-ins).
    [{ sheet: "歳入", address: "A1:A5000001" }, "workbook.badAddress"],
    [{ sheet: "歳入", address: "A1:F833334" }, "workbook.tooManyCells"],
  ])("rejects %j with %s", async (ref, expected) => {
    const { wb } = setup(table(3, 3));
    expect(await code(wb.readRange(ref))).toBe(expected);
  });

  it("stops between syncs when aborted", async () => {
    const { fake, wb } = setup(table(5000, 20));
    const controller = new AbortController();
    const read = wb.readRange(
      { sheet: "歳入", address: "A1:T5000" },
      { signal: controller.signal, onProgress: () => controller.abort() }
    );
    expect(await code(read)).toBe("workbook.aborted");
    expect(fake.syncCount).toBe(1);
  });
});

describe("ExcelWorkbook.readUsedRange", () => {
  it("reads the used range in one sync for its address plus one per block", async () => {
    const rows: CellValue[][] = [[], ["", "", "科目", "金額"], ["", "", "地方税", 1234]];
    const { fake, wb } = setup(rows);
    const grid = await wb.readUsedRange("歳入");
    expect(grid).toMatchObject({
      top: 1,
      left: 2,
      values: [
        ["科目", "金額"],
        ["地方税", 1234],
      ],
    });
    expect(fake.syncCount).toBe(2);
  });

  it("gives null for an empty sheet after one sync", async () => {
    const { fake, wb } = setup([]);
    expect(await wb.readUsedRange("空")).toBeNull();
    expect(fake.syncCount).toBe(1);
  });

  it("maps a missing sheet to noSuchSheet", async () => {
    const { wb } = setup([]);
    expect(await code(wb.readUsedRange("歳出"))).toBe("workbook.noSuchSheet");
  });
});

describe("ExcelWorkbook.readRange over whole columns or rows", () => {
  // Clicking column or row headers selects entire lines; Excel then answers `null` values for
  // them (OfficeDev/office-js#4792), and a column is a million rows. The part inside the
  // used range is what the user means.
  const sheet = () =>
    createFakeExcel({
      sheets: [
        {
          name: "歳入",
          rows: [
            ["", "", "", ""],
            ["", "地方税", 1234, 99],
            ["", "交付税", 567, 98],
          ],
        },
      ],
      selection: { sheet: "歳入", address: "A:C" },
    });

  it("reads the selected columns inside the used range, in two syncs", async () => {
    const fake = sheet();
    const wb = new ExcelWorkbook(fake.run);
    const selection = await wb.getSelection();
    expect(selection).toEqual({ sheet: "歳入", address: "A:C" });
    const before = fake.syncCount;
    const grid = await wb.readRange(selection);
    expect(grid).toMatchObject({ top: 1, left: 1 });
    expect(grid.values).toEqual([
      ["地方税", 1234],
      ["交付税", 567],
    ]);
    expect(fake.syncCount - before).toBe(2);
  });

  it("reads selected rows the same way", async () => {
    const wb = new ExcelWorkbook(sheet().run);
    const grid = await wb.readRange({ sheet: "歳入", address: "3:3" });
    expect(grid).toMatchObject({ top: 2, left: 1, values: [["交付税", 567, 98]] });
  });

  it("rejects lines that hold nothing with emptyRange naming the selection", async () => {
    const wb = new ExcelWorkbook(sheet().run);
    await expect(wb.readRange({ sheet: "歳入", address: "F:G" })).rejects.toMatchObject({
      code: "workbook.emptyRange",
      params: { sheet: "歳入", address: "F:G" },
    });
  });
});

describe("ExcelWorkbook selection, sheets and settings", () => {
  it("gives the selection without the sheet part and lists the sheets", async () => {
    const fake = createFakeExcel({
      sheets: [{ name: "A" }, { name: "決算 カード" }],
      selection: { sheet: "決算 カード", address: "C3:D4" },
    });
    const wb = new ExcelWorkbook(fake.run);
    expect(await wb.getSelection()).toEqual({ sheet: "決算 カード", address: "C3:D4" });
    expect(await wb.listSheets()).toEqual(["A", "決算 カード"]);
  });

  it("refuses a selection of several areas with multipleAreas, as Excel does", async () => {
    const fake = createFakeExcel({
      sheets: [{ name: "歳入" }],
      selection: { sheet: "歳入", address: "B2:C3,E5" },
    });
    await expect(new ExcelWorkbook(fake.run).getSelection()).rejects.toMatchObject({
      code: "workbook.multipleAreas",
    });
  });

  it("stores settings as JSON, deletes with undefined, and refuses the registries' keys", async () => {
    const { fake, wb } = setup([]);
    await wb.setSetting("lang", { ui: "ja" });
    expect(await wb.getSetting("lang")).toEqual({ ui: "ja" });
    await wb.setSetting("lang", undefined);
    expect(await wb.getSetting("lang")).toBeUndefined();
    await wb.setSetting("never-set", undefined);
    await expect(wb.setSetting("zaisei.registry.marks", [])).rejects.toThrow(/reserved/);
    expect(fake.setting("lang")).toBeUndefined();
  });

  it("maps Excel's cell-edit-mode error to a message the user can act on", async () => {
    const { fake, wb } = setup(table(2, 2));
    fake.failNextSync("InvalidOperationInCellEditMode");
    expect(await code(wb.readRange({ sheet: "歳入", address: "A1:B2" }))).toBe(
      "workbook.cellEditMode"
    );
  });

  it("refuses charts and marks when the requirement set is missing, and still reads", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "歳入", rows: [[1]] }] });
    // Office 2016 without updates: ExcelApi 1.1–1.5 (Microsoft: Excel JavaScript API requirement sets).
    const wb = new ExcelWorkbook(fake.run, {
      isSetSupported: (_name, version) => Number(version) <= 1.5,
    });
    expect(await code(wb.listCharts())).toBe("workbook.unsupported");
    expect(await code(wb.setMarks("check", []))).toBe("workbook.unsupported");
    // RangeAreas (one rule over many cells) came with ExcelApi 1.9: 1.8 is not enough for marks.
    const wb18 = new ExcelWorkbook(fake.run, {
      isSetSupported: (_name, version) => Number((version ?? "1.1").split(".")[1]) <= 8,
    });
    expect(await code(wb18.listMarks())).toBe("workbook.unsupported");
    expect((await wb.readRange({ sheet: "歳入", address: "A1" })).values).toEqual([[1]]);
  });
});
