import { WorkbookError } from "../workbook/port";
import type { RangeRef, WorkbookPort } from "../workbook/port";
import type { Language } from "../core/messages";
import type { Grid } from "../core/grid";
import { recognizeTable } from "../core/table";
import type { RecognizeTableOptions, TableRecognition } from "../core/table";
import { recognizeInSlices } from "./recognize-in-slices";
import { summarizeRecognition } from "./summarize-recognition";

/** How the era of bare years (「7年度」) is chosen: whatever the table module accepts. */
export type InspectEra = RecognizeTableOptions["era"];

export interface InspectOptions {
  /** Forwarded from the port's block reads: cells done and cells in all. */
  onProgress?: (done: number, total: number) => void;
  /** Stops the read; the promise rejects with WorkbookError "workbook.aborted". */
  signal?: AbortSignal;
  /** Era for bare years when the table itself does not name one. */
  era?: InspectEra;
  /** Language of the rendered messages in the summary (default "ja"). */
  lang?: Language;
  /**
   * Called when the workflow starts a phase: "reading" before the port read, "recognizing" once
   * the cells are in.
   */
  onPhase?: (phase: InspectPhase) => void;
  /**
   * Recognition progress: cells analysed and cells in all, first { 0, total } before any work,
   * then after each slice of about `sliceCells` cells, each report followed by a turn of the
   * event loop (so a UI can paint it).
   */
  onRecognizeProgress?: (done: number, total: number) => void;
  /** Cells per recognition slice (default 5,000: a few milliseconds of work per slice). */
  sliceCells?: number;
}

/** What {@link inspectRange} is doing: waiting for the workbook, or recognising the table. */
export type InspectPhase = "reading" | "recognizing";

/**
 * A cell that holds something but cannot be read — a figure that cannot be read safely, an Excel
 * error, a date or TRUE/FALSE in a figure cell, a formula without a result, a label cell holding
 * an error — reported with its reason, never guessed (core/table countCells lists them).
 */
export interface UnreadableCell {
  /** A1 address on the sheet ("C7"). */
  address: string;
  /** The reason, rendered from the message catalogue in the requested language. */
  message: string;
  /** The catalogue code and params behind `message`. */
  code: string;
  params?: Record<string, string | number>;
}

export interface InspectionSummary {
  /** Fiscal years of the year axis, in axis order (2020, 2021, …). */
  years: number[];
  /** The year headers as printed ("令和2年度"). */
  yearLabels: string[];
  /** The table's money unit ("百万円"), or null when the table names none. */
  unit: string | null;
  /** Where the unit came from (the table module's `unit.source`). */
  unitSource: TableRecognition["unit"]["source"];
  /** Row labels in table order. */
  rowLabels: string[];
  /** Data cells read as numbers. */
  readableNumbers: number;
  /** Empty data cells (blank is not zero). */
  blanks: number;
  /** Dash-only / なし data cells ("none / not computed", never 0). */
  none: number;
  /** Data cells holding words, not figures. */
  texts: number;
  unreadable: UnreadableCell[];
}

export interface InspectionReport {
  /** The range that was read (the selection when none was given). */
  ref: RangeRef;
  /** Cells in the range that was read. */
  cellCount: number;
  recognition: TableRecognition;
  summary: InspectionSummary;
}

/**
 * Reads one range through the port, recognises the finance table in it and summarises what
 * was found. `ref` null means the user's current selection. Never writes to the workbook.
 * Rejects with WorkbookError "workbook.emptyRange" when every cell of the range is empty.
 * With any callback or a signal (someone is watching or may cancel), recognition runs in slices
 * with a turn of the event loop between them (see {@link recognizeInSlices}), reporting its
 * progress and honouring the signal; without (the CLI), it runs in one go.
 *
 * @example
 * const report = await inspectRange(port, { sheet: "中長期財政見通し", address: "A1:L40" });
 * report.summary.years; // [2020, 2021, …, 2030]
 */
export async function inspectRange(
  port: WorkbookPort,
  ref: RangeRef | null,
  options: InspectOptions = {}
): Promise<InspectionReport> {
  options.onPhase?.("reading");
  const target = ref ?? (await port.getSelection());
  // Formulas too: a formula saved without its result reads as "" and must not pass for a blank.
  const grid = await port.readRange(target, {
    onProgress: options.onProgress,
    signal: options.signal,
    formulas: true,
  });
  // A range of empty cells holds no table; an empty report would read as "nothing wrong".
  if (holdsNothing(grid)) {
    throw new WorkbookError("workbook.emptyRange", {
      sheet: target.sheet,
      address: target.address,
    });
  }
  const { onPhase, onProgress, onRecognizeProgress, signal } = options;
  if (!onPhase && !onProgress && !onRecognizeProgress && !signal)
    return inspectGrid(target, grid, options);
  onPhase?.("recognizing");
  const recognition = await recognizeInSlices(grid, {
    era: options.era,
    onProgress: onRecognizeProgress,
    signal,
    sliceCells: options.sliceCells,
  });
  return reportOf(target, grid, recognition, options.lang ?? "ja");
}

/**
 * Whether every cell of a grid is empty: no value and no formula (a formula saved without its
 * result reads as "" but is not empty: recognition reports it as not calculated).
 *
 * @example holdsNothing({ sheet: "s", top: 0, left: 0, values: [[""]], formulas: [["=A2"]] }) // false
 */
export function holdsNothing(grid: Grid): boolean {
  return grid.values.every((row, r) =>
    row.every((v, c) => v === "" && (grid.formulas?.[r]?.[c] ?? "") === "")
  );
}

/** Recognises an already read grid; shared by {@link inspectRange} and the used-range variant. */
export function inspectGrid(
  ref: RangeRef,
  grid: Grid,
  options: Pick<InspectOptions, "era" | "lang"> = {}
): InspectionReport {
  const recognition = recognizeTable(
    grid,
    options.era === undefined ? undefined : { era: options.era }
  );
  return reportOf(ref, grid, recognition, options.lang ?? "ja");
}

function reportOf(
  ref: RangeRef,
  grid: Grid,
  recognition: TableRecognition,
  lang: Language
): InspectionReport {
  // Rows may be ragged (grids built by hand); the range is the rectangle they span.
  const width = grid.values.reduce((w, row) => Math.max(w, row.length), 0);
  const cellCount = grid.values.length * width;
  return { ref, cellCount, recognition, summary: summarizeRecognition(recognition, lang) };
}
