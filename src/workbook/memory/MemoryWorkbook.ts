import type { ChartPagePlan, ChartPlan, PageLayoutPlan } from "../../core/chart/types";
import type { CellValue, Grid, RangeBox } from "../../core/grid";
import { boxAddress } from "../../core/grid";
import {
  WorkbookError,
  type CellMark,
  type CellSnapshot,
  type MarkGroup,
  type OwnedMark,
  type WriteCellsOptions,
  type ChartPageResult,
  type DrawOptions,
  type OwnedChart,
  type RangeRef,
  type ReadOptions,
  type RestoreBlock,
  type ValueBlock,
  type WorkbookPort,
  type WriteValuesOptions,
  type SheetFormat,
  type WriteFormulaOptions,
} from "../port";
import { checkChartPage, checkChartPlan, pageCells } from "../chartPlanCheck";
import { cellBlockBox, checkSheetFormat, uniqueSheetName } from "../ownedSheets";
import { readBox, resolveRangeBox, wholeLinesBox } from "../rangeBox";
import {
  checkCellRefs,
  checkRestoreBlocks,
  checkValueBlocks,
  excelKeptValue,
  notEmptyError,
  valueFormats,
  TEXT_FORMAT,
  type CheckedBlock,
} from "../valueBlocks";
import { MemoryAddInState, type MemoryChartPage } from "./MemoryAddInState";
import { readSheetBlocks } from "./readSheetBlocks";
import { findSheetName, sheetNameKey } from "./sheetName";
import { GENERAL, MemorySheet } from "./MemorySheet";
import { cellToXlsx } from "./xlsxCells";
import {
  buildXlsx,
  pointsToCharacters,
  readXlsx,
  writeXlsx,
  type XlsxWorkbook,
} from "./xlsxWorkbook";

export interface SheetData {
  name: string;
  rows: CellValue[][];
  numberFormats?: string[][];
  /** "=SUM(A1:A3)" where a cell holds a formula (its value is then the cached result). */
  formulas?: (string | null)[][];
}

/**
 * A workbook in memory, for the CLI, the tests and the task pane in a plain browser.
 *
 * Persistence (toXlsx): cells are saved back into the exceljs workbook they were loaded from, so
 * what the model does not know (styles, widths, the user's conditional formats, validations) is
 * kept; only writeFormula/restoreCell/writeCells change cells, and addSheet adds a sheet (saved with
 * its cells and column widths). Sheet protection is read from the file (a protected sheet refuses
 * marks, as in Excel); `protect` protects one in tests. Not saved: marks (an overlay for the session;
 * the CLI reports them as text), the add-in's charts (exceljs cannot write charts — and a chart
 * the user had in the file is lost by exceljs too), and settings (exceljs has no custom document
 * properties, and a hidden sheet would change the user's workbook). Chart pages write their texts
 * and notes into the page's sheet (saved); plans, pages and page layouts are kept for the session
 * only (getChartPlan, getChartPage, getPageLayout). formatOwnSheet saves number formats, column
 * widths, frozen rows and drop-down lists; its table is kept (getSheetFormat) but not written to the
 * file (exceljs writes a table's cells itself), and one table per sheet is kept, where Excel keeps
 * a table of another name beside it. Formulas are not calculated: a formula written here reads
 * back with value "" until Excel recalculates it on opening.
 */
export class MemoryWorkbook implements WorkbookPort {
  readonly kind = "memory" as const;
  private selection: RangeRef;
  private readonly state = new MemoryAddInState();
  private releaseOnRead = false;
  /** Keys (sheetNameKey) of the protected sheets and of the sheets made by addSheet. */
  private readonly protectedSheets = new Set<string>();
  private readonly ownSheets = new Set<string>();
  private readonly listeners = new Set<() => void>();

  private constructor(
    private readonly sheets: MemorySheet[],
    private readonly source: XlsxWorkbook | null
  ) {
    this.selection = { sheet: sheets[0]?.name ?? "", address: "A1" };
  }

