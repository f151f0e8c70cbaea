import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { CheckJson } from "../../src/cli/format-check";
import { runMain } from "./runMain";

const dir = mkdtempSync(join(tmpdir(), "zaisei-hidden-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A 百万円 table whose 合計 counts a member row the user has hidden (row 5, 特別交付税). */
async function tableWithHiddenRow(total2022: number): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("見通し");
  ws.addRows([
    ["単位:百万円"],
    ["", "令和3年度", "令和4年度"],
    ["市税", 4_737, 4_954],
    ["普通交付税", 6_411, 6_192],
    ["特別交付税", 1_000, 1_000],
    ["歳入合計", 12_148, total2022],
  ]);
  ws.getRow(5).hidden = true;
  const file = join(dir, `hidden-${total2022}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

describe("main check with a hidden row", () => {
  it("counts the hidden member in the total, as Excel's SUM does", async () => {
    const { code, stdout } = await runMain("check", await tableWithHiddenRow(12_146), "--json");
    const doc = JSON.parse(stdout) as CheckJson;
    expect(code).toBe(0);
    expect(doc.findings).toEqual([]);
    expect(doc.rules.map((r) => r.text)).toContain("歳入合計 = 市税 + 普通交付税 + 特別交付税");
  });

  it("finds a total that leaves the hidden member out", async () => {
    const { code, stdout } = await runMain("check", await tableWithHiddenRow(11_146), "--json");
    const doc = JSON.parse(stdout) as CheckJson;
    expect(code).toBe(1);
    expect(doc.findings.map((f) => [f.severity, f.cell, f.difference])).toEqual([
      ["error", "見通し!C6", "-1000"],
    ]);
  });
});
