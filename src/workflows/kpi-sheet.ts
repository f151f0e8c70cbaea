import { columnLetters } from "../core/grid";
import { formatMessage } from "../core/messages";
import type { Language } from "../core/messages";
import { checkTemplatePeriod, kpiSheetTemplate } from "../core/kpi/kpiSheetTemplate";
import { isTableName } from "../workbook/ownedSheets";
import { WorkbookError } from "../workbook/port";
import type { SheetFormat, WorkbookPort } from "../workbook/port";

/** Other names tried when the workbook already has a table of the sheet's name. */
const TABLE_NAME_TRIES = 10;

/**
 * The Excel table's name for a sheet: the sheet name with what a table name cannot hold
 * (spaces, brackets) as "_" ("KPIシート (2)" → "KPIシート_2"), "_" first when it would read as a
 * cell reference.
 */
export function kpiTableName(sheet: string): string {
  const cleaned = sheet
    .replace(/\s*\((\d+)\)$/, "_$1")
    .replace(/[^\p{L}\p{N}_.]/gu, "_")
    .slice(0, 200);
  return isTableName(cleaned) ? cleaned : `_${cleaned}`;
}

/**
 * 「KPIシートを作成」: adds a sheet the add-in owns (「KPIシート」, or "KPI sheet" in English; made
 * unique when taken), writes the register template for the plan period (core's kpiSheetTemplate:
 * headers, empty rows) and formats it: frozen header, an Excel table over header and body,
 * drop-down lists for 方向 / 目標の種類 / 状況, △ number formats, column widths. The sheet reads
 * back as a register with no items yet. A period the template refuses (to before from, more than
 * 20 years) rejects with WorkbookError "kpiRegister.templatePeriod" before anything is added.
 *
 * @example await createKpiSheet(port, { fromYear: 2025, toYear: 2029, lang: "ja" }) // { sheet: "KPIシート" }
 */
export async function createKpiSheet(
  port: WorkbookPort,
  options: { fromYear: number; toYear: number; lang: Language }
): Promise<{ sheet: string }> {
  const { fromYear, toYear, lang } = options;
  const problem = checkTemplatePeriod(fromYear, toYear);
  if (problem) throw new WorkbookError(problem.code, problem.params ?? {});
  const template = kpiSheetTemplate(fromYear, toYear, lang);
  const sheet = await port.addSheet(formatMessage("kpiCli.newSheetName", lang));
  const values = [...template.header, ...template.body];
  await port.writeCells({ sheet, address: "A1" }, values);
  const width = template.header.reduce((w, row) => Math.max(w, row.length), 0);
  const headerRows = template.header.length;
  const lastRow = values.length;
  const bodyBox = (column: number) => {
    const letters = columnLetters(column);
    return `${letters}${headerRows + 1}:${letters}${Math.max(lastRow, headerRows + 1)}`;
  };
  const format: SheetFormat = {
    freezeRows: template.freezeRows,
    validations: template.validations.map((v) => ({ address: bodyBox(v.column), list: v.list })),
    numberFormats: template.numberFormats.map((f) => ({
      address: bodyBox(f.column),
      format: f.format,
    })),
    columnWidths: template.columnWidths,
  };
  const tableBox = `A${headerRows}:${columnLetters(width - 1)}${lastRow}`;
  const base = kpiTableName(sheet);
  for (let k = 1; ; k += 1) {
    const name = k === 1 ? base : `${base}_${k}`;
    try {
      await port.formatOwnSheet(sheet, { ...format, table: { address: tableBox, name } });
      return { sheet };
    } catch (error) {
      // A table of this name exists elsewhere in the workbook (the user's own): try the next.
      if (
        !(error instanceof WorkbookError && error.code === "workbook.tableNameTaken") ||
        k >= TABLE_NAME_TRIES
      )
        throw error;
    }
  }
}
