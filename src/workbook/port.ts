import type { ChartPagePlan, ChartPlan } from "../core/chart/types";
import type { CellValue, Grid } from "../core/grid";

/**
 * WorkbookPort: everything the product needs from a workbook. Implemented by the Excel adapter
 * (src/workbook/excel, the only code that calls Excel.run) and by the in-memory workbook
 * (src/workbook/memory, loaded from and saved to .xlsx). Workflows, the task pane and the CLI
 * see only this interface.
 *
 * Promise rejections carry a {@link WorkbookError} with a catalogue code, never a raw Office error.
 *
 * Text stays text. Any text the add-in writes (chart categories and series names, labels) may come
 * from cells or users. Excel turns a string written through `Range.values` that starts with
 * `=`, `+`, `-` or `@` into a formula (formula injection), and "2020" into a number. Adapters must
 * write such text so that it stays text: the Excel adapter sets `numberFormat` "@" (Text) on the
 * target cells in the same batch, before the values. Why "@" rather than a leading apostrophe:
 * a Text-formatted cell keeping its input verbatim is documented cell behaviour on every host,
 * whereas the apostrophe is a convention of the cell editor whose handling through `Range.values`
 * is not documented (it could end up inside the value); and the add-in writes text only into
 * cells it owns (its chart-data sheet, the sheets made by addSheet), so replacing their number
 * format loses nothing.
 * `restoreCell` writes into the user's own cell: it uses "@" too, then puts the cell's own number
 * format back (changing a format does not re-read the content), so the cell ends up exactly as it was.
 */

/** A range on a sheet; `address` is A1 without the sheet part ("B2:M40"). */
export interface RangeRef {
  sheet: string;
  address: string;
}

export interface ReadOptions {
  /** Called after each block is read: cells done and cells in all. */
  onProgress?: (done: number, total: number) => void;
  /** Stops a long read between blocks; the promise rejects with code "workbook.aborted". */
  signal?: AbortSignal;
  /**
   * Also read the shown texts (`Range.text`) into `Grid.texts`. Off by default: it costs as much
   * payload as the values. Only the Excel adapter can render number formats; the memory workbook
   * leaves `texts` undefined.
   */
  texts?: boolean;
  /**
   * Also read formulas into `Grid.formulas` (to tell a typed total from a calculated one): the
   * formula text, "" for a constant or an empty cell. The Excel adapter loads them in the same
   * blocks (and counts them in each sync's payload); the memory workbook gives the file's formulas,
   * with value "" beside a formula that was never calculated.
   */
  formulas?: boolean;
}

/** What a cell held before the add-in wrote into it, enough to put it back exactly. */
export interface CellSnapshot {
  value: CellValue;
  /** The cell's formula ("=SUM(A1:A3)"), or null when it held a constant or nothing. */
  formula: string | null;
  /** The cell's number format; writing a formula can make Excel change it (dates, %). */
  numberFormat?: string;
}

/** A block of constants for {@link WorkbookPort.writeValues}: rows × columns of `ref`. */
export interface ValueBlock {
  ref: RangeRef;
  values: CellValue[][];
}

/** Options of {@link WorkbookPort.writeValues}. */
export interface WriteValuesOptions {
  /** Replace cells that are not empty. Without it the write is refused ("workbook.cellNotEmpty"). */
  overwrite?: boolean;
}

/** A block to put back with {@link WorkbookPort.restoreCells}: rows × columns of `ref`. */
export interface RestoreBlock {
  ref: RangeRef;
  previous: CellSnapshot[][];
}

export interface WriteFormulaOptions {
  /** Replace a cell that is not empty. Without it the write is refused ("workbook.cellNotEmpty"). */
  overwrite?: boolean;
}

/** Which feature laid a mark: clearing one group never removes another's ("check" 検算, "kpi" KPI進捗). */
export type MarkGroup = "check" | "kpi";

/** As the checker's severities: 誤り, 要確認, 端数. */
export type MarkSeverity = "error" | "confirm" | "note";

