import type { Grid } from "../../src/core/grid";
import { WorkbookError } from "../../src/workbook/port";
import type { RangeRef, ReadOptions, WorkbookPort } from "../../src/workbook/port";

/**
 * Wraps a port so that `readRange` delivers its blocks only when the test calls `next()`, the way
 * Excel answers one `context.sync()` round trip at a time. Progress and abort behave as the port
 * contract says: progress after each block, "workbook.aborted" at the next block after an abort.
 * `finished` settles with "done" or the WorkbookError code the read ended with.
 */
export function slowReads(port: WorkbookPort, blockCells: number) {
  let release: () => void = () => {};
  let settle: (outcome: string) => void = () => {};
  const finished = new Promise<string>((resolve) => (settle = resolve));
  const waitForNext = () => new Promise<void>((resolve) => (release = resolve));

  async function readRange(ref: RangeRef, options: ReadOptions = {}): Promise<Grid> {
    try {
      const grid = await port.readRange(ref);
      const width = grid.values[0]?.length ?? 0;
      const total = grid.values.length * width;
      const blockRows = Math.max(1, Math.floor(blockCells / Math.max(width, 1)));
      for (let row = 0; row < grid.values.length; row += blockRows) {
        if (row > 0) await waitForNext();
        if (options.signal?.aborted) throw new WorkbookError("workbook.aborted");
        options.onProgress?.(Math.min(row + blockRows, grid.values.length) * width, total);
      }
      settle("done");
      return grid;
    } catch (error) {
      settle(error instanceof WorkbookError ? error.code : String(error));
      throw error;
    }
  }

  const slowPort: WorkbookPort = Object.assign(Object.create(port) as WorkbookPort, { readRange });
  return { port: slowPort, next: () => release(), finished };
}
