import { parseFiscalYear } from "../core/calendar";
import { formatMessage } from "../core/messages";
import { planKpiCharts } from "../core/chart/planKpiCharts";
import { defaultEvaluationYear, evaluateKpi } from "../core/kpi/evaluateKpi";
import type { KpiRegister } from "../core/kpi/types";
import { MemoryWorkbook } from "../workbook/memory/MemoryWorkbook";
import { loadGradingSchemeWithNote, readKpiRegister } from "../workflows/kpi";
import { CliError, EXIT, EXIT_ATTENTION } from "./cli-error";
import type { ParsedArgs } from "./parse-args";
import { writePieces, type Output } from "./output";
import { chooseSheet, MAX_LISTED_SHEETS } from "./choose-sheet";
import { loadSheet, openWorkbook } from "./load-workbook";
import { kpiJson, kpiLines, yearLabel, yearRange } from "./format-kpi";
import type { XlsxPackage } from "./xlsx/xlsx-package";

/** The year asked for with --year (R8, 令和8年度, 2026), read before any file is opened. */
function askedYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const read = parseFiscalYear(text);
  if (!read.ok) throw new CliError({ code: "kpiCli.badYear", params: { year: text } });
  return read.fiscalYear;
}

/** Opens one sheet as a memory workbook that lets go of its cells once read. */
async function openOne(file: string, pkg: XlsxPackage, name: string): Promise<MemoryWorkbook> {
  const info = pkg.sheets.find((s) => s.name === name)!;
  return MemoryWorkbook.fromMemorySheets([await loadSheet(file, pkg, info)], {
    releaseOnRead: true,
  });
}

/**
 * The register: the named sheet (not a register → its reason, exit 2), or without --sheet the
 * first sheet (visible ones first, never a very hidden one) that holds a register.
 */
async function findRegister(
  file: string,
  sheetArg: string | undefined
): Promise<{ port: MemoryWorkbook; register: KpiRegister }> {
  const pkg = await openWorkbook(file);
  if (sheetArg !== undefined) {
    const info = chooseSheet(file, pkg.sheets, sheetArg);
    const port = await openOne(file, pkg, info.name);
    const result = await readKpiRegister(port, info.name);
    if (!result.ok) throw new CliError(result.issue);
    return { port, register: result.register };
  }
  const candidates = [
    ...pkg.sheets.filter((s) => s.visibility === "visible"),
    ...pkg.sheets.filter((s) => s.visibility === "hidden"),
  ];
  for (const info of candidates) {
    const port = await openOne(file, pkg, info.name);
    const result = await readKpiRegister(port, info.name);
    if (result.ok) return { port, register: result.register };
  }
  const names = pkg.sheets.slice(0, MAX_LISTED_SHEETS).map((s) => s.name);
  if (pkg.sheets.length > names.length) names.push("…");
  throw new CliError({
    code: "kpiCli.noRegisterInFile",
    params: { file, sheets: names.join(", ") },
  });
}

/**
 * `zaisei kpi <file.xlsx> [--sheet NAME] [--year R8] [--json] [--lang en]`: reads the KPI register
 * (the named sheet, or the first sheet holding one), evaluates every row for the year (default:
 * the latest year with any actual, else the first plan year) with the grading scheme the workbook
 * keeps (the default preset otherwise), and prints the rows, the skipped rows with their reasons,
 * the summary by status and テーマ and the chart plans. Exit 0 when no row needs attention, 1 when
 * a row is graded as needing attention (遅れ …) or could not be read, 2 for input the user can fix
 * (no register on the sheet or in the file, a year that is not one or not in the register).
 * Reads only; the file is never written.
 *
 * @example await kpiCommand(parseArgs(["kpi", "a.xlsx", "--year", "R8", "--json"]), io) // 1
 */
export async function kpiCommand(args: ParsedArgs, out: Output): Promise<number> {
  const [file, extra] = args.positional;
  if (file === undefined) throw new CliError({ code: "cli.missingFileArgument" });
  if (extra !== undefined)
    throw new CliError({ code: "cli.extraArgument", params: { argument: extra } });
  const asked = askedYear(args.year);
  const { port, register } = await findRegister(file, args.sheet);
  if (register.fiscalYears.length === 0)
    throw new CliError({ code: "kpiCli.noYears", params: { sheet: register.sheet } });
  if (asked !== undefined && !register.fiscalYears.includes(asked))
    throw new CliError({
      code: "kpiCli.yearOutside",
      params: {
        year: yearLabel(asked, args.lang),
        sheet: register.sheet,
        years: yearRange(register.fiscalYears, args.lang),
      },
    });
  const fiscalYear = asked ?? defaultEvaluationYear(register);
  const { scheme, note } = await loadGradingSchemeWithNote(port);
  const evaluation = evaluateKpi(register, { fiscalYear, scheme });
  const page = planKpiCharts(evaluation, { lang: args.lang });
  await writePieces(
    out.stdout,
    args.json
      ? [`${JSON.stringify(kpiJson(evaluation, page, args.lang), null, 2)}\n`]
      : Array.from(
          kpiLines(evaluation, page, args.lang, note ? formatMessage(note, args.lang) : null),
          (line) => `${line}\n`
        )
  );
  const attention =
    register.skipped.length > 0 || evaluation.progress.some((p) => p.grade.attention);
  return attention ? EXIT_ATTENTION : EXIT.ok;
}
