import { inspectRange, inspectSheet } from "../workflows";
import type { InspectionReport } from "../workflows";
import { WorkbookError } from "../workbook/port";
import { CliError, EXIT } from "./cli-error";
import { openSheet, tableArguments } from "./open-sheet";
import type { ParsedArgs } from "./parse-args";
import { writePieces, type Output } from "./output";
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
  const { file, box } = tableArguments(args);
  const { port, sheet, address } = await openSheet(file, box, args.sheet);
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

function* withNewlines(lines: Iterable<string>): Generator<string> {
  for (const line of lines) yield `${line}\n`;
}
