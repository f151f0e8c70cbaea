import { auditPaper, CELL_TEXT_LIMIT, triangleFormat } from "../../../src/core/check";
import type { AuditPaperInput, Finding } from "../../../src/core/check";
import { D } from "../../../src/core/decimal";

function finding(severity: Finding["severity"], address: string, difference: string): Finding {
  return {
    kind: "sum",
    severity,
    address,
    cells: [address, "B4", "B5"],
    printed: new D("-1234.5"),
    expected: new D("-1240"),
    difference: new D(difference),
    tolerance: { lo: new D("-1"), hi: new D("1") },
    rule: { id: `sum:${address}`, text: "=合計 + 1" },
    rules: [{ id: `sum:${address}`, text: "=合計 + 1" }],
    fiscalYears: [2024],
    message: {
      code: "check.rounding",
      params: { cell: address, difference, lo: "-1", hi: "1", rule: "r" },
    },
  };
}

const input = (extra: Partial<AuditPaperInput> = {}): AuditPaperInput => ({
  workbookName: "見通し.xlsx",
  sheet: "表1",
  address: "A1:G15",
  checkedAt: "2026-12-01 18:30",
  unit: "千円",
  rounding: {
    method: "down",
    basis: "detected",
    holdsHalfUp: 1,
    holdsDown: 2,
    compared: 2,
    leanDown: 2,
    leanAgainst: 0,
  },
  findings: [finding("note", "C6", "0.5"), finding("error", "D6", "5.5")],
  rules: [{ id: "sum:A6", text: "=合計", source: "user", enabled: false }],
  lang: "ja",
  ...extra,
});

describe("auditPaper", () => {
  it("is rectangular with a format per cell", () => {
    const paper = auditPaper(input());
    const width = paper.values[0]!.length;
    expect(paper.values.every((r) => r.length === width)).toBe(true);
    expect(paper.numberFormats).toHaveLength(paper.values.length);
    expect(paper.numberFormats.every((r) => r.length === width)).toBe(true);
    expect(paper.columnWidths).toHaveLength(width);
  });

  it("records the rounding found and the counts by severity", () => {
    const rows = auditPaper(input()).values.map((r) => r.filter((v) => v !== null));
    expect(rows).toContainEqual(["端数処理", "切り捨て（表の数値から判定）"]);
    expect(rows).toContainEqual(["指摘の件数", "誤り", 1]);
    expect(rows).toContainEqual(["指摘の件数", "要確認", 0]);
    expect(rows).toContainEqual(["指摘の件数", "端数", 1]);
  });

  it("lists errors before rounding notes, figures as numbers under △ formats and texts as strings", () => {
    const paper = auditPaper(input());
    const at = paper.values.findIndex((r) => r[2] === "D6");
    expect(at).toBeLessThan(paper.values.findIndex((r) => r[2] === "C6"));
    expect(paper.values[at]).toEqual([
      "誤り",
      "合計",
      "D6",
      "D6, B4, B5",
      -1234.5,
      -1240,
      5.5,
      -1,
      1,
      "=合計 + 1",
      expect.stringContaining("D6"),
    ]);
    expect(paper.numberFormats[at]!.slice(4, 9)).toEqual([
      '#,##0.0;"△"#,##0.0',
      '#,##0;"△"#,##0',
      '#,##0.0;"△"#,##0.0',
      '#,##0;"△"#,##0',
      '#,##0;"△"#,##0',
    ]);
    const rule = paper.values.find((r) => r[0] === "sum:A6");
    expect(rule?.slice(0, 4)).toEqual(["sum:A6", "=合計", "利用者", "無効"]);
  });

  it("writes English labels, says when there is no finding and how many were left out", () => {
    const rows = auditPaper(
      input({
        lang: "en",
        findings: [],
        omittedFindings: 3,
        unit: null,
        workbookName: "plan.xlsx",
        sheet: "Plan",
        rules: [{ id: "sum:A6", text: "Total = A + B", source: "inferred", enabled: true }],
      })
    ).values;
    const texts = rows.flat().filter((v): v is string => typeof v === "string");
    expect(texts).toContain("Check working paper");
    expect(texts).toContain("No findings.");
    expect(texts).toContain("(none shown)");
    expect(texts).toContain("3 more findings are not listed: they exceeded the stored limit.");
    expect(texts.join("")).not.toMatch(/[\u3040-\u30ff]|検算|誤り/);
  });

  it("cuts a text longer than a cell holds", () => {
    const long = finding("error", "D6", "5");
    long.cells = Array.from({ length: 10_000 }, (_, i) => `B${i + 1}`);
    const row = auditPaper(input({ findings: [long] })).values.find((r) => r[2] === "D6")!;
    expect((row[3] as string).length).toBe(CELL_TEXT_LIMIT);
    expect((row[3] as string).endsWith("…")).toBe(true);
  });
});

describe("triangleFormat", () => {
  it("shows thousands and the decimals with △ for negatives", () => {
    expect(triangleFormat(0)).toBe('#,##0;"△"#,##0');
    expect(triangleFormat(3)).toBe('#,##0.000;"△"#,##0.000');
  });
});
