import { readFileSync } from "fs";
import { join } from "path";
import { checkTable } from "../../../src/core/check";
import { recognizeTable } from "../../../src/core/table";
import { MemoryWorkbook } from "../../../src/workbook/memory";

async function sampleGrid(file: string) {
  const wb = await MemoryWorkbook.fromXlsx(
    readFileSync(join(__dirname, "../../../assets/samples", file))
  );
  const [sheet] = await wb.listSheets();
  return (await wb.readUsedRange(sheet!))!;
}

// The sample workbooks hold the same 氷見 tables as Excel numbers under their number formats.
describe("checkTable on the sample workbooks read through the memory workbook", () => {
  it("finds the same 特定目的基金残高 gaps in himi-fiscal-outlook.xlsx", async () => {
    const r = checkTable(recognizeTable(await sampleGrid("himi-fiscal-outlook.xlsx")));
    expect(
      r.findings.map((f) => [f.severity, f.difference?.toFixed(), f.fiscalYears.length])
    ).toEqual([
      ["confirm", "300", 1],
      ["confirm", "400", 9],
    ]);
  });

  it("finds the same two 職員数 averages in himi-peer-staffing.xlsx", async () => {
    const r = checkTable(recognizeTable(await sampleGrid("himi-peer-staffing.xlsx")));
    expect(
      r.findings
        .filter((f) => f.severity !== "note")
        .map((f) => [f.kind, f.printed?.toFixed(), f.expected?.toFixed()])
    ).toEqual([
      ["average", "290", "284.5"],
      ["average", "385", "370.375"],
    ]);
  });
});
