import { GRADING_PRESETS } from "../../src/core/kpi/gradingSchemes";
import { evaluateKpi } from "../../src/core/kpi/evaluateKpi";
import type { GradingScheme } from "../../src/core/kpi/types";
import { formatMessage } from "../../src/core/messages";
import { MemoryWorkbook } from "../../src/workbook/memory/MemoryWorkbook";
import {
  createKpiSheet,
  findKpiRegisters,
  generateKpiCharts,
  KPI_SCHEME_SETTING,
  kpiTableName,
  loadGradingScheme,
  loadGradingSchemeWithNote,
  readKpiRegister,
  saveGradingScheme,
} from "../../src/workflows/kpi";

const HEADER = ["No", "指標", "単位", "方向", "目標の種類", "目標年度", "目標値", "R7計画", "R7実績", "R8計画", "R8実績"];

/** A small register: two numeric rows, one with both years' actuals. */
function registerRows(): (string | number)[][] {
  return [
    HEADER,
    [1, "債券運用額", "円", "増加", "累計", "R8", 600, 300, 240, 600, ""],
    [2, "苦情件数", "件", "減少", "毎年度", "R8", 50, 50, 45, 50, 60],
  ];
}

function workbook(extra: { name: string; rows: (string | number)[][] }[] = []): MemoryWorkbook {
  return MemoryWorkbook.fromSheets([
    { name: "表紙", rows: [["行財政改革プラン"]] },
    { name: "KPI", rows: registerRows() },
    ...extra,
  ]);
}

describe("readKpiRegister", () => {
  it("recognises the register on the sheet's used range", async () => {
    const result = await readKpiRegister(workbook(), "KPI");
    if (!result.ok) throw new Error(formatMessage(result.issue));
    expect(result.register.items.map((i) => [i.row, i.no, i.indicator])).toEqual([
      [2, "1", "債券運用額"],
      [3, "2", "苦情件数"],
    ]);
    expect(result.register.fiscalYears).toEqual([2025, 2026]);
  });

  it("says a sheet without a register header is not a register, and an empty sheet too", async () => {
    const port = MemoryWorkbook.fromSheets([
      { name: "表紙", rows: [["行財政改革プラン"]] },
      { name: "空", rows: [] },
    ]);
    expect(await readKpiRegister(port, "表紙")).toEqual({
      ok: false,
      issue: { code: "kpiRegister.notRegister", params: { sheet: "表紙" } },
    });
    expect(await readKpiRegister(port, "空")).toEqual({
      ok: false,
      issue: { code: "kpiRegister.notRegister", params: { sheet: "空" } },
    });
  });

  it("skips a row whose register cell holds a formula never calculated, instead of reading it as no actual", async () => {
    const rows = registerRows();
    rows[2]![10] = "";
    const formulas = rows.map((r) => r.map(() => ""));
    formulas[2]![10] = "=SUM(X1:X3)";
    const port = MemoryWorkbook.fromSheets([{ name: "KPI", rows, formulas }]);
    const result = await readKpiRegister(port, "KPI");
    if (!result.ok) throw new Error(formatMessage(result.issue));
    expect(result.register.items.map((i) => i.no)).toEqual(["1"]);
    expect(result.register.skipped).toContainEqual({
      row: 3,
      no: "2",
      cell: "K3",
      reason: { code: "table.notCalculated", params: { text: "=SUM(X1:X3)" } },
    });
  });

  it("passes progress on and rejects when cancelled", async () => {
    const seen: number[] = [];
    await readKpiRegister(workbook(), "KPI", { onProgress: (done) => seen.push(done) });
    expect(seen.length).toBeGreaterThan(0);
    const controller = new AbortController();
    controller.abort();
    await expect(
      readKpiRegister(workbook(), "KPI", { signal: controller.signal })
    ).rejects.toMatchObject({ code: "workbook.aborted" });
  });
});

describe("findKpiRegisters", () => {
  it("lists the sheets holding a register with their indicator counts, in workbook order", async () => {
    const port = workbook([
      { name: "メモ", rows: [["指標について"]] },
      { name: "KPI2", rows: registerRows().slice(0, 2) },
      { name: "空", rows: [] },
    ]);
    expect(await findKpiRegisters(port)).toEqual([
      { sheet: "KPI", items: 2 },
      { sheet: "KPI2", items: 1 },
    ]);
  });

  it("finds nothing in a workbook without a register", async () => {
    expect(await findKpiRegisters(MemoryWorkbook.fromSheets([{ name: "a", rows: [[1]] }]))).toEqual(
      []
    );
  });
});

describe("loadGradingScheme / saveGradingScheme", () => {
  it("gives the default preset when the workbook keeps none", async () => {
    expect((await loadGradingScheme(workbook())).id).toBe("default");
    expect((await loadGradingSchemeWithNote(workbook())).note).toBeNull();
  });

  it("keeps a scheme in setting kpi.scheme and reads it back", async () => {
    const port = workbook();
    const seven = GRADING_PRESETS.find((s) => s.id === "sevenPoint")!;
    await saveGradingScheme(port, seven);
    expect(await port.getSetting(KPI_SCHEME_SETTING)).toEqual(seven);
    expect(await loadGradingScheme(port)).toEqual(seven);
  });

  it.each([
    ["a number", 42],
    ["a text", "sevenPoint"],
    ["bands that are not a list", { id: "x", name: { ja: "x", en: "x" }, basis: "yearTarget", bands: 3 }],
    ["an array", []],
  ])("falls back to the default preset with a note for a stored %s", async (_what, value) => {
    const port = workbook();
    await port.setSetting(KPI_SCHEME_SETTING, value);
    const { scheme, note } = await loadGradingSchemeWithNote(port);
    expect(scheme.id).toBe("default");
    expect(note).not.toBeNull();
    expect(() => formatMessage(note!, "en")).not.toThrow();
    expect((await loadGradingScheme(port)).id).toBe("default");
  });

  it("refuses to store a scheme the checker refuses, leaving the setting as it was", async () => {
    const port = workbook();
    const bad = { id: "", name: { ja: "", en: "" }, basis: "yearTarget", bands: [] } as unknown as GradingScheme;
    await expect(saveGradingScheme(port, bad)).rejects.toHaveProperty("code");
    expect(await port.getSetting(KPI_SCHEME_SETTING)).toBeUndefined();
  });
});

