import { WorkbookError } from "../workbook/port";
import type { RangeRef, WorkbookPort } from "../workbook/port";
import type { Language } from "../core/messages";
import type { Grid } from "../core/grid";
import { recognizeTable } from "../core/table";
import type { RecognizeTableOptions, TableRecognition } from "../core/table";
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
   * the cells are in. Recognition runs in one go, so the workflow yields to the event loop once
   * after "recognizing" and a UI can paint its "analysing" state first.
   */
  onPhase?: (phase: InspectPhase) => void;
}

/** What {@link inspectRange} is doing: waiting for the workbook, or recognising the table. */
export type InspectPhase = "reading" | "recognizing";

/**
 * Lets pending work run (a React commit, a paint) before a long synchronous step. setTimeout
 * exists in every JS host (browser, Excel's webview, node), unlike requestAnimationFrame.
 */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A cell whose text looks like a number but cannot be read safely — reported, never guessed. */
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
 * With `onPhase`, reports "reading" then "recognizing" and yields once before recognising.
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
  const grid = await port.readRange(target, {
    onProgress: options.onProgress,
    signal: options.signal,
  });
  // A range of empty cells holds no table; an empty report would read as "nothing wrong".
  if (grid.values.every((row) => row.every((v) => v === ""))) {
    throw new WorkbookError("workbook.emptyRange", {
      sheet: target.sheet,
      address: target.address,
    });
  }
  if (options.onPhase) {
    options.onPhase("recognizing");
    await yieldToEventLoop();
    // Cancelled while the UI painted: the same outcome as an abort during the read.
    if (options.signal?.aborted) throw new WorkbookError("workbook.aborted");
  }
  return inspectGrid(target, grid, options);
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
  // Rows may be ragged (grids built by hand); the range is the rectangle they span.
  const width = grid.values.reduce((w, row) => Math.max(w, row.length), 0);
  const cellCount = grid.values.length * width;
  return {
    ref,
    cellCount,
    recognition,
    summary: summarizeRecognition(recognition, options.lang ?? "ja"),
  };
}
