import { WorkbookError } from "../workbook/port";
import type { Grid } from "../core/grid";
import { DEFAULT_SLICE_CELLS, recognizeTableSteps } from "../core/table";
import type { RecognizeTableOptions, TableRecognition } from "../core/table";

export interface RecognizeInSlicesOptions {
  /** Era for bare years when the table itself does not name one. */
  era?: RecognizeTableOptions["era"];
  /** Called before each slice: cells analysed and cells in all (the grid's rows × columns). */
  onProgress?: (done: number, total: number) => void;
  /** Checked between slices; once aborted, rejects with WorkbookError "workbook.aborted". */
  signal?: AbortSignal;
  /** Cells per slice (default {@link DEFAULT_SLICE_CELLS}, a few milliseconds of work). */
  sliceCells?: number;
}

/**
 * Lets pending work run (a React commit, a paint, a click on 中止) between two slices.
 * setTimeout exists in every JS host (browser, Excel's webview, node), unlike
 * requestAnimationFrame.
 *
 * @example await yieldToEventLoop();
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Recognises the table of a grid slice by slice, giving the event loop a turn after each report,
 * so a task pane stays responsive (and can cancel) on a selection of a million cells instead of
 * freezing for seconds. The result is the one {@link recognizeTableSteps} returns, the same as
 * recognizeTable's. The first report ({ done: 0 }) comes before any work: the UI can paint the
 * bar with its total before the first slice runs.
 *
 * @example
 * const recognition = await recognizeInSlices(grid, { onProgress: (d, t) => show(d, t), signal });
 */
export async function recognizeInSlices(
  grid: Grid,
  options: RecognizeInSlicesOptions = {}
): Promise<TableRecognition> {
  const steps = recognizeTableSteps(
    grid,
    options.era === undefined ? {} : { era: options.era },
    options.sliceCells ?? DEFAULT_SLICE_CELLS
  );
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    options.onProgress?.(next.value.done, next.value.total);
    await yieldToEventLoop();
    // Cancelled while the UI had its turn: the same outcome as an abort during the read.
    if (options.signal?.aborted) throw new WorkbookError("workbook.aborted");
  }
}
