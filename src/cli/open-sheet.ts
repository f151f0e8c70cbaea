import { boxAddress, parseA1Range } from "../core/grid";
import type { RangeBox } from "../core/grid";
import { WorkbookError } from "../workbook/port";
import { checkReadSize, resolveRangeBox } from "../workbook/rangeBox";
import { MemoryWorkbook } from "../workbook/memory/MemoryWorkbook";
import { CliError } from "./cli-error";
import type { ParsedArgs } from "./parse-args";
import { loadSheet, openWorkbook } from "./load-workbook";
import { chooseSheet } from "./choose-sheet";

/**
 * The file and range of a command that reads one table (`inspect`, `check`), checked before any
 * file is opened: a typo costs no read of a large workbook. Undefined box: the used range.
 *
 * @example tableArguments(parseArgs(["inspect", "a.xlsx", "--range", "A1:C3"])) // { file: "a.xlsx", box: {…} }
 */
export function tableArguments(args: ParsedArgs): { file: string; box: RangeBox | undefined } {
  const [file, extra] = args.positional;
  if (file === undefined) throw new CliError({ code: "cli.missingFileArgument" });
  if (extra !== undefined)
    throw new CliError({ code: "cli.extraArgument", params: { argument: extra } });
  const box = args.range === undefined ? undefined : parseA1Range(args.range);
  if (box === null)
    throw new CliError({ code: "cli.badRange", params: { range: args.range ?? "" } });
  if (box) checkRange(args.range ?? "");
  return { file, box };
}

/**
 * Opens the chosen sheet of the file (only that sheet, and with a box only its cells) as a memory
 * workbook that lets go of cells once read.
 */
export async function openSheet(
  file: string,
  box: RangeBox | undefined,
  sheetArg: string | undefined
): Promise<{ port: MemoryWorkbook; sheet: string; address: string | undefined }> {
  const pkg = await openWorkbook(file);
  const info = chooseSheet(file, pkg.sheets, sheetArg);
  const port = MemoryWorkbook.fromMemorySheets([await loadSheet(file, pkg, info, box)], {
    releaseOnRead: true,
  });
  return { port, sheet: info.name, address: box === undefined ? undefined : boxAddress(box) };
}

/**
 * A1 syntax that lies outside Excel's grid (A1:XFE5) is the same mistake as a malformed range;
 * more than five million cells is refused (workbook.tooManyCells) before anything is read.
 */
export function checkRange(range: string): void {
  try {
    checkReadSize(resolveRangeBox({ sheet: "", address: range }));
  } catch (error) {
    if (error instanceof WorkbookError && error.code === "workbook.badAddress")
      throw new CliError({ code: "cli.badRange", params: { range } });
    throw error;
  }
}
