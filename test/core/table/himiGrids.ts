import { readFileSync } from "fs";
import { join } from "path";
import type { CellValue, Grid } from "../../../src/core/grid";

/**
 * Test grids built from the 氷見 tables in data/ (data/README.md): `#` caption lines become a caption
 * cell in column A (「単位:百万円 / △は負数 / …」 keeps the whole caption), blank lines empty rows,
 * other lines are split on tabs and kept as printed strings (「5,159」, 「△ 65」).
 */
export function gridFromTsv(file: string, at: { top?: number; left?: number } = {}): Grid {
  const text = readFileSync(join(__dirname, "../../../data", file), "utf8");
  const lines = text.replace(/\n$/, "").split("\n");
  const values: CellValue[][] = lines.map((line) => {
    // The data files note their source in brackets after the printed caption; the sheet would not.
    if (line.startsWith("#")) return [line.replace(/^#\s*/, "").replace(/\s*\(source:.*\)$/, "")];
    if (line.trim() === "") return [];
    return line.split("\t");
  });
  return { sheet: file, top: at.top ?? 0, left: at.left ?? 0, values };
}

const FIGURE = /^(△\s?)?(\d{1,3}(?:,\d{3})*|\d+)(\.\d+)?$/;

/**
 * The same grid as an Excel workbook holds it: figures are JS numbers under the 予算書 format
 * `#,##0;"△ "#,##0` (with decimals where printed), everything else stays text.
 */
export function asExcelNumbers(grid: Grid): Grid {
  const numberFormats: string[][] = [];
  const values = grid.values.map((row, r) =>
    row.map((v, c) => {
      const m = typeof v === "string" ? FIGURE.exec(v.trim()) : null;
      (numberFormats[r] ??= [])[c] = "General";
      if (!m) return v;
      const decimals = m[3] ? m[3].length - 1 : 0;
      const digits = decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
      numberFormats[r]![c] = `#,##${digits};"△ "#,##${digits}`;
      const n = Number(`${m[2]!.replace(/,/g, "")}${m[3] ?? ""}`);
      return m[1] ? -n : n;
    })
  );
  return { ...grid, values, numberFormats };
}

/** Row labels of a TSV as printed: first field of every data line, in order. */
export function rowLabelsOf(file: string, skipHeaderLines: number): string[] {
  const text = readFileSync(join(__dirname, "../../../data", file), "utf8");
  const lines = text.split("\n").filter((l) => !l.startsWith("#") && l.trim() !== "");
  return lines.slice(skipHeaderLines).map((l) => l.split("\t")[0]!.trim());
}
