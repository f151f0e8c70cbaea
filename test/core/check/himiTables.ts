import type { CellValue, Grid } from "../../../src/core/grid";
import { gridFromTsv } from "../table/himiGrids";

/** The 氷見 fiscal outlook with one printed cell replaced (A1 address, text as printed). */
export function fiscalOutlookWith(changes: Record<string, string> = {}): Grid {
  const grid = gridFromTsv("himi-fiscal-outlook.tsv");
  const values = grid.values.map((r) => [...r]);
  for (const [address, text] of Object.entries(changes)) {
    const m = /^([A-Z])(\d+)$/.exec(address)!;
    const row = values[Number(m[2]) - 1]!;
    row[m[1]!.charCodeAt(0) - 65] = text;
  }
  return { ...grid, values };
}

/** The same table with years down the rows and items across (the blank line kept as a column). */
export function transposed(grid: Grid): Grid {
  const caption = grid.values.slice(0, 2);
  const body = grid.values.slice(2);
  const width = Math.max(...body.map((r) => r.length));
  const values: CellValue[][] = [...caption];
  for (let c = 0; c < width; c++) values.push(body.map((r) => r[c] ?? ""));
  return { ...grid, values };
}

/** The same table with the year columns newest first. */
export function newestFirst(grid: Grid): Grid {
  const values = grid.values.map((r, i) =>
    i < 2 || r.length === 0 ? r : [r[0]!, ...r.slice(1).reverse()]
  );
  return { ...grid, values };
}
