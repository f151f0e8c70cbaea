import { readFileSync } from "fs";
import { join } from "path";
import {
  CHECK_RULES_SETTING,
  LAST_CHECK_SETTING,
  checkTableInWorkbook,
  clearCheckMarks,
  loadCheckRules,
  markFindings,
  writeAuditPaper,
  loadLastCheck,
  saveCheckRules,
} from "../../src/workflows";
import type { CheckRequest } from "../../src/workflows";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { WorkbookError } from "../../src/workbook/port";

const OUTLOOK = "中長期財政見通し";
const PEERS = "類似団体職員数";

async function sample(file: string): Promise<MemoryWorkbook> {
  return MemoryWorkbook.fromXlsx(readFileSync(join(__dirname, "../../assets/samples", file)));
}

const clock = () => new Date("2026-12-01T09:30:00.000Z");
const sheetRequest = (sheet: string, extra: Partial<CheckRequest> = {}): CheckRequest => ({
  target: { kind: "sheet", sheet },
  lang: "ja",
  now: clock,
  ...extra,
});

describe("checkTableInWorkbook", () => {
  it("finds the 特定目的基金残高 gaps of the fiscal outlook sample (要確認, 300 in R3, 400 in R4–R12)", async () => {
    const report = await checkTableInWorkbook(
      await sample("himi-fiscal-outlook.xlsx"),
      sheetRequest(OUTLOOK)
    );
    expect(report.ref).toEqual({ sheet: OUTLOOK, address: report.inspection.ref.address });
    expect(
      report.result.findings.map((f) => [
        f.severity,
        f.address,
        f.difference?.toFixed(),
        f.fiscalYears,
      ])
    ).toEqual([
      ["confirm", "C30", "300", [2021]],
      ["confirm", "D30", "400", [2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]],
    ]);
    expect(report.inspection.summary.unit).toBe("百万円");
    expect(report.rules).toEqual({ userRules: [], disabledRules: [] });
  });

  it("finds the two 職員数 averages of the peer sample (G12 290 vs 284.5, I12 385 vs 370.375)", async () => {
    const report = await checkTableInWorkbook(
      await sample("himi-peer-staffing.xlsx"),
      sheetRequest(PEERS)
    );
    expect(
      report.result.findings
        .filter((f) => f.severity !== "note")
        .map((f) => [f.severity, f.address, f.printed?.toFixed(), f.expected?.toFixed()])
    ).toEqual([
      ["error", "G12", "290", "284.5"],
      ["error", "I12", "385", "370.375"],
    ]);
  });

  it("checks a range or the selection, reporting the range read", async () => {
    const wb = await sample("himi-fiscal-outlook.xlsx");
    const report = await checkTableInWorkbook(wb, {
      target: { kind: "range", ref: { sheet: OUTLOOK, address: "A1:L31" } },
      lang: "en",
    });
    expect(report.ref).toEqual({ sheet: OUTLOOK, address: "A1:L31" });
    expect(report.result.findings).toHaveLength(2);
    const selected = await checkTableInWorkbook(wb, { target: { kind: "selection" }, lang: "en" });
    expect(selected.ref.sheet).toBe(OUTLOOK);
  });

  it("uses the rules saved for the sheet the next time: a user rule adds findings, a disabled rule gives none", async () => {
    const wb = await sample("himi-fiscal-outlook.xlsx");
    // Without 特別交付税 and the rest, the printed 歳入合計(A) cannot be the sum.
    await saveCheckRules(wb, OUTLOOK, {
      userRules: ["歳入合計(A) = 市税 + 譲与税、交付金"],
      disabledRules: ["fundRollForward:A30"],
    });
    const report = await checkTableInWorkbook(wb, sheetRequest(OUTLOOK));
    expect(report.rules.disabledRules).toEqual(["fundRollForward:A30"]);
    expect(report.result.findings.some((f) => f.rule.id === "fundRollForward:A30")).toBe(false);
    const user = report.result.rules.find((r) => r.source === "user");
    expect(user?.text).toContain("歳入合計(A)");
    expect(report.result.findings.filter((f) => f.severity === "error").length).toBeGreaterThan(0);
    expect(report.result.findings.every((f) => f.rule.id === user?.id)).toBe(true);
  });

  it("lets request.rules override the saved rules (the CLI's --rules)", async () => {
    const wb = await sample("himi-fiscal-outlook.xlsx");
    await saveCheckRules(wb, OUTLOOK, { userRules: [], disabledRules: ["fundRollForward:A30"] });
    const report = await checkTableInWorkbook(
      wb,
      sheetRequest(OUTLOOK, { rules: { userRules: [], disabledRules: [] } })
    );
    expect(report.result.findings).toHaveLength(2);
  });

  it("keeps the last check in the workbook and reads it back with its findings and rules", async () => {
    const wb = await sample("himi-fiscal-outlook.xlsx");
    const report = await checkTableInWorkbook(wb, sheetRequest(OUTLOOK));
    const last = await loadLastCheck(wb);
    expect(last?.ref).toEqual(report.ref);
    expect(last?.checkedAt).toBe("2026-12-01T09:30:00.000Z");
    expect(last?.findings.map((f) => [f.address, f.cells, f.difference?.toFixed()])).toEqual(
      report.result.findings.map((f) => [f.address, f.cells, f.difference?.toFixed()])
    );
    expect(last?.findings[1]?.message).toEqual(report.result.findings[1]?.message);
    expect(last?.rules).toEqual(
      report.result.rules.map((r) => ({
        id: r.id,
        text: r.text,
        source: r.source,
        enabled: r.enabled,
      }))
    );
  });

  it("reports progress by phase and stops when aborted", async () => {
    const wb = await sample("himi-fiscal-outlook.xlsx");
    const phases: string[] = [];
    await checkTableInWorkbook(
      wb,
      sheetRequest(OUTLOOK, { onProgress: (p) => phases.push(p.phase) })
    );
    expect([...new Set(phases)]).toEqual(["reading", "analyzing", "checking"]);
    const controller = new AbortController();
    const aborted = checkTableInWorkbook(
      wb,
      sheetRequest(OUTLOOK, {
        signal: controller.signal,
        onProgress: (p) => p.phase === "analyzing" && controller.abort(),
      })
    );
    await expect(aborted).rejects.toMatchObject({ code: "workbook.aborted" });
  });

  it("rejects an empty sheet with workbook.emptyRange and stores nothing", async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: "空", rows: [] }]);
    await expect(checkTableInWorkbook(wb, sheetRequest("空"))).rejects.toBeInstanceOf(
      WorkbookError
    );
    expect(await loadLastCheck(wb)).toBeNull();
  });
});

