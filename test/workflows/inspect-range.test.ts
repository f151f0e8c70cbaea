import { MemoryWorkbook } from "../../src/workbook/memory/MemoryWorkbook";
import { WorkbookError } from "../../src/workbook/port";
import { formatMessage } from "../../src/core/messages";
import { inspectRange, inspectSheet } from "../../src/workflows";
import type { CellValue } from "../../src/core/grid";

/**
 * A small 中長期財政見通し in the shape of data/himi-fiscal-outlook.tsv: a caption, a 単位 cell,
 * one header row of 年度, figures as Excel numbers and as printed text, a blank, a dash.
 */
const OUTLOOK: CellValue[][] = [
  ["中長期財政見通し 一般会計", "", "", ""],
  ["", "", "", "単位:百万円"],
  ["", "令和5年度", "令和6年度", "令和7年度"],
  ["市税", 4966, 4869, 4873],
  ["収支差引額(A-B)", "△ 495", "△ 586", -750],
  ["減債基金への積立", "", "－", "△ 65"],
  ["実質公債費比率", 12.3, "12.1", "１２.４"],
];

function outlookBook(): MemoryWorkbook {
  return MemoryWorkbook.fromSheets([
    { name: "見通し", rows: OUTLOOK },
    { name: "空", rows: [] },
  ]);
}