export const MARK_GROUPS: readonly MarkGroup[] = ["check", "kpi"];
export const MARK_SEVERITIES: readonly MarkSeverity[] = ["error", "confirm", "note"];

/** A visual mark the add-in lays over a cell without touching the user's values or formats. */
export interface CellMark {
  sheet: string;
  /** A1 address of one cell or a range (no sheet part). */
  address: string;
  severity: MarkSeverity;
}

/** A mark as the add-in remembers it (listMarks). */
export interface OwnedMark extends CellMark {
  group: MarkGroup;
}

/** Options of {@link WorkbookPort.writeCells}. */
export interface WriteCellsOptions {
  /** A number format per cell (null: the cell's default; text cells stay "@"). */
  numberFormats?: (string | null)[][];
  /** Widths of the block's columns from its left column, in points (Excel's `format.columnWidth`). */
  columnWidths?: number[];
}

/** A chart the add-in created, as remembered in the workbook's settings. */
export interface OwnedChart {
  /** The plan's id ("kpi:indicator:12"): a redraw with the same id replaces the chart. */
  key: string;
  sheet: string;
  /** The host's id of the chart (Excel `chart.id`), to find it again; names are not unique. */
  hostId: string;
  title: string;
  /** The page ({@link ChartPagePlan} id) the chart was drawn with, or null for a single chart. */
  pageId: string | null;
}

/** What {@link WorkbookPort.drawChartPage} did. */
export interface ChartPageResult {
  /** The page's sheet, as it is named now. */
  sheet: string;
  /** True when the sheet was added by this call (first run, or the page's sheet was deleted). */
  created: boolean;
  /** The page's charts as drawn, in plan order. */
  charts: OwnedChart[];
  /** How many of the page's earlier charts were removed because the plan no longer has them. */
  removed: number;
}

export interface DrawOptions {
  /** Charts done and charts in all: called before the first write and when all are drawn. */
  onProgress?: (done: number, total: number) => void;
  /** Checked before anything is written: an aborted signal rejects with "workbook.aborted". */
  signal?: AbortSignal;
}

/** How {@link WorkbookPort.formatOwnSheet} sets up a sheet the add-in made. Addresses are A1 boxes. */
export interface SheetFormat {
  /** Rows frozen at the top (0 unfreezes). */
  freezeRows?: number;
  /** An Excel table over header + body. */
  table?: { address: string; name: string };
  /** In-cell drop-down lists. */
  validations?: { address: string; list: string[] }[];
  numberFormats?: { address: string; format: string }[];
  /** From column A, points. */
  columnWidths?: number[];
}