  /** @example const wb = await MemoryWorkbook.fromXlsx(await fs.readFile("決算カード.xlsx")) */
  static async fromXlsx(data: ArrayBuffer | Uint8Array): Promise<MemoryWorkbook> {
    const { sheets, source } = await readXlsx(data);
    const wb = new MemoryWorkbook(sheets, source);
    // exceljs keeps <sheetProtection sheet="1"> as the worksheet's `sheetProtection` model.
    for (const ws of source.worksheets) {
      const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null })
        .sheetProtection;
      if (protection?.sheet) wb.protect(ws.name);
    }
    return wb;
  }

  /**
   * A workbook over sheets already loaded (the CLI streams the one sheet it reads from the file).
   * Read-only in spirit: `toXlsx` writes a new workbook from these sheets only. With
   * `releaseOnRead`, a sheet hands its cells over with its first read and is empty afterwards:
   * the CLI reads its one sheet once, and keeping both copies of five million cells while the
   * table is recognised would cost hundreds of megabytes.
   *
   * @example MemoryWorkbook.fromMemorySheets([await pkg.loadSheet(info)])
   */
  static fromMemorySheets(
    sheets: MemorySheet[],
    options: { releaseOnRead?: boolean } = {}
  ): MemoryWorkbook {
    const wb = new MemoryWorkbook(sheets, null);
    wb.releaseOnRead = options.releaseOnRead === true;
    return wb;
  }

  /** @example MemoryWorkbook.fromSheets([{ name: "歳入", rows: [["地方税", 1234]] }]) */
  static fromSheets(sheets: SheetData[]): MemoryWorkbook {
    return new MemoryWorkbook(
      sheets.map((data) => {
        const sheet = new MemorySheet(data.name);
        data.rows.forEach((row, r) =>
          row.forEach((value, c) =>
            sheet.setCell(r, c, { value, formula: data.formulas?.[r]?.[c] ?? null })
          )
        );
        // "" is no format at all: such a cell keeps General.
        data.numberFormats?.forEach((row, r) =>
          row.forEach((f, c) => f !== "" && sheet.setNumberFormat(r, c, f))
        );
        return sheet;
      }),
      null
    );
  }

  /**
   * Calls `listener` after each change made through the port (marks, cells, sheets), so that the
   * browser host's grid shows what the task pane did. Returns the unsubscribe function.
   *
   * @example const stop = wb.onChange(() => redraw())
   */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /** @example await fs.writeFile("out.xlsx", await wb.toXlsx()) */
  async toXlsx(): Promise<Uint8Array> {
    return writeXlsx(this.source ?? buildXlsx(this.sheets));
  }

  async listSheets(): Promise<string[]> {
    return this.sheets.map((s) => s.name);
  }

  /**
   * Moves the selection (the browser host's grid, tests). Whole columns or rows ("C:D", "3:5")
   * stay as they are, as Excel gives them when the user clicks headers.
   */
  setSelection(ref: RangeRef): void {
    this.sheet(ref.sheet);
    const address = wholeLinesBox(ref.address)
      ? ref.address.trim().replace(/\$/g, "").toUpperCase()
      : boxAddress(resolveRangeBox(ref));
    this.selection = { sheet: ref.sheet, address };
  }

  async getSelection(): Promise<RangeRef> {
    return { ...this.selection };
  }

  async readRange(ref: RangeRef, options: ReadOptions = {}): Promise<Grid> {
    const sheet = this.sheet(ref.sheet);
    // Whole columns or rows read their part inside the used range, as in the Excel adapter.
    const box = wholeLinesBox(ref.address) ? readBox(ref, sheet.usedBox()) : resolveRangeBox(ref);
    return this.released(sheet, await readSheetBlocks(sheet, box, options));
  }

  async readUsedRange(sheetName: string, options: ReadOptions = {}): Promise<Grid | null> {
    const sheet = this.sheet(sheetName);
    const box = sheet.usedBox();
    return box ? this.released(sheet, await readSheetBlocks(sheet, box, options)) : null;
  }

  private released(sheet: MemorySheet, grid: Grid): Grid {
    if (this.releaseOnRead) sheet.release();
    return grid;
  }

  /** Protects a sheet as Excel's 「シートの保護」 would (tests; files carry their own protection). */
  protect(sheetName: string): void {
    this.protectedSheets.add(sheetNameKey(this.sheet(sheetName).name));
  }

  async setMarks(group: MarkGroup, marks: CellMark[]): Promise<void> {
    for (const m of marks) this.sheet(m.sheet);
    const touched = new Set(marks.map((m) => this.sheet(m.sheet).name));
    for (const m of this.state.listMarks()) if (m.group === group) touched.add(m.sheet);
    this.refuseProtected(touched);
    // Names as the workbook spells them (a mark may name "kpi" for "KPI").
    this.state.setMarks(
      group,
      marks.map((m) => ({ ...m, sheet: this.sheet(m.sheet).name }))
    );
    this.changed();
  }

  async clearMarks(group: MarkGroup): Promise<number> {
    const own = this.state.listMarks().filter((m) => m.group === group);
    this.refuseProtected(new Set(own.map((m) => m.sheet)));
    const removed = this.state.clearMarks(group);
    if (removed > 0) this.changed();
    return removed;
  }

  async listMarks(): Promise<OwnedMark[]> {
    return this.state.listMarks();
  }

  /** The marks laid so far, all groups (the browser host draws them over its grid). */
  getMarks(): OwnedMark[] {
    return this.state.listMarks();
  }

  private refuseProtected(sheets: Iterable<string>): void {
    for (const name of sheets)
      if (this.protectedSheets.has(sheetNameKey(name)))
        throw new WorkbookError("workbook.sheetProtected", { sheet: name });
  }

  async selectRange(ref: RangeRef): Promise<void> {
    this.setSelection({ sheet: this.sheet(ref.sheet).name, address: ref.address });
    this.changed();
  }

  async addSheet(baseName: string): Promise<string> {
    const name = await this.addOwnSheet(baseName);
    this.changed();
    return name;
  }

  private async addOwnSheet(baseName: string): Promise<string> {
    const name = uniqueSheetName(
      baseName,
      this.sheets.map((s) => s.name)
    );
    this.sheets.push(new MemorySheet(name));
    this.source?.addWorksheet(name);
    this.ownSheets.add(sheetNameKey(name));
    return name;
  }

  async writeCells(
    ref: RangeRef,
    values: (string | number | null)[][],
    options: WriteCellsOptions = {}
  ): Promise<void> {
    const sheet = this.sheet(ref.sheet);
    if (!this.ownSheets.has(sheetNameKey(sheet.name)))
      throw new WorkbookError("workbook.notOwnSheet", { sheet: sheet.name });
    const box = cellBlockBox(ref, values, options);
    if (!box) return;
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        const given = options.numberFormats?.[r]?.[c] ?? null;
        // As the Excel adapter writes them: text in a Text ("@") cell, unless a format is given.
        const numberFormat = given ?? (typeof value === "string" && value !== "" ? "@" : GENERAL);
        const at = { top: box.top + r, left: box.left + c, rows: 1, cols: 1 };
        this.putCell(sheet, at, { value: value ?? "", formula: null, numberFormat });
      })
    );
    options.columnWidths?.forEach((points, c) => sheet.setColumnWidth(box.left + c, points));
    const ws = this.source?.getWorksheet(sheet.name);
    if (ws)
      options.columnWidths?.forEach((points, c) => {
        ws.getColumn(box.left + c + 1).width = pointsToCharacters(points);
      });
    this.changed();
  }

  async upsertChart(sheetName: string, plan: ChartPlan): Promise<OwnedChart> {
    checkChartPlan(plan);
    const sheet = this.sheet(sheetName);
    this.refuseProtectedOwn(sheet.name);
    this.state.checkRoom([plan.id]);
    const owned = this.state.upsertChart(sheet.name, plan, null);
    this.changed();
    return owned;
  }

  async removeChart(key: string): Promise<boolean> {
    const removed = this.state.removeChart(key);
    if (removed) this.changed();
    return removed;
  }

  async listCharts(): Promise<OwnedChart[]> {
    return this.state.listCharts();
  }

  /**
   * As the Excel adapter: every plan checked first; the page's own sheet reused (or added, under
   * a unique name, when it is gone); the texts written as text; same-id charts replaced (new host
   * ids); the page's charts no longer planned removed. Nothing else is touched.
   */
  async drawChartPage(page: ChartPagePlan, options: DrawOptions = {}): Promise<ChartPageResult> {
    checkChartPage(page);
    const previous = this.state.getChartPage(page.id);
    const reused = previous ? this.ownSheet(previous.sheet) : undefined;
    if (reused) this.refuseProtectedOwn(reused.name);
    const planned = new Set(page.charts.map((c) => c.id));
    const stale = this.state
      .listCharts()
      .filter((c) => c.pageId === page.id && !planned.has(c.key));
    this.state.checkRoom(
      page.charts.map((c) => c.id),
      new Set(stale.map((c) => c.key))
    );
    if (options.signal?.aborted) throw new WorkbookError("workbook.aborted");
    const total = page.charts.length;
    options.onProgress?.(0, total);

    const sheet = reused ?? this.sheet(await this.addOwnSheet(page.sheetBaseName));
    if (reused && previous) this.clearTexts(sheet, previous.page);
    for (const c of stale) this.state.removeChart(c.key);
    const charts = page.charts.map((plan) => this.state.upsertChart(sheet.name, plan, page.id));
    // Notes under the charts at Excel's default row height (the memory sheet has no row heights).
    for (const text of pageCells(page)) {
      const box = resolveRangeBox({ sheet: sheet.name, address: text.address });
      this.putCell(sheet, box, { value: text.text, formula: null, numberFormat: "@" });
    }
    this.state.setPageLayout(sheet.name, page.layout);
    this.state.setChartPage(page, sheet.name);
    options.onProgress?.(total, total);
    this.changed();
    return { sheet: sheet.name, created: !reused, charts, removed: stale.length };
  }

  async removeChartPage(pageId: string): Promise<number> {
    const record = this.state.getChartPage(pageId);
    if (!record) return 0;
    const sheet = this.ownSheet(record.sheet);
    if (sheet) this.refuseProtectedOwn(sheet.name);
    const charts = this.state.listCharts().filter((c) => c.pageId === pageId);
    for (const c of charts) this.state.removeChart(c.key);
    if (sheet) {
      this.clearTexts(sheet, record.page);
      const onSheet = this.state.listCharts().some((c) => c.sheet === sheet.name);
      if (!onSheet && sheet.usedBox() === null) this.deleteOwnSheet(sheet);
    }
    this.state.deleteChartPage(pageId);
    this.changed();
    return charts.length;
  }

  async formatOwnSheet(sheetName: string, format: SheetFormat): Promise<void> {
    const sheet = this.sheet(sheetName);
    if (!this.ownSheets.has(sheetNameKey(sheet.name)))
      throw new WorkbookError("workbook.notOwnSheet", { sheet: sheet.name });
    this.refuseProtectedOwn(sheet.name);
    checkSheetFormat(sheet.name, format);
    if (format.table) {
      const elsewhere = this.state
        .tableSheets(format.table.name)
        .some((key) => key !== sheetNameKey(sheet.name));
      if (elsewhere)
        throw new WorkbookError("workbook.tableNameTaken", { name: format.table.name });
    }
    const ws = this.source?.getWorksheet(sheet.name);
    for (const { address, format: numberFormat } of format.numberFormats ?? []) {
      const box = resolveRangeBox({ sheet: sheet.name, address });
      for (let r = box.top; r < box.top + box.rows; r++)
        for (let c = box.left; c < box.left + box.cols; c++) {
          sheet.setNumberFormat(r, c, numberFormat);
          if (ws) ws.getCell(r + 1, c + 1).numFmt = numberFormat;
        }
    }
    format.columnWidths?.forEach((points, c) => {
      sheet.setColumnWidth(c, points);
      if (ws) ws.getColumn(c + 1).width = pointsToCharacters(points);
    });
    if (ws && format.freezeRows !== undefined)
      ws.views = format.freezeRows > 0 ? [{ state: "frozen", ySplit: format.freezeRows }] : [];
    if (ws)
      for (const v of format.validations ?? []) {
        const box = resolveRangeBox({ sheet: sheet.name, address: v.address });
        for (let r = box.top; r < box.top + box.rows; r++)
          for (let c = box.left; c < box.left + box.cols; c++)
            ws.getCell(r + 1, c + 1).dataValidation = {
              type: "list",
              allowBlank: true,
              formulae: [`"${v.list.join(",")}"`],
            };
      }
    this.state.setSheetFormat(sheet.name, format);
    this.changed();
  }

  /** The plan a chart was drawn from (the browser host renders it). */
  getChartPlan(key: string): ChartPlan | undefined {
    return this.state.getChartPlan(key);
  }

  /** The page as last drawn and its sheet (the browser host, tests). */
  getChartPage(pageId: string): MemoryChartPage | undefined {
    return this.state.getChartPage(pageId);
  }

  /** What formatOwnSheet set on a sheet, merged over the calls. */
  getSheetFormat(sheet: string): SheetFormat | undefined {
    return this.state.getSheetFormat(sheet);
  }

  /** The print setup drawChartPage gave a sheet. */
  getPageLayout(sheet: string): PageLayoutPlan | undefined {
    return this.state.getPageLayout(sheet);
  }

  /** The sheet the add-in made with this name, if it still exists. */
  private ownSheet(name: string): MemorySheet | undefined {
    if (!this.ownSheets.has(sheetNameKey(name))) return undefined;
    return this.sheets.find((s) => sheetNameKey(s.name) === sheetNameKey(name));
  }

  private refuseProtectedOwn(name: string): void {
    if (this.protectedSheets.has(sheetNameKey(name)))
      throw new WorkbookError("workbook.ownSheetProtected", { sheet: name });
  }

  private clearTexts(sheet: MemorySheet, page: ChartPagePlan): void {
    for (const text of pageCells(page)) {
      const box = resolveRangeBox({ sheet: sheet.name, address: text.address });
      this.putCell(sheet, box, { value: "", formula: null, numberFormat: GENERAL });
    }
  }

  private deleteOwnSheet(sheet: MemorySheet): void {
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    const ws = this.source?.getWorksheet(sheet.name);
    if (ws) this.source!.removeWorksheet(ws.id);
    this.ownSheets.delete(sheetNameKey(sheet.name));
    this.state.forgetSheet(sheet.name);
    if (sheetNameKey(this.selection.sheet) === sheetNameKey(sheet.name))
      this.selection = { sheet: this.sheets[0]?.name ?? "", address: "A1" };
  }

  async getSetting<T>(key: string): Promise<T | undefined> {
    return this.state.getSetting<T>(key);
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    this.state.setSetting(key, value);
  }

  async writeFormula(
    ref: RangeRef,
    formula: string,
    options: WriteFormulaOptions = {}
  ): Promise<{ previous: CellSnapshot }> {
    const { sheet, box } = this.singleCell(ref);
    if (!formula.startsWith("=")) throw new WorkbookError("workbook.notAFormula", { formula });
    const before = sheet.getCell(box.top, box.left);
    if ((before.value !== "" || before.formula !== null) && !options.overwrite) {
      throw new WorkbookError("workbook.cellNotEmpty", { address: boxAddress(box) });
    }
    // Like the Excel adapter: a formula written into a Text ("@") cell would stay text there.
    const numberFormat = before.numberFormat === TEXT_FORMAT ? GENERAL : before.numberFormat;
    this.putCell(sheet, box, { value: "", formula, numberFormat });
    if (this.source) this.source.calcProperties.fullCalcOnLoad = true;
    return this.notifyAfter({
      previous: { value: before.value, formula: before.formula, numberFormat: before.numberFormat },
    });
  }

  async restoreCell(ref: RangeRef, previous: CellSnapshot): Promise<void> {
    // One cell of restoreCells, as in the Excel adapter.
    this.singleCell(ref);
    return this.restoreCells([{ ref, previous: [[previous]] }]);
  }

  async readCells(refs: RangeRef[]): Promise<Grid[]> {
    const checked = checkCellRefs(refs);
    const sheets = checked.map((b) => this.sheet(b.sheet));
    return checked.map(({ box }, i) => {
      const sheet = sheets[i]!;
      const { values, numberFormats } = sheet.readRows(box, 0, box.rows);
      const formulas = sheet.readFormulas(box, 0, box.rows);
      return { sheet: sheet.name, top: box.top, left: box.left, values, numberFormats, formulas };
    });
  }

  async writeValues(
    blocks: ValueBlock[],
    options: WriteValuesOptions = {}
  ): Promise<{ previous: CellSnapshot[][][] }> {
    const checked = checkValueBlocks(blocks);
    const sheets = this.writableSheets(checked);
    const previous = checked.map((b, i) => this.snapshots(sheets[i]!, b.box));
    if (!options.overwrite)
      checked.forEach((b, i) => {
        const refusal = notEmptyError(sheets[i]!.name, b.box, previous[i]!);
        if (refusal) throw refusal;
      });
    checked.forEach(({ box }, i) =>
      blocks[i]!.values.forEach((row, r) =>
        row.forEach((value, c) => {
          const own = previous[i]![r]![c]!.numberFormat ?? GENERAL;
          const at = { top: box.top + r, left: box.left + c, rows: 1, cols: 1 };
          this.putCell(sheets[i]!, at, {
            value: excelKeptValue(value),
            formula: null,
            numberFormat: valueFormats(value, own).after,
          });
        })
      )
    );
    return this.notifyAfter({ previous });
  }

  async restoreCells(blocks: RestoreBlock[]): Promise<void> {
    const checked = checkRestoreBlocks(blocks);
    const sheets = this.writableSheets(checked);
    checked.forEach(({ box }, i) =>
      blocks[i]!.previous.forEach((row, r) =>
        row.forEach((snapshot, c) => {
          const sheet = sheets[i]!;
          const at = { top: box.top + r, left: box.left + c, rows: 1, cols: 1 };
          const numberFormat = snapshot.numberFormat ?? sheet.getCell(at.top, at.left).numberFormat;
          this.putCell(sheet, at, {
            value: snapshot.value,
            formula: snapshot.formula,
            numberFormat,
          });
        })
      )
    );
    this.changed();
  }

  /** The blocks' sheets, each existing and not protected (checked before anything is written). */
  private writableSheets(blocks: readonly CheckedBlock[]): MemorySheet[] {
    const sheets = blocks.map((b) => this.sheet(b.sheet));
    for (const sheet of sheets)
      if (this.protectedSheets.has(sheetNameKey(sheet.name)))
        throw new WorkbookError("workbook.cellsProtected", { sheet: sheet.name });
    return sheets;
  }

  private snapshots(sheet: MemorySheet, box: RangeBox): CellSnapshot[][] {
    const out: CellSnapshot[][] = [];
    for (let r = box.top; r < box.top + box.rows; r++) {
      const row: CellSnapshot[] = [];
      for (let c = box.left; c < box.left + box.cols; c++) {
        const { value, formula, numberFormat } = sheet.getCell(r, c);
        row.push({ value, formula, numberFormat });
      }
      out.push(row);
    }
    return out;
  }

  private putCell(
    sheet: MemorySheet,
    box: RangeBox,
    cell: { value: CellValue; formula: string | null; numberFormat: string }
  ): void {
    sheet.setCell(box.top, box.left, cell);
    const ws = this.source?.getWorksheet(sheet.name);
    if (ws) cellToXlsx(ws.getCell(box.top + 1, box.left + 1), cell);
  }

  private notifyAfter<T>(result: T): T {
    this.changed();
    return result;
  }

  private singleCell(ref: RangeRef): { sheet: MemorySheet; box: RangeBox } {
    const sheet = this.sheet(ref.sheet);
    const box = resolveRangeBox(ref);
    if (box.rows !== 1 || box.cols !== 1)
      throw new WorkbookError("workbook.notSingleCell", { address: ref.address });
    return { sheet, box };
  }

  private sheet(name: string): MemorySheet {
    // Excel finds a sheet by name case-insensitively (sheetName.ts); an exact name wins.
    const found = findSheetName(
      this.sheets.map((s) => s.name),
      name
    );
    const sheet = this.sheets.find((s) => s.name === found);
    if (!sheet) throw new WorkbookError("workbook.noSuchSheet", { sheet: name });
    return sheet;
  }
}