describe("inspectRange", () => {
  it("reports the fiscal years, the unit, the row labels and how each data cell was read", async () => {
    const report = await inspectRange(outlookBook(), { sheet: "見通し", address: "A1:D7" });
    expect(report.ref).toEqual({ sheet: "見通し", address: "A1:D7" });
    expect(report.cellCount).toBe(28);
    // 令和n年度 = 2018 + n (domain.md §1)
    expect(report.summary.years).toEqual([2023, 2024, 2025]);
    expect(report.summary.yearLabels).toEqual(["令和5年度", "令和6年度", "令和7年度"]);
    expect(report.summary.unit).toBe("百万円");
    expect(report.summary.rowLabels).toEqual([
      "市税",
      "収支差引額(A-B)",
      "減債基金への積立",
      "実質公債費比率",
    ]);
    // 12 data cells: 10 figures, one blank, one dash ("none", never 0).
    expect(report.summary).toMatchObject({
      readableNumbers: 10,
      blanks: 1,
      none: 1,
      texts: 0,
      unreadable: [],
    });
    const diff = report.recognition.rows[1]!.cells.map((c) =>
      c.parsed.kind === "number" ? c.parsed.quantity.value.toString() : c.parsed.kind
    );
    expect(diff).toEqual(["-495", "-586", "-750"]);
  });

  it("lists a cell that cannot be read with its address and reason in the requested language", async () => {
    const rows = OUTLOOK.map((r) => [...r]);
    rows[3]![2] = "(123)"; // ambiguous: previous year's value or a negative (domain.md §2)
    const book = MemoryWorkbook.fromSheets([{ name: "見通し", rows }]);
    const ja = await inspectRange(book, { sheet: "見通し", address: "A1:D7" });
    const en = await inspectRange(book, { sheet: "見通し", address: "A1:D7" }, { lang: "en" });
    expect(ja.summary.unreadable.map((u) => u.address)).toEqual(["C4"]);
    expect(ja.summary.unreadable[0]!.message).toMatch(/\(123\)|（123）/);
    expect(en.summary.unreadable[0]!.message).toMatch(/[A-Za-z]/);
    expect(en.summary.unreadable[0]!.message).not.toBe(ja.summary.unreadable[0]!.message);
  });

  it("reads the current selection when no range is given", async () => {
    const book = outlookBook();
    book.setSelection({ sheet: "見通し", address: "A3:D4" });
    const report = await inspectRange(book, null);
    expect(report.ref).toEqual({ sheet: "見通し", address: "A3:D4" });
    expect(report.summary.rowLabels).toEqual(["市税"]);
  });

  it("forwards the port's progress, block by block, ending at all cells", async () => {
    // 2,600 rows × 20 columns = 52,000 cells: two blocks of the memory workbook (50,000 cells each).
    const rows: CellValue[][] = [["", ...Array.from({ length: 19 }, (_, i) => `令和${i + 1}年度`)]];
    for (let r = 1; r < 2600; r += 1)
      rows.push([`項目${r}`, ...Array.from({ length: 19 }, (_, i) => r + i)]);
    const book = MemoryWorkbook.fromSheets([{ name: "大", rows }]);
    const calls: [number, number][] = [];
    const report = await inspectRange(
      book,
      { sheet: "大", address: "A1:T2600" },
      { onProgress: (d, t) => calls.push([d, t]) }
    );
    expect(calls).toEqual([
      [50000, 52000],
      [52000, 52000],
    ]);
    expect(report.cellCount).toBe(52000);
  });

  it("stops between blocks when the signal is aborted", async () => {
    const rows: CellValue[][] = Array.from({ length: 2600 }, (_, r) =>
      Array.from({ length: 20 }, (_, c) => r * 20 + c)
    );
    const book = MemoryWorkbook.fromSheets([{ name: "大", rows }]);
    const controller = new AbortController();
    const read = inspectRange(
      book,
      { sheet: "大", address: "A1:T2600" },
      { signal: controller.signal, onProgress: () => controller.abort() }
    );
    await expect(read).rejects.toMatchObject({ name: "WorkbookError", code: "workbook.aborted" });
  });

  it("rejects a range of empty cells with workbook.emptyRange", async () => {
    const read = inspectRange(outlookBook(), { sheet: "見通し", address: "F1:H9" });
    await expect(read).rejects.toBeInstanceOf(WorkbookError);
    await expect(read).rejects.toMatchObject({
      code: "workbook.emptyRange",
      params: { sheet: "見通し", address: "F1:H9" },
    });
  });

  it("reports its phases and yields to the event loop before recognising", async () => {
    const events: string[] = [];
    const report = await inspectRange(
      outlookBook(),
      { sheet: "見通し", address: "A1:D7" },
      {
        onPhase: (phase) => {
          events.push(phase);
          // A task queued now runs before recognition only if the workflow yields a turn.
          if (phase === "recognizing") setTimeout(() => events.push("painted"), 0);
        },
        onProgress: () => events.push("progress"),
      }
    );
    events.push("report");
    expect(report.summary.years).toEqual([2023, 2024, 2025]);
    expect(events).toEqual(["reading", "progress", "recognizing", "painted", "report"]);
  });

  it("rejects with workbook.aborted when cancelled while yielding before recognition", async () => {
    const controller = new AbortController();
    const read = inspectRange(
      outlookBook(),
      { sheet: "見通し", address: "A1:D7" },
      {
        signal: controller.signal,
        onPhase: (phase) => phase === "recognizing" && controller.abort(),
      }
    );
    await expect(read).rejects.toMatchObject({ code: "workbook.aborted" });
  });

  /** 2,600 rows × 20 columns under a 令和 year header: 52,000 cells, 2,599 body rows. */
  function largeBook(): MemoryWorkbook {
    const rows: CellValue[][] = [["", ...Array.from({ length: 19 }, (_, i) => `令和${i + 1}年度`)]];
    for (let r = 1; r < 2600; r += 1)
      rows.push([`項目${r}`, ...Array.from({ length: 19 }, (_, i) => r + i)]);
    return MemoryWorkbook.fromSheets([{ name: "大", rows }]);
  }
  const LARGE = { sheet: "大", address: "A1:T2600" };

  it("reports recognition progress slice by slice, from 0 with the total of cells", async () => {
    const calls: [number, number][] = [];
    const report = await inspectRange(largeBook(), LARGE, {
      onRecognizeProgress: (d, t) => calls.push([d, t]),
    });
    // Two passes × 2,599 body rows × 20 cells = 103,960 cells: 20 full 5,000-cell slices,
    // after the start report. The 10th ends 2,500 rows into the first pass:
    // 52,000 × 2,500 / 2,599 / 2 = 25,009; the 20th 2,401 rows into the second pass:
    // 52,000 × (1/2 + 2,401 / 2,599 / 2) = 50,019.
    expect(calls).toHaveLength(21);
    expect(calls[0]).toEqual([0, 52000]);
    expect(calls[10]).toEqual([25009, 52000]);
    expect(calls[20]).toEqual([50019, 52000]);
    const dones = calls.map(([d]) => d);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(calls.every(([, t]) => t === 52000)).toBe(true);
    expect(report.summary.rowLabels).toHaveLength(2599);
  });

  it("gives the event loop a turn after each recognition report", async () => {
    const events: string[] = [];
    let reports = 0;
    await inspectRange(largeBook(), LARGE, {
      onRecognizeProgress: () => {
        reports += 1;
        events.push(`progress ${reports}`);
        // A timer queued at a report runs before the next slice only if the workflow yields.
        if (reports === 1) setTimeout(() => events.push("timer"), 0);
      },
    });
    events.push("report");
    expect(events.slice(0, 3)).toEqual(["progress 1", "timer", "progress 2"]);
    expect(events.at(-1)).toBe("report");
  });

  it("honours the signal between slices, stopping mid-recognition", async () => {
    const controller = new AbortController();
    const calls: number[] = [];
    const read = inspectRange(largeBook(), LARGE, {
      signal: controller.signal,
      onRecognizeProgress: (done) => {
        calls.push(done);
        if (calls.length === 3) controller.abort();
      },
    });
    await expect(read).rejects.toMatchObject({ name: "WorkbookError", code: "workbook.aborted" });
    // Nothing more is reported after the abort: the rest of the table is never recognised.
    expect(calls).toHaveLength(3);
    expect(calls[2]).toBeLessThan(52000);
  });

  it("slices as the caller asks", async () => {
    const calls: number[] = [];
    await inspectRange(largeBook(), LARGE, {
      sliceCells: 52_000,
      onRecognizeProgress: (done) => calls.push(done),
    });
    // 103,960 cells in 52,000-cell slices: one full slice, filled by the first row of the second
    // pass (51,980 + 20 cells): 52,000 × (1/2 + 1 / 2,599 / 2) = 26,010.
    expect(calls).toEqual([0, 26010]);
  });

  it("passes on the port's error for a sheet that does not exist", async () => {
    await expect(
      inspectRange(outlookBook(), { sheet: "ない", address: "A1" })
    ).rejects.toMatchObject({ code: "workbook.noSuchSheet" });
  });
});

