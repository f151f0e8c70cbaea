/**
 * How far recognition has come: `done` of `total`, both in cells of the grid (rows × columns).
 * Each cell is visited by two passes (parsing the body, then building the rows), so the first
 * pass covers the first half of `total` and the second pass the rest.
 */
export interface RecognizeStep {
  done: number;
  total: number;
}

/** Cells handled between two steps when the caller names none: a few milliseconds of work. */
export const DEFAULT_SLICE_CELLS = 5_000;

/**
 * Counts the cells the recognition passes handle and says when a slice is full, so a generator
 * can yield there. Counting, not timing: core has no clock, and the same grid always slices the
 * same way. A row is never split: a slice ends after the row that fills it.
 *
 * @example
 * const meter = new SliceMeter(100_000, 5_000);
 * meter.count(10, 0.25); // null until 5,000 cells are counted, then { done: 25_000, total: 100_000 }
 */
export class SliceMeter {
  private since = 0;

  constructor(
    readonly total: number,
    readonly sliceCells: number
  ) {
    if (!(sliceCells > 0)) throw new RangeError(`sliceCells must be positive: ${sliceCells}`);
  }

  /** The step before any work: the total is known once the grid is. */
  start(): RecognizeStep {
    return { done: 0, total: this.total };
  }

  /**
   * Counts `cells` more; `progress` (0…1) is how far the whole recognition has come. Answers the
   * step to yield when the cells since the last step reach a slice, else null.
   */
  count(cells: number, progress: number): RecognizeStep | null {
    this.since += cells;
    if (this.since < this.sliceCells) return null;
    this.since = 0;
    return { done: Math.min(this.total, Math.floor(this.total * progress)), total: this.total };
  }
}

/**
 * Runs a step generator to its end and answers its result: the one-go path for callers that do
 * not need to pause (the CLI, tests, small grids).
 *
 * @example finishSteps(recognizeTableSteps(grid)) // the same as recognizeTable(grid)
 */
export function finishSteps<T>(steps: Generator<RecognizeStep, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
