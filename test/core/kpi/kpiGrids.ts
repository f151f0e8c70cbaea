import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { CellValue, Grid } from "../../../src/core/grid";
import { D } from "../../../src/core/decimal";
import type { Decimal } from "../../../src/core/decimal";

export const repoRoot = resolve(__dirname, "..", "..", "..");

/** A grid as a register sheet gives it: rows of cells from the top-left cell A1. */
export function gridOf(values: CellValue[][], sheet = "KPI"): Grid {
  return { sheet, top: 0, left: 0, values };
}

/**
 * A real register from data/*.tsv as the sample workbook holds it: a plain figure (300000000,
 * -150, 99.0) is a number, everything else text, an empty field "".
 */
export function tsvGrid(name: string): Grid {
  const lines = readFileSync(join(repoRoot, "data", name), "utf8")
    .replace(/\n$/, "")
    .split("\n")
    .map((line) =>
      line.split("\t").map((f): CellValue => (/^-?\d+(\.\d+)?$/.test(f) ? Number(f) : f))
    );
  return gridOf(lines);
}

/** Decimals as strings for toEqual. */
export function fixed(values: (Decimal | null)[]): (string | null)[] {
  return values.map((v) => (v === null ? null : v.toFixed()));
}

export function dec(v: string | number): Decimal {
  return new D(v);
}
