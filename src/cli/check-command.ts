import { checkTableInWorkbook } from "../workflows";
import type { CheckReport } from "../workflows";
import { WorkbookError } from "../workbook/port";
import { CliError, EXIT, EXIT_FINDINGS } from "./cli-error";
import type { ParsedArgs } from "./parse-args";
import { writePieces, type Output } from "./output";
import { openSheet, tableArguments } from "./open-sheet";
import { readRulesFile, rulesFileProblem } from "./rules-file";
import { checkJson, checkLines } from "./format-check";

/**
 * `zaisei check <file.xlsx> [--sheet NAME] [--range A1:M40] [--rules FILE] [--json]`: checks the
 * table as the task pane's 検算 does and prints the findings and the rules. Exit 0 when no
 * finding is an error or to confirm (rounding notes allowed), 1 when one is, 2 for bad input
 * (a rules line the checker cannot read names its line and position). Reads only; the file is
 * never written. The workbook's own saved rules are used unless --rules is given.
 *
 * @example await checkCommand(parseArgs(["check", "a.xlsx", "--json"]), io) // 1
 */
export async function checkCommand(args: ParsedArgs, out: Output): Promise<number> {
  const { file, box } = tableArguments(args);
  // The rules file is read before the workbook: a missing file costs no read of a large workbook.
  const rulesFile = args.rules === undefined ? undefined : await readRulesFile(args.rules);
  const { port, sheet, address } = await openSheet(file, box, args.sheet);
  let report: CheckReport;
  try {
    report = await checkTableInWorkbook(port, {
      target:
        address === undefined
          ? { kind: "sheet", sheet }
          : { kind: "range", ref: { sheet, address } },
      rules: rulesFile?.settings,
      lang: args.lang,
    });
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
  const problem = rulesFile ? rulesFileProblem(rulesFile, report, args.lang) : null;
  if (problem) throw new CliError(problem);
  await writePieces(
    out.stdout,
    args.json
      ? [`${JSON.stringify(checkJson(report, args.lang), null, 2)}\n`]
      : Array.from(checkLines(report, args.lang), (line) => `${line}\n`)
  );
  const serious = report.result.findings.some((f) => f.severity !== "note");
  return serious ? EXIT_FINDINGS : EXIT.ok;
}