describe("createKpiSheet", () => {
  it("adds 「KPIシート」 with the template, read back as a register with no items and no error", async () => {
    const port = MemoryWorkbook.fromSheets([{ name: "表紙", rows: [["a"]] }]);
    const { sheet } = await createKpiSheet(port, { fromYear: 2025, toYear: 2029, lang: "ja" });
    expect(sheet).toBe("KPIシート");
    const result = await readKpiRegister(port, sheet);
    if (!result.ok) throw new Error(formatMessage(result.issue));
    expect(result.register.items).toEqual([]);
    expect(result.register.skipped).toEqual([]);
    expect(result.register.fiscalYears).toEqual([2025, 2026, 2027, 2028, 2029]);
    expect(await findKpiRegisters(port)).toEqual([{ sheet: "KPIシート", items: 0 }]);
  });

  it("formats the sheet: frozen header, a table over header and body, drop-downs, △ formats, widths", async () => {
    const port = MemoryWorkbook.fromSheets([{ name: "表紙", rows: [["a"]] }]);
    const { sheet } = await createKpiSheet(port, { fromYear: 2025, toYear: 2029, lang: "ja" });
    const format = port.getSheetFormat(sheet)!;
    expect(format.freezeRows).toBe(1);
    expect(format.table).toEqual({ address: "A1:AN21", name: "KPIシート" });
    // 方向 (G), 目標の種類 (H) and 状況 after the plan/actual pairs: lists over the 20 body rows.
    expect(format.validations?.map((v) => v.address)).toEqual(["G2:G21", "H2:H21", "Y2:Y21"]);
    expect(format.validations?.[0]?.list).toContain("増加");
    expect(format.numberFormats?.find((f) => f.address === "O2:O21")?.format).toBe(
      'General;"△"General'
    );
    expect(format.columnWidths?.length).toBe(40);
  });

  it("names the English sheet and a second sheet apart, each with its own table", async () => {
    const port = MemoryWorkbook.fromSheets([{ name: "表紙", rows: [["a"]] }]);
    expect((await createKpiSheet(port, { fromYear: 2025, toYear: 2026, lang: "en" })).sheet).toBe(
      "KPI sheet"
    );
    const second = await createKpiSheet(port, { fromYear: 2025, toYear: 2026, lang: "en" });
    expect(second.sheet).toBe("KPI sheet (2)");
    expect(port.getSheetFormat("KPI sheet")?.table?.name).toBe("KPI_sheet");
    expect(port.getSheetFormat("KPI sheet (2)")?.table?.name).toBe("KPI_sheet_2");
    const read = await readKpiRegister(port, "KPI sheet (2)");
    expect(read.ok && read.register.items.length).toBe(0);
  });

  it("refuses a period the template cannot make before adding any sheet", async () => {
    const port = MemoryWorkbook.fromSheets([{ name: "表紙", rows: [["a"]] }]);
    await expect(
      createKpiSheet(port, { fromYear: 2029, toYear: 2025, lang: "ja" })
    ).rejects.toMatchObject({ code: "kpiRegister.templatePeriod" });
    expect(await port.listSheets()).toEqual(["表紙"]);
  });
});

describe("kpiTableName", () => {
  it("makes a sheet name into a name Excel accepts for a table", () => {
    expect(kpiTableName("KPIシート")).toBe("KPIシート");
    expect(kpiTableName("KPIシート (3)")).toBe("KPIシート_3");
    expect(kpiTableName("A1")).toBe("_A1");
    expect(kpiTableName("1年目")).toBe("_1年目");
  });
});

describe("generateKpiCharts", () => {
  async function evaluation(port: MemoryWorkbook) {
    const result = await readKpiRegister(port, "KPI");
    if (!result.ok) throw new Error(formatMessage(result.issue));
    return evaluateKpi(result.register, { fiscalYear: 2025 });
  }

  it("draws the planned page on its own sheet; a second run replaces the first run's charts", async () => {
    const port = workbook();
    const ev = await evaluation(port);
    const progress: [number, number][] = [];
    const first = await generateKpiCharts(port, ev, {
      lang: "ja",
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(first.created).toBe(true);
    expect(first.charts.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toEqual([first.charts.length, first.charts.length]);
    const before = (await port.listCharts()).map((c) => c.key).sort();
    const second = await generateKpiCharts(port, ev, { lang: "ja" });
    expect(second.created).toBe(false);
    expect(second.sheet).toBe(first.sheet);
    expect((await port.listCharts()).map((c) => c.key).sort()).toEqual(before);
    expect(await port.listSheets()).toEqual(["表紙", "KPI", first.sheet]);
  });

  it("rejects a cancelled run before anything is drawn", async () => {
    const port = workbook();
    const ev = await evaluation(port);
    const controller = new AbortController();
    controller.abort();
    await expect(
      generateKpiCharts(port, ev, { lang: "ja", signal: controller.signal })
    ).rejects.toMatchObject({ code: "workbook.aborted" });
    expect(await port.listCharts()).toEqual([]);
    expect(await port.listSheets()).toEqual(["表紙", "KPI"]);
  });
});
