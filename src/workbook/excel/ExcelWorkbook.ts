import { parseA1Range, type Grid, type RangeBox } from "../../core/grid";
import { EXCEL_API_REQUIRES } from "../requirements";
import type { Issue } from "../../core/messages/types";
import type { ChartPagePlan, ChartPlan } from "../../core/chart/types";
import { checkChartPage, checkChartPlan } from "../chartPlanCheck";
import { checkSheetFormat } from "../ownedSheets";
import {
  WorkbookError,
  type CellMark,
  type CellSnapshot,
  type ChartPageResult,
  type DrawOptions,
  type MarkGroup,
  type OwnedMark,
  type WriteCellsOptions,
  type OwnedChart,
  type RangeRef,
  type ReadOptions,
  type RestoreBlock,
  type SheetFormat,
  type ValueBlock,
  type WorkbookPort,
  type WriteFormulaOptions,
  type WriteValuesOptions,
} from "../port";
import { checkCellRefs, checkRestoreBlocks, checkValueBlocks } from "../valueBlocks";
import { checkReadSize, localAddress, readBox, resolveRangeBox, wholeLinesBox } from "../rangeBox";
import { checkSettingKey, settingJson } from "../settingRules";
import { singleCellAddress, writeFormulaInExcel } from "./excelCells";
import { readCellsInExcel, restoreCellsInExcel, writeValuesInExcel } from "./excelValues";
import {
  drawChartPageInExcel,
  listChartsInExcel,
  removeChartInExcel,
  removeChartPageInExcel,
  upsertChartInExcel,
} from "./excelCharts";
import {
  clearMarksInExcel,
  listMarksInExcel,
  setMarksInExcel,
  type MarkSheetCache,
} from "./excelMarks";
import {
  addSheetInExcel,
  formatOwnSheetInExcel,
  selectRangeInExcel,
  writeCellsInExcel,
} from "./excelSheets";
import { toWorkbookError, type ErrorHint } from "./officeErrors";
import { DEFAULT_READ_BUDGET, readBoxInBlocks, type ReadBudget } from "./readBlocks";
import { queueSettingRead, queueSettingWrite } from "./settingsStore";

/** `Excel.run` in production; the fake's `run` in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelWorkbookOptions {
  /** `Office.context.requirements.isSetSupported`; absent means every set is supported. */
  isSetSupported?: (name: string, minVersion?: string) => boolean;
  /** Read sizing (see ReadBudget for the bytes-per-cell estimate). */
  readBudget?: Partial<ReadBudget>;
  /**
   * Told when state stored in the workbook (the marks and charts registries) was malformed and
   * ignored, with a catalogue code ("workbook.chartsRegistryIgnored"…); the operation itself goes
   * on without it. The entry point should show these to the user; without a handler they are
   * not reported anywhere.
   */
  onWarning?: (warning: Issue) => void;
}

/** What an Office error of a batch over these references can name: the one reference, if one. */
function hintOf(refs: readonly RangeRef[]): ErrorHint {
  const only = refs.length === 1 ? refs[0]! : undefined;
  return only ? { sheet: only.sheet, address: only.address } : {};
}

/** Requirement sets per feature: one table shared with the pane's capability panel. */
const REQUIRES = EXCEL_API_REQUIRES;

/**
 * The Excel adapter: the only code in the repository that calls Excel.run / context.sync.
 * Every method is one Excel.run batch with a fixed, small number of syncs (reads: one per block
 * batch); Office errors leave as WorkbookErrors.
 *
 * @example const workbook = new ExcelWorkbook((batch) => Excel.run(batch), { isSetSupported: (n, v) => Office.context.requirements.isSetSupported(n, v) })
 */
export class ExcelWorkbook implements WorkbookPort {
  readonly kind = "excel" as const;
  private readonly budget: ReadBudget;
  private readonly warn: (warning: Issue) => void;
  /** Where each group's marks were at the last marks call: prefetched to keep setMarks at 2 syncs. */
  private readonly markSheets: MarkSheetCache = new Map();