describe("inspectSheet", () => {
  it("inspects the used range of the sheet", async () => {
    const report = await inspectSheet(outlookBook(), "見通し");
    expect(report.ref).toEqual({ sheet: "見通し", address: "A1:D7" });
    expect(report.summary.years).toEqual([2023, 2024, 2025]);
  });

  it("rejects an empty sheet with workbook.emptyRange", async () => {
    await expect(inspectSheet(outlookBook(), "空")).rejects.toMatchObject({
      code: "workbook.emptyRange",
      params: { sheet: "空" },
    });
  });
});

describe("workbook.emptyRange", () => {
  async function messages(read: Promise<unknown>): Promise<string[]> {
    const error = await read.then(
      () => undefined,
      (e: unknown) => e
    );
    if (!(error instanceof WorkbookError)) throw new Error(`expected a WorkbookError: ${error}`);
    expect(error.code).toBe("workbook.emptyRange");
    return [formatMessage(error, "ja"), formatMessage(error, "en")];
  }

  // The three places that reject with it: no address at all (the port), a range of empty cells
  // and an empty sheet (the workflows). The message must be true of each and leave no {param}.
  it.each([
    ["no address", () => outlookBook().readRange({ sheet: "見通し", address: " " })],
    [
      "a range of empty cells",
      () => inspectRange(outlookBook(), { sheet: "見通し", address: "F1:H9" }),
    ],
    ["an empty sheet", () => inspectSheet(outlookBook(), "空")],
  ])("names the sheet and both causes for %s", async (_, read) => {
    const [ja, en] = await messages(read());
    expect(ja).toMatch(/^シート「(見通し|空)」で読み取る値が見つかりません。/);
    expect(ja).toContain("すべて空です");
    expect(en).toMatch(/^Nothing to read on sheet “(見通し|空)”/);
    expect(`${ja}${en}`).not.toMatch(/\{\w+\}/);
  });
});
