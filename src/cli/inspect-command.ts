import { boxAddress, parseA1Range } from "../core/grid";
import { inspectRange, inspectSheet } from "../workflows";
import type { InspectionReport } from "../workflows";
import { WorkbookError } from "../workbook/port";
import { checkReadSize, resolveRangeBox } from "../workbook/rangeBox";
import { MemoryWorkbook } from "../workbook/memory/MemoryWorkbook";
import { CliError, EXIT } from "./cli-error";
import type { ParsedArgs } from "./parse-args";
import { writePieces, type Output } from "./output";
import { loadSheet, openWorkbook } from "./load-workbook";
import { chooseSheet } from "./choose-sheet";
import { inspectionJsonPieces } from "./inspection-json";
import { inspectionLines } from "./format-inspection";

/**
 * `zaisei inspect <file.xlsx> [--sheet NAME] [--range A1:M40] [--json]`: reads the table and
 * prints what was recognised. Default sheet: the first visible one; default range: its used
 * range. Reads only; the file is never written. Only the sheet read is loaded, and with a range
 * only the cells inside it. The output is written piece by piece (five million cells in JSON).
 *
 * @example await inspectCommand(parseArgs(["inspect", "a.xlsx", "--json"]), io) // 0
 */
export async function inspectCommand(args: ParsedArgs, out: Output): Promise<number> {
  const [file, extra] = args.positional;
  if (file === undefined) throw new CliError({ code: "cli.missingFileArgument" });
  if (extra !== undefined)
    throw new CliError({ code: "cli.extraArgument", params: { argument: extra } });
  // The range is checked before the file is opened: a typo costs no read of a large workbook.
  const box = args.range === undefined ? undefined : parseA1Range(args.range);
  if (box === null)
    throw new CliError({ code: "cli.badRange", params: { range: args.range ?? "" } });
  if (box) checkRange(args.range ?? "");
  const pkg = await openWorkbook(file);
  const info = chooseSheet(file, pkg.sheets, args.sheet);
  const sheet = info.name;
  const port = MemoryWorkbook.fromMemorySheets([await loadSheet(file, pkg, info, box)], {
    releaseOnRead: true,
  });
  const address = box === undefined ? undefined : boxAddress(box);
  let report: InspectionReport;
  try {
    report =
      address === undefined
        ? await inspectSheet(port, sheet, { lang: args.lang })
        : await inspectRange(port, { sheet, address }, { lang: args.lang });
  } catch (error) {
    if (error instanceof WorkbookError && error.code === "workbook.emptyRange") {
      throw new CliError(
        address === undefined
          ? { code: "cli.emptySheet", params: { sheet } }
          : { code: "cli.emptyRange", params: { sheet, range: address } }
      );
    }
    throw error;
  }
  await writePieces(
    out.stdout,
    args.json
      ? inspectionJsonPieces(file, report, args.lang)
      : withNewlines(inspectionLines(report, args.lang))
  );
  return EXIT.ok;
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

function* withNewlines(lines: Iterable<string>): Generator<string> {
  for (const line of lines) yield `${line}\n`;
}
