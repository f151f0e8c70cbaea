import { columnLetters } from "../core/grid";
import type { Grid } from "../core/grid";
import type { Issue } from "../core/messages";
import { recognizeKpiRegister } from "../core/kpi/recognizeKpiRegister";
import {
  checkGradingScheme,
  DEFAULT_SCHEME_ID,
  GRADING_PRESETS,
} from "../core/kpi/gradingSchemes";
import type { GradingScheme, KpiRegisterResult, KpiSkippedRow } from "../core/kpi/types";
import { WorkbookError } from "../workbook/port";
import type { ReadOptions, WorkbookPort } from "../workbook/port";

/** The workbook setting holding the grading scheme in force (a whole {@link GradingScheme}). */
export const KPI_SCHEME_SETTING = "kpi.scheme";

/**
 * Drops the items whose register cells hold a formula without a saved result (a file saved by a
 * program that does not calculate): such a cell reads as "" but is not blank, so the row is
 * listed as skipped ("table.notCalculated") instead of being taken for "no actual yet".
 */
function skipUncalculated(result: KpiRegisterResult, grid: Grid): KpiRegisterResult {
  const formulas = grid.formulas;
  if (!result.ok || !formulas) return result;
  const { register } = result;
  const registerColumns = new Set(register.columns.map((c) => c.column));
  const skipped: KpiSkippedRow[] = [];
  const items = register.items.filter((item) => {
    const r = item.row - 1 - grid.top;
    const row = grid.values[r] ?? [];
    const rowFormulas = formulas[r] ?? [];
    for (let c = 0; c < rowFormulas.length; c += 1) {
      const formula = rowFormulas[c] ?? "";
      if (formula === "" || (row[c] ?? "") !== "") continue;
      const column = columnLetters(grid.left + c);
      if (!registerColumns.has(column)) continue;
      skipped.push({
        row: item.row,
        no: item.no,
        cell: `${column}${item.row}`,
        reason: { code: "table.notCalculated", params: { text: formula } },
      });
      return false;
    }
    return true;
  });
  if (skipped.length === 0) return result;
  return {
    ok: true,
    register: {
      ...register,
      items,
      skipped: [...register.skipped, ...skipped].sort((a, b) => a.row - b.row),
    },
  };
}

/**
 * Reads a sheet's used range (values and formulas, as 検算 does) and recognises the KPI register
 * on it. An empty sheet is not a register ("kpiRegister.notRegister"); a row whose register cell
 * holds a formula that was never calculated is skipped with that reason, never read as blank.
 * Rejects as readUsedRange does ("workbook.aborted" when cancelled, "workbook.noSuchSheet").
 *
 * @example const result = await readKpiRegister(port, "KPI"); if (result.ok) result.register.items
 */
export async function readKpiRegister(
  port: WorkbookPort,
  sheet: string,
  options: ReadOptions = {}
): Promise<KpiRegisterResult> {
  const grid = await port.readUsedRange(sheet, { ...options, formulas: true });
  if (grid === null) return { ok: false, issue: { code: "kpiRegister.notRegister", params: { sheet } } };
  return skipUncalculated(recognizeKpiRegister(grid), grid);
}

/**
 * The sheets holding a KPI register, in the workbook's order, with how many indicators each has
 * (a new 「KPIシート」 not yet filled in has 0). Reads each sheet once; a sheet that cannot be
 * read (too large, protected from reading) is left out, an empty one too.
 *
 * @example await findKpiRegisters(port) // [{ sheet: "KPI", items: 52 }]
 */
export async function findKpiRegisters(
  port: WorkbookPort
): Promise<{ sheet: string; items: number }[]> {
  const found: { sheet: string; items: number }[] = [];
  for (const sheet of await port.listSheets()) {
    let grid: Grid | null;
    try {
      grid = await port.readUsedRange(sheet);
    } catch (error) {
      if (error instanceof WorkbookError && error.code !== "workbook.aborted") continue;
      throw error;
    }
    if (grid === null) continue;
    const result = recognizeKpiRegister(grid);
    if (result.ok) found.push({ sheet, items: result.register.items.length });
  }
  return found;
}

function defaultScheme(): GradingScheme {
  const scheme = GRADING_PRESETS.find((s) => s.id === DEFAULT_SCHEME_ID) ?? GRADING_PRESETS[0];
  if (!scheme) throw new Error("GRADING_PRESETS is empty");
  return scheme;
}

/**
 * The grading scheme the workbook keeps (setting "kpi.scheme"), checked in shape with
 * checkGradingScheme, and a note when the stored value was refused: anyone may have written the
 * setting, so a value that is not a scheme gives the default preset and the reason, never a crash.
 * No setting: the default preset and no note.
 *
 * @example const { scheme, note } = await loadGradingSchemeWithNote(port)
 */
export async function loadGradingSchemeWithNote(
  port: WorkbookPort
): Promise<{ scheme: GradingScheme; note: Issue | null }> {
  const stored = await port.getSetting<unknown>(KPI_SCHEME_SETTING);
  if (stored === undefined) return { scheme: defaultScheme(), note: null };
  const checked = checkGradingScheme(stored);
  return checked.ok
    ? { scheme: checked.scheme, note: null }
    : { scheme: defaultScheme(), note: checked.issue };
}

/**
 * The grading scheme in force (see {@link loadGradingSchemeWithNote}; the note is dropped).
 *
 * @example (await loadGradingScheme(port)).id // "default"
 */
export async function loadGradingScheme(port: WorkbookPort): Promise<GradingScheme> {
  return (await loadGradingSchemeWithNote(port)).scheme;
}

/**
 * Keeps the scheme in the workbook (setting "kpi.scheme"). A scheme checkGradingScheme refuses is
 * not stored: the promise rejects with a WorkbookError carrying the checker's code and params.
 *
 * @example await saveGradingScheme(port, GRADING_PRESETS[1]!)
 */
export async function saveGradingScheme(port: WorkbookPort, scheme: GradingScheme): Promise<void> {
  const checked = checkGradingScheme(scheme);
  if (!checked.ok) throw new WorkbookError(checked.issue.code, checked.issue.params ?? {});
  await port.setSetting(KPI_SCHEME_SETTING, checked.scheme);
}
