import { boxAddress, parseA1Range } from "../core/grid";
import { inspectRange, inspectSheet } from "../workflows";
import type { InspectionReport } from "../workflows";
import { WorkbookError } from "../workbook/port";
import { CliError, EXIT } from "./cli-error";
import type { ParsedArgs } from "./parse-args";
import type { Output } from "./output";
import { loadWorkbook } from "./load-workbook";
import { inspectionJson } from "./inspection-json";
import { formatInspection } from "./format-inspection";

/**
 * `zaisei inspect <file.xlsx> [--sheet NAME] [--range A1:M40] [--json]`: reads the table and
 * prints what was recognised. Default sheet: the first; default range: its used range.
 * Reads only; the file is never written.
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
  const port = await loadWorkbook(file);
  const sheets = await port.listSheets();
  const sheet = args.sheet ?? sheets[0];
  if (sheet === undefined || !sheets.includes(sheet)) {
    throw new CliError({
      code: "cli.noSuchSheet",
      params: { sheet: sheet ?? "", sheets: sheets.join(", ") },
    });
  }
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
    // A1 syntax that lies outside Excel's grid (A1:XFE5) is the same mistake as a malformed range.
    if (error instanceof WorkbookError && error.code === "workbook.badAddress") {
      throw new CliError({ code: "cli.badRange", params: { range: args.range ?? "" } });
    }
    throw error;
  }
  const json = inspectionJson(file, report, args.lang);
  out.stdout.write(
    args.json
      ? `${JSON.stringify(json, null, 2)}\n`
      : `${formatInspection(report, json, args.lang).join("\n")}\n`
  );
  return EXIT.ok;
}
