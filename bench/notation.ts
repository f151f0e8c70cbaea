/**
 * Notation parsing throughput: parseJapaneseNumber against a bare `Number()` pass over the same
 * cells, in the same process, so the ratio says what reading 予算書 notation costs.
 * Run alone: npx tsx -e "import('./bench/notation.ts').then(m=>console.log(m.run().join('\n')))"
 */
import { parseJapaneseNumber } from "../src/core/notation";

const CELL_COUNT = 200_000;

/** Realistic cells of a 財政見通し or KPI table: mostly figures, some △, units, blanks, dashes. */
function buildCells(): string[] {
  const cells: string[] = [];
  let seed = 12345;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  const thousands = (n: number): string => n.toLocaleString("en-US");
  for (let i = 0; i < CELL_COUNT; i++) {
    const r = next() % 100;
    const n = next() % 30000;
    if (r < 35) cells.push(thousands(n));
    else if (r < 50) cells.push(`△ ${thousands(n % 1000)}`);
    else if (r < 65) cells.push(`${(n % 1000) / 10}`);
    else if (r < 72) cells.push(`${(n % 9) + 1}億円`);
    else if (r < 77) cells.push(`${90 + (n % 10)}.0%以上`);
    else if (r < 82) cells.push(`${n % 50}件`);
    else if (r < 90) cells.push("");
    else if (r < 96) cells.push("－");
    else cells.push(`${n % 100}`);
  }
  return cells;
}

function time(
  label: string,
  cells: string[],
  pass: (cells: string[]) => number
): { label: string; perSecond: number; checksum: number } {
  pass(cells.slice(0, 20_000)); // warm up the JIT on the same shapes
  pass(cells.slice(0, 20_000));
  const start = performance.now();
  const checksum = pass(cells);
  const ms = performance.now() - start;
  return { label, perSecond: cells.length / (ms / 1000), checksum };
}

function parsePass(cells: string[]): number {
  let numbers = 0;
  for (const cell of cells)
    if (parseJapaneseNumber(cell, { tableUnit: "百万円" }).kind === "number") numbers++;
  return numbers;
}

function numberPass(cells: string[]): number {
  let numbers = 0;
  for (const cell of cells)
    if (cell !== "" && !Number.isNaN(Number(cell.replace(/,/g, "")))) numbers++;
  return numbers;
}

export function run(): string[] {
  const cells = buildCells();
  const parse = time("parseJapaneseNumber", cells, parsePass);
  const bare = time("Number() baseline", cells, numberPass);
  const fmt = (x: number): string => Math.round(x).toLocaleString("en-US");
  return [
    `cells: ${cells.length.toLocaleString("en-US")}`,
    `${parse.label}: ${fmt(parse.perSecond)} cells/s (${parse.checksum} numbers)`,
    `${bare.label}: ${fmt(bare.perSecond)} cells/s (${bare.checksum} numbers, △ and units unread)`,
    `ratio: parseJapaneseNumber is ${(bare.perSecond / parse.perSecond).toFixed(1)}x slower than Number()`,
  ];
}
