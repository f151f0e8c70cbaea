import * as ExcelJS from "exceljs";
import { MemoryWorkbook } from "../../../src/workbook/memory/MemoryWorkbook";
import { describeWorkbookPortContract, type ContractFixture } from "../portContract";

/** The fixture as a user's .xlsx file: formulas with their cached results, formats, a user rule. */
async function fixtureFile(fixture: ContractFixture): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of fixture.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = ws.getCell(r + 1, c + 1);
        const formula = sheet.formulas?.[r]?.[c];
        if (formula) cell.value = { formula: formula.slice(1), result: value, date1904: false };
        else if (value !== "") cell.value = value;
        const numFmt = sheet.numberFormats?.[r]?.[c];
        if (numFmt && numFmt !== "General" && (value !== "" || formula)) cell.numFmt = numFmt;
      })
    );
  }
  const { sheet, address, formula } = fixture.userRule;
  wb.getWorksheet(sheet)!.addConditionalFormatting({
    ref: address,
    rules: [{ type: "expression", priority: 1, formulae: [formula.slice(1)], style: {} }],
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

// The memory workbook loaded from a real .xlsx file, as the CLI and the browser host load one.
describeWorkbookPortContract("MemoryWorkbook", async (fixture) => {
  const wb = await MemoryWorkbook.fromXlsx(await fixtureFile(fixture));
  return {
    port: wb,
    select: (ref) => wb.setSelection(ref),
    protect: (name) => wb.protect(name),
    userRules: async (name) => {
      const saved = new ExcelJS.Workbook();
      await saved.xlsx.load((await wb.toXlsx()) as unknown as ArrayBuffer);
      // exceljs keeps conditional formats on the sheet model but leaves them out of its typings.
      const ws = saved.getWorksheet(name) as unknown as {
        conditionalFormattings: { rules: { formulae?: string[] }[] }[];
      };
      return ws.conditionalFormattings.flatMap((cf) =>
        cf.rules.flatMap((rule) => (rule.formulae ?? []).map((f) => `=${f}`))
      );
    },
  };
});