  constructor(
    private readonly run: ExcelRun,
    private readonly options: ExcelWorkbookOptions = {}
  ) {
    this.budget = { ...DEFAULT_READ_BUDGET, ...options.readBudget };
    this.warn = (warning) => options.onWarning?.(warning);
  }

  async listSheets(): Promise<string[]> {
    return this.batch({}, async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  async getSelection(): Promise<RangeRef> {
    return this.batch({}, async (context) => {
      // The selection is always on the active sheet.
      const range = context.workbook.getSelectedRange();
      range.load("address");
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      await context.sync();
      return { sheet: sheet.name, address: localAddress(range.address) };
    });
  }

  async readRange(ref: RangeRef, options: ReadOptions = {}): Promise<Grid> {
    const lines = wholeLinesBox(ref.address);
    if (!lines) checkReadSize(resolveRangeBox(ref));
    return this.batch({ sheet: ref.sheet, address: ref.address }, async (context) => {
      // getItem: a missing sheet fails the first sync (ItemNotFound → noSuchSheet).
      const worksheet = context.workbook.worksheets.getItem(ref.sheet);
      // Whole columns or rows (column headers clicked): one more sync for the used range.
      const used = lines ? await this.usedBox(context, worksheet) : null;
      const box = readBox(ref, used);
      checkReadSize(box);
      return readBoxInBlocks(context, worksheet, ref.sheet, box, options, this.budget);
    });
  }

  async readUsedRange(sheet: string, options: ReadOptions = {}): Promise<Grid | null> {
    return this.batch({ sheet }, async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      const box = await this.usedBox(context, worksheet);
      if (!box) return null;
      checkReadSize(box);
      return readBoxInBlocks(context, worksheet, sheet, box, options, this.budget);
    });
  }

  async setMarks(group: MarkGroup, marks: CellMark[]): Promise<void> {
    this.require("marks");
    return this.batch({}, (context) =>
      setMarksInExcel(context, group, marks, this.warn, this.markSheets)
    );
  }

  async clearMarks(group: MarkGroup): Promise<number> {
    this.require("marks");
    return this.batch({}, (context) =>
      clearMarksInExcel(context, group, this.warn, this.markSheets)
    );
  }

  async listMarks(): Promise<OwnedMark[]> {
    this.require("marks");
    return this.batch({}, (context) => listMarksInExcel(context, this.warn, this.markSheets));
  }

  async selectRange(ref: RangeRef): Promise<void> {
    return this.batch({ sheet: ref.sheet, address: ref.address }, (context) =>
      selectRangeInExcel(context, ref)
    );
  }

  async addSheet(baseName: string): Promise<string> {
    this.require("sheets");
    return this.batch({}, (context) => addSheetInExcel(context, baseName, this.warn));
  }

  async writeCells(
    ref: RangeRef,
    values: (string | number | null)[][],
    options: WriteCellsOptions = {}
  ): Promise<void> {
    this.require("sheets");
    return this.batch({ sheet: ref.sheet, address: ref.address }, (context) =>
      writeCellsInExcel(context, ref, values, options, this.warn)
    );
  }

  async upsertChart(sheet: string, plan: ChartPlan): Promise<OwnedChart> {
    this.require("drawing");
    // Checked first: Excel would fail mid-batch (setPosition), after the data block was written.
    checkChartPlan(plan);
    return this.batch({ sheet }, (context) => upsertChartInExcel(context, sheet, plan, this.warn));
  }

  async drawChartPage(page: ChartPagePlan, options: DrawOptions = {}): Promise<ChartPageResult> {
    this.require("pages");
    checkChartPage(page);
    return this.batch({}, (context) => drawChartPageInExcel(context, page, options, this.warn));
  }

  async removeChartPage(pageId: string): Promise<number> {
    this.require("charts");
    return this.batch({}, (context) => removeChartPageInExcel(context, pageId, this.warn));
  }

  async formatOwnSheet(sheet: string, format: SheetFormat): Promise<void> {
    this.require("formats");
    checkSheetFormat(sheet, format);
    return this.batch({ sheet }, (context) =>
      formatOwnSheetInExcel(context, sheet, format, this.warn)
    );
  }

  async removeChart(key: string): Promise<boolean> {
    this.require("charts");
    return this.batch({}, (context) => removeChartInExcel(context, key, this.warn));
  }

  async listCharts(): Promise<OwnedChart[]> {
    this.require("charts");
    return this.batch({}, (context) => listChartsInExcel(context, this.warn));
  }

  async getSetting<T>(key: string): Promise<T | undefined> {
    checkSettingKey(key);
    this.require("settings");
    return this.batch({}, async (context) => {
      const value = queueSettingRead<T>(context, key);
      await context.sync();
      return value();
    });
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    checkSettingKey(key);
    settingJson(value);
    this.require("settings");
    return this.batch({}, async (context) => {
      let exists = true;
      if (value === undefined) {
        const current = queueSettingRead(context, key);
        await context.sync();
        exists = current() !== undefined;
      }
      queueSettingWrite(context, key, value, exists);
      await context.sync();
    });
  }

  async writeFormula(
    ref: RangeRef,
    formula: string,
    options: WriteFormulaOptions = {}
  ): Promise<{ previous: CellSnapshot }> {
    return this.batch({ sheet: ref.sheet, address: ref.address }, (context) =>
      writeFormulaInExcel(context, ref, formula, options)
    );
  }

  async restoreCell(ref: RangeRef, previous: CellSnapshot): Promise<void> {
    // One cell of restoreCells: the same exact way back, refused the same way.
    singleCellAddress(ref);
    return this.restoreCells([{ ref, previous: [[previous]] }]);
  }

  async readCells(refs: RangeRef[]): Promise<Grid[]> {
    const checked = checkCellRefs(refs);
    if (checked.length === 0) return [];
    return this.batch(hintOf(refs), (context) => readCellsInExcel(context, checked, this.budget));
  }

  async writeValues(
    blocks: ValueBlock[],
    options: WriteValuesOptions = {}
  ): Promise<{ previous: CellSnapshot[][][] }> {
    const checked = checkValueBlocks(blocks);
    if (checked.length === 0) return { previous: [] };
    return this.batch(hintOf(blocks.map((b) => b.ref)), (context) =>
      writeValuesInExcel(context, checked, blocks, options, this.budget)
    );
  }

  async restoreCells(blocks: RestoreBlock[]): Promise<void> {
    const checked = checkRestoreBlocks(blocks);
    if (checked.length === 0) return;
    return this.batch(hintOf(blocks.map((b) => b.ref)), (context) =>
      restoreCellsInExcel(context, checked, blocks, this.budget)
    );
  }

  /** The sheet's used range by values (one sync); null when the sheet holds no value. */
  private async usedBox(
    context: Excel.RequestContext,
    worksheet: Excel.Worksheet
  ): Promise<RangeBox | null> {
    // valuesOnly: a format applied down a whole column must not make a million-row read.
    const used = worksheet.getUsedRangeOrNullObject(true);
    used.load("address");
    await context.sync();
    if (used.isNullObject) return null;
    const box = parseA1Range(localAddress(used.address));
    if (!box) throw new WorkbookError("workbook.badAddress", { address: used.address });
    return box;
  }

  private require(feature: keyof typeof REQUIRES): void {
    const version = REQUIRES[feature];
    if (this.options.isSetSupported && !this.options.isSetSupported("ExcelApi", version)) {
      throw new WorkbookError("workbook.unsupported", {
        feature,
        requirement: `ExcelApi ${version}`,
      });
    }
  }

  private async batch<T>(
    hint: ErrorHint,
    work: (context: Excel.RequestContext) => Promise<T>
  ): Promise<T> {
    try {
      return await this.run(work);
    } catch (error) {
      throw toWorkbookError(error, hint);
    }
  }
}