describe("loadCheckRules", () => {
  it("reads a sheet's rules whatever the case of its name, and nothing for another sheet", async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: "Table", rows: [] }]);
    await saveCheckRules(wb, "Table", { userRules: ["A = B + C"], disabledRules: ["sum:A9"] });
    expect(await loadCheckRules(wb, "table")).toEqual({
      userRules: ["A = B + C"],
      disabledRules: ["sum:A9"],
    });
    expect(await loadCheckRules(wb, "Other")).toEqual({ userRules: [], disabledRules: [] });
  });

  it("drops a crafted setting: wrong types, huge lists and overlong texts read as no rules", async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: "T", rows: [] }]);
    const cases: unknown[] = [
      "rules",
      [],
      { T: { userRules: "=HYPERLINK()", disabledRules: [] } },
      { T: { userRules: Array.from({ length: 1_001 }, () => "A = B"), disabledRules: [] } },
      { T: null },
    ];
    for (const value of cases) {
      await wb.setSetting(CHECK_RULES_SETTING, value);
      expect(await loadCheckRules(wb, "T")).toEqual({ userRules: [], disabledRules: [] });
    }
    await wb.setSetting(CHECK_RULES_SETTING, {
      T: { userRules: ["A = B", 3, "x".repeat(2_001), ""], disabledRules: [{}] },
    });
    expect(await loadCheckRules(wb, "T")).toEqual({ userRules: ["A = B"], disabledRules: [] });
  });
});

describe("saveCheckRules", () => {
  it("keeps the other sheets' rules and removes a sheet's entry when its lists are empty", async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: "T", rows: [] }]);
    await saveCheckRules(wb, "A", { userRules: ["X = Y"], disabledRules: [] });
    await saveCheckRules(wb, "B", { userRules: [], disabledRules: ["sum:A3"] });
    await saveCheckRules(wb, "A", { userRules: [], disabledRules: [] });
    expect(await wb.getSetting(CHECK_RULES_SETTING)).toEqual({
      B: { userRules: [], disabledRules: ["sum:A3"] },
    });
  });
});

describe("loadLastCheck", () => {
  it("is null without a stored check or with one of another shape", async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: "T", rows: [] }]);
    expect(await loadLastCheck(wb)).toBeNull();
    await wb.setSetting(LAST_CHECK_SETTING, { v: 2 });
    expect(await loadLastCheck(wb)).toBeNull();
  });
});

