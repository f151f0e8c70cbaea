import { detectCapabilities, type HostCapabilities } from "../workbook/capabilities";
import { ExcelWorkbook, type ExcelRun } from "../workbook/excel";

/** The part of the global `Office` the port needs: the host's requirement-set check. */
export interface OfficeRequirements {
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    /** The Office build ("16.0.14332.20011"), named in the reasons of the capabilities panel. */
    diagnostics?: { version?: string };
  };
}

/** The part of the global `Excel` the port needs. */
export interface ExcelRunner {
  run: ExcelRun;
}

/**
 * The workbook port inside Excel. The adapter refuses settings (ExcelApi 1.4), marks (1.6) and
 * charts (1.7) with "workbook.unsupported" only when it can ask the host which sets it has, so the
 * host's `isSetSupported` is always passed: without it an old Excel fails mid-batch instead.
 *
 * @example const port = createExcelPort(Office, Excel);
 */
export function createExcelPort(office: OfficeRequirements, excel: ExcelRunner): ExcelWorkbook {
  return new ExcelWorkbook(excel.run.bind(excel), {
    isSetSupported: (name, version) => office.context.requirements.isSetSupported(name, version),
  });
}

/**
 * What this Excel can do, asked once at start from the host's requirement sets (the
 * 「このExcelで使える機能」 panel and the gated controls).
 *
 * @example <App capabilities={excelCapabilities(Office)} … />
 */
export function excelCapabilities(office: OfficeRequirements): HostCapabilities {
  return detectCapabilities(
    (name, version) => office.context.requirements.isSetSupported(name, version),
    "excel",
    undefined,
    office.context.diagnostics?.version
  );
}