export interface WorkbookPort {
  readonly kind: "excel" | "memory";
  listSheets(): Promise<string[]>;
  /**
   * The user's current selection (the active sheet's selected range), as the host gives it:
   * whole columns or rows stay "C:D" / "3:5".
   */
  getSelection(): Promise<RangeRef>;
  /**
   * Reads values and number formats (and shown texts) of one range, in blocks of rows. Whole
   * columns or rows ("A:C", "3:5": column headers clicked) read their part inside the sheet's
   * used range, the Grid's top/left saying where; lines holding nothing reject "workbook.emptyRange".
   */
  readRange(ref: RangeRef, options?: ReadOptions): Promise<Grid>;
  /** Reads the used range of a sheet; null when the sheet is empty. */
  readUsedRange(sheet: string, options?: ReadOptions): Promise<Grid | null>;
  /**
   * Replaces the group's marks with these (an empty list clears the group). Excel: per sheet, one
   * conditional-format rule per severity over all of the group's marked cells on that sheet,
   * tagged as the add-in's; the user's formats and rules are never touched. Rejects before
   * changing anything: a protected sheet ("workbook.sheetProtected", params { sheet }), a missing
   * sheet, a bad address (whole columns included), more than {@link MAX_MARKS} marks in all
   * groups together ("workbook.tooManyMarks").
   */
  setMarks(group: MarkGroup, marks: CellMark[]): Promise<void>;
  /**
   * Removes the group's marks and nothing else; returns how many cells/ranges were unmarked.
   * A protected sheet holding some of them rejects ("workbook.sheetProtected") and removes none.
   */
  clearMarks(group: MarkGroup): Promise<number>;
  /** The add-in's marks that exist (all groups), for the pane and the browser host's grid. */
  listMarks(): Promise<OwnedMark[]>;
  /** Selects a range (a finding's cell) and activates its sheet. */
  selectRange(ref: RangeRef): Promise<void>;
  /**
   * Adds a worksheet the add-in owns (an audit working paper, a KPI sheet): `baseName`, or
   * "baseName (2)", … when taken; a name Excel refuses is cleaned (forbidden characters, 31
   * characters). Returns the name used. The sheet is remembered as the add-in's.
   */
  addSheet(baseName: string): Promise<string>;
  /**
   * Writes a block of values from `ref`'s top-left cell, only into a sheet the add-in created
   * with addSheet ("workbook.notOwnSheet" otherwise). Strings stay text (a label starting with
   * "=", "+", "-", "@" or looking like a number or date is written as text, in a "@" cell);
   * numbers as numbers; null leaves the cell empty. Optional number formats per cell
   * ("#,##0;\"△\"#,##0") and column widths. Rows of different lengths reject
   * ("workbook.invalidArgument").
   */
  writeCells(
    ref: RangeRef,
    values: (string | number | null)[][],
    options?: WriteCellsOptions
  ): Promise<void>;
  /**
   * Draws the plan as a chart on `sheet`, or replaces the add-in's chart with the same id (plan.id;
   * its data block is rewritten in place). Rejects a plan Excel cannot draw before anything is
   * written (see checkChartPlan): no series, no categories, a series of another length, a value
   * that is not a finite number, no value at all, an anchor that is not one cell, a size, colour or
   * kind Excel refuses; a protected sheet rejects with "workbook.ownSheetProtected". A new id
   * beyond {@link MAX_CHARTS} charts rejects with "workbook.tooManyCharts". Excel: three syncs.
   */
  upsertChart(sheet: string, plan: ChartPlan): Promise<OwnedChart>;
  /** Removes the add-in's chart with this key; false when there is none. Never touches other charts. */
  removeChart(key: string): Promise<boolean>;
  /** The add-in's own charts that still exist in the workbook. */
  listCharts(): Promise<OwnedChart[]>;
  /**
   * Draws a whole page: reuses the page's own sheet (found by id, so a renamed one too) or adds
   * one (`sheetBaseName`, made unique); writes the texts (text stays text); redraws same-id charts
   * with their data block rewritten in place; removes the page's charts no longer planned; sets the
   * page layout (paper, orientation, print area, title rows, fit to width, footer, row breaks).
   * Every plan is checked before anything is written. Excel: at most 3 syncs for 100 charts.
   * Never touches charts, sheets or cells the add-in did not create.
   */
  drawChartPage(page: ChartPagePlan, options?: DrawOptions): Promise<ChartPageResult>;
  /**
   * Removes the page's charts and texts, and its sheet when nothing else is on it (no chart the
   * add-in did not draw, no other cell holding a value). Returns how many charts were removed;
   * 0 for an unknown page.
   */
  removeChartPage(pageId: string): Promise<number>;
  /**
   * Formats a sheet the add-in created (addSheet or drawChartPage): frozen rows, an Excel table,
   * drop-down lists, number formats, column widths. "workbook.notOwnSheet" for any other sheet,
   * "workbook.ownSheetProtected" for a protected one; everything is checked before anything changes.
   */
  formatOwnSheet(sheet: string, format: SheetFormat): Promise<void>;
  /**
   * Per-workbook settings of the add-in (JSON values). A setting comes from the file, which anyone
   * may have written: check its shape before use. Keys under {@link RESERVED_SETTING_PREFIX} are
   * refused (a plain Error) for reading and writing.
   */
  getSetting<T>(key: string): Promise<T | undefined>;
  /** Stores a JSON value (undefined deletes); a value JSON cannot hold is refused (a plain Error). */
  setSetting(key: string, value: unknown): Promise<void>;
  /**
   * Writes a formula ("=ZAISEI.X(B2,C2)") into one cell (the function browser's insert). Refuses
   * with "workbook.cellNotEmpty" when the cell holds a value or formula, unless `overwrite`;
   * "workbook.notSingleCell" for a range; "workbook.notAFormula" when `formula` does not start
   * with "=". Returns what was there, for an exact undo with {@link WorkbookPort.restoreCell}.
   */
  writeFormula(
    ref: RangeRef,
    formula: string,
    options?: WriteFormulaOptions
  ): Promise<{ previous: CellSnapshot }>;
  /** Puts a cell back as {@link WorkbookPort.writeFormula} found it (value or formula, number format). */
  restoreCell(ref: RangeRef, previous: CellSnapshot): Promise<void>;
  /**
   * Reads many small ranges in one batch (Excel: one sync for all, at most {@link MAX_VALUE_CELLS}
   * cells): values, number formats and formulas (`Grid.formulas`, "" for a constant or an empty
   * cell), one Grid per reference in order. Each reference is a bounded range ("B2", "B2:D2"):
   * whole columns or rows reject "workbook.badAddress"; a missing sheet rejects
   * "workbook.noSuchSheet" naming it.
   */
  readCells(refs: RangeRef[]): Promise<Grid[]>;
  /**
   * Writes constants into the user's cells in one batch (Excel: two syncs, at most
   * {@link MAX_VALUE_CELLS} cells in all). Refuses before writing anything: "workbook.cellNotEmpty"
   * { sheet, address } when a target cell holds a value or formula and not `overwrite`;
   * "workbook.shapeMismatch" when a block's values are not rows × columns of its range;
   * "workbook.cellsProtected" { sheet } for a protected sheet; "workbook.noSuchSheet"; blocks that
   * overlap, or a number that is not finite ("workbook.invalidArgument").
   * Strings stay text ("=1+1" stays the text "=1+1", "2020" stays text): the Excel adapter writes
   * them into "@" cells, then puts the cell's own number format back, as restoreCell does. Numbers
   * and booleans keep the cell's format, except that a Text ("@") cell becomes General so that
   * the number is a number. "" empties a cell. Returns what each cell held, for an exact undo
   * with {@link WorkbookPort.restoreCells}.
   */
  writeValues(
    blocks: ValueBlock[],
    options?: WriteValuesOptions
  ): Promise<{ previous: CellSnapshot[][][] }>;
  /**
   * Puts many blocks back exactly (value or formula, number format; text as text), in one batch
   * (Excel: two syncs). Refuses before writing anything, as writeValues does: shape, protection,
   * a missing sheet, overlapping blocks.
   */
  restoreCells(blocks: RestoreBlock[]): Promise<void>;
}

/**
 * Setting keys under this prefix hold the adapters' own registries (what the add-in added);
 * `getSetting` and `setSetting` refuse them so that no caller can read or overwrite a registry.
 */
export const RESERVED_SETTING_PREFIX = "zaisei.registry.";

/**
 * At most this many marks (cells or ranges, all groups together) exist at once; more reject with
 * "workbook.tooManyMarks".
 */
export const MAX_MARKS = 100_000;

/**
 * At most this many cells in one readCells, writeValues or restoreCells call (all blocks together):
 * with values, formulas and number formats about 72 bytes a cell, one Excel sync carries them under
 * the web's 5 MB payload limit. More reject with "workbook.tooManyCells".
 */
export const MAX_VALUE_CELLS = 50_000;

/** At most this many charts of the add-in at once; one more rejects with "workbook.tooManyCharts". */
export const MAX_CHARTS = 1_000;

/** A failure the user can act on; `code` is a message-catalogue code ("workbook.noSuchSheet"). */
export class WorkbookError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string | number> = {}
  ) {
    super(code);
    this.name = "WorkbookError";
  }
}
