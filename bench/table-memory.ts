/**
 * Heap that table recognition holds per cell of a 1,000,000-cell grid, measured in a child
 * process with `node --expose-gc` (bench/table-memory-child.ts: full GCs before and after, the
 * grid itself not counted), for figures that all differ and for figures that repeat five times
 * per column as in bench/cli.ts's 5,000,000-cell workbook. Each is checked against its budget;
 * a budget exceeded sets the exit code to 1.
 *
 * Where the bytes of a figure cell go (64-bit V8, no pointer compression): the RecognizedCell
 * (11 fields, 112 B), its address string (24 B), its reading (ParsedCell 56 B, Quantity 48 B,
 * Decimal with its digit array 112 B; the warnings array is one shared frozen []). Equal Excel
 * numbers of a column share one reading, so a repeated figure costs the cell and its address.
 * Per row: the row object, its address and its cells array (about 21 B per cell at 10 columns).
 */
import { spawn } from "node:child_process";
import { join } from "node:path";

/** Bytes per cell each grid may hold, from the object sizes above with a few percent of margin. */
export const BUDGET = { distinct: 360, repeating: 200 } as const;

interface ChildResult {
  kind: keyof typeof BUDGET;
  cells: number;
  figures: number;
  bytesPerCell: number;
  ms: number;
}

function measure(kind: keyof typeof BUDGET): Promise<ChildResult> {
  const child = spawn(
    process.execPath,
    ["--expose-gc", "--import", "tsx", join(__dirname, "table-memory-child.ts"), kind],
    { cwd: join(__dirname, ".."), stdio: ["ignore", "pipe", "inherit"] }
  );
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) reject(new Error(`table-memory-child ${kind} exited ${code}`));
      else resolve(JSON.parse(out) as ChildResult);
    });
  });
}

export async function run(): Promise<string[]> {
  const lines: string[] = [];
  for (const kind of ["distinct", "repeating"] as const) {
    const r = await measure(kind);
    const ok = r.bytesPerCell <= BUDGET[kind];
    if (!ok) process.exitCode = 1;
    lines.push(
      `${r.cells.toLocaleString("en-US")} cells, figures ${kind}: recognition holds ` +
        `${r.bytesPerCell.toFixed(0)} B/cell (budget ${BUDGET[kind]}: ${ok ? "within" : "OVER"}), ` +
        `recognised in ${Math.round(r.ms).toLocaleString("en-US")} ms`
    );
  }
  return lines;
}