describe("markFindings", () => {
  it("marks each finding's cell in the group check with its severity, replacing the last marks only", async () => {
    const wb = await sample("himi-fiscal-outlook.xlsx");
    await wb.setMarks("kpi", [{ sheet: OUTLOOK, address: "B5", severity: "note" }]);
    await wb.setMarks("check", [{ sheet: OUTLOOK, address: "A1", severity: "error" }]);
    const report = await checkTableInWorkbook(wb, sheetRequest(OUTLOOK));
    await markFindings(wb, report);
    const marks = await wb.listMarks();
    // C30 (R3, 300) and the one finding for R4–R12 (400 every year): each of its years' cells.
    expect(marks.filter((m) => m.group === "check")).toEqual(
      ["C30", "D30", "E30", "F30", "G30", "H30", "I30", "J30", "K30", "L30"].map((address) => ({
        group: "check",
        sheet: OUTLOOK,
        address,
        severity: "confirm",
      }))
    );
    expect(marks.filter((m) => m.group === "kpi")).toHaveLength(1);
  });

  it("marks the findings of the stored last check", async () => {
    const wb = await sample("himi-peer-staffing.xlsx");
    await checkTableInWorkbook(wb, sheetRequest(PEERS));
    await markFindings(wb, (await loadLastCheck(wb))!);
    const marked = (await wb.listMarks()).filter((m) => m.severity === "error");
    expect(marked.map((m) => m.address)).toEqual(["G12", "I12"]);
  });

  it("rejects on a protected sheet and marks nothing", async () => {
    const wb = await sample("himi-fiscal-outlook.xlsx");
    const report = await checkTableInWorkbook(wb, sheetRequest(OUTLOOK));
    wb.protect(OUTLOOK);
    await expect(markFindings(wb, report)).rejects.toMatchObject({
      code: "workbook.sheetProtected",
    });
    expect(await wb.listMarks()).toEqual([]);
  });
});

describe("clearCheckMarks", () => {
  it("removes the check's marks and leaves the KPI marks", async () => {
    const wb = await sample("himi-fiscal-outlook.xlsx");
    await wb.setMarks("kpi", [{ sheet: OUTLOOK, address: "B5", severity: "note" }]);
    await markFindings(wb, await checkTableInWorkbook(wb, sheetRequest(OUTLOOK)));
    expect(await clearCheckMarks(wb)).toBe(10); // C30 and the nine years D30–L30
    expect((await wb.listMarks()).map((m) => m.group)).toEqual(["kpi"]);
  });
});

describe("writeAuditPaper", () => {
  const meta = {
    checkedAt: new Date(2026, 11, 1, 18, 30),
    workbookName: "himi-fiscal-outlook.xlsx",
  };

  it("writes the working paper to a new sheet: names, range, time, counts, findings and rules", async () => {
    const wb = await sample("himi-fiscal-outlook.xlsx");
    const report = await checkTableInWorkbook(wb, sheetRequest(OUTLOOK));
    const name = await writeAuditPaper(wb, report, { ...meta, lang: "ja" });
    expect(name).toBe("検算調書");
    expect(await wb.listSheets()).toEqual([OUTLOOK, "検算調書"]);
    const grid = (await wb.readUsedRange(name))!;
    const rows = grid.values.map((r) => r.filter((v) => v !== ""));
    expect(rows.slice(0, 6)).toEqual([
      ["検算調書"],
      ["ブック", "himi-fiscal-outlook.xlsx"],
      ["シート", OUTLOOK],
      ["検算した範囲", report.ref.address],
      ["検算日時", "2026-12-01 18:30"],
      ["単位", "百万円"],
    ]);
    expect(rows).toContainEqual(["指摘の件数", "要確認", 2]);
    const finding = rows.find((r) => r[2] === "C30")!;
    expect(finding.slice(0, 9)).toEqual([
      "要確認",
      "基金残高",
      "C30",
      "C30, B30, C23, C24",
      2297,
      1997,
      300,
      -1.5,
      1.5,
    ]);
    expect(rows).toContainEqual([
      "fundRollForward:A30",
      expect.stringContaining("特定目的基金残高[t]"),
      "推定",
      "有効",
    ]);
    // Figures are numbers under a △ format.
    const r = grid.values.findIndex((row) => row[2] === "C30");
    expect(grid.numberFormats?.[r]?.[7]).toBe('#,##0.0;"△"#,##0.0');
  });

  it("writes a rule starting with = as text and takes a new name when the paper exists", async () => {
    const wb = await sample("himi-fiscal-outlook.xlsx");
    const report = await checkTableInWorkbook(wb, sheetRequest(OUTLOOK));
    const crafted = {
      ...report,
      result: {
        ...report.result,
        rules: [{ ...report.result.rules[0]!, id: '=HYPERLINK("http://x")', text: "=1+1" }],
      },
    };
    await writeAuditPaper(wb, report, { ...meta, lang: "en" });
    const name = await writeAuditPaper(wb, crafted, { ...meta, lang: "en" });
    expect(name).toBe("Check paper (2)");
    const grid = (await wb.readUsedRange(name, { formulas: true }))!;
    const row = grid.values.findIndex((v) => v[1] === "=1+1");
    expect(row).toBeGreaterThan(0);
    expect(grid.values[row]![0]).toBe('=HYPERLINK("http://x")');
    expect(grid.formulas?.[row]?.every((f) => f === "")).toBe(true);
  });
});
