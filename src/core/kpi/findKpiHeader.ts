import type { CellValue, Grid } from "../grid";
import { classifyKpiHeader, type ClassifiedHeader, type KpiHeader } from "./kpiHeaders";

/** How far down a sheet the header of a register is looked for (titles and notes above it). */
export const HEADER_SEARCH_ROWS = 30;

export interface FoundKpiHeader {
  /** Zero-based rows of the grid holding the header (one or two). */
  rows: number[];
  /** Per column of the grid: the header text as written (two rows joined) and what it names. */
  columns: { text: string; classified: ClassifiedHeader }[];
}

function cellText(value: CellValue | undefined): string {
  if (value === undefined || value === "") return "";
  return String(value).trim();
}

function rowTexts(grid: Grid, r: number, width: number): string[] {
  const row = grid.values[r] ?? [];
  return Array.from({ length: width }, (_, c) => cellText(row[c]));
}

/**
 * A row that can head a register: an indicator column plus a direction, goal, target-type or
 * plan/actual column (指標 and 単位 over bare years is a table of figures, not a register).
 */
function looksLikeHeader(headers: (KpiHeader | null)[]): boolean {
  let indicator = false;
  let other = false;
  for (const h of headers) {
    if (!h) continue;
    if (h.kind === "field" && h.field === "indicator") indicator = true;
    else if (h.kind === "field" && ["direction", "goal", "targetType"].includes(h.field))
      other = true;
    else if (h.kind === "year") other = true;
  }
  return indicator && other;
}

const YEAR_OR_ROLE = new Set(["yearOnly", "roleOnly"]);
/** Words of a lower header row: 目標 counts here although alone it names the goal column. */
const LOWER_ROLE = /^(計画|目標|予定|計画値|目標値|実績|実績値|plan|target|actual|result)$/i;

function isLowerCell(text: string): boolean {
  const c = classifyKpiHeader(text).header;
  return (c !== null && YEAR_OR_ROLE.has(c.kind)) || LOWER_ROLE.test(text.replace(/\s+/g, ""));
}

/**
 * Finds the header of a KPI register in the first rows of a grid: one row, or two when the row
 * below splits years into 計画 / 実績 (or a 計画 block into years). Merged header cells come as
 * the value in the first cell and "" in the others, so a blank upper cell over a lower one takes
 * the nearest year or role to its left. Null when no row heads a register.
 */
export function findKpiHeader(grid: Grid): FoundKpiHeader | null {
  const width = grid.values.reduce((w, row) => Math.max(w, row.length), 0);
  const limit = Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r += 1) {
    const top = rowTexts(grid, r, width);
    const topClass = top.map((t) => (t === "" ? null : classifyKpiHeader(t).header));
    const below = r + 1 < grid.values.length ? rowTexts(grid, r + 1, width) : [];
    const lowerCells = below.filter((t) => t !== "" && isLowerCell(t)).length;
    const twoRows =
      lowerCells >= 2 &&
      below.every((t, c) => t === "" || isLowerCell(t) || top[c] === "" || top[c] === t) &&
      !below.some((t) => classifyKpiHeader(t).header?.kind === "field");
    if (!twoRows) {
      if (!looksLikeHeader(topClass)) continue;
      return {
        rows: [r],
        columns: top.map((text) => ({ text, classified: classifyKpiHeader(text) })),
      };
    }
    const joined: string[] = [];
    let carry = "";
    for (let c = 0; c < width; c += 1) {
      const upper = top[c] ?? "";
      const lower = below[c] ?? "";
      if (upper !== "")
        carry =
          YEAR_OR_ROLE.has(topClass[c]?.kind ?? "") || LOWER_ROLE.test(upper.replace(/\s+/g, ""))
            ? upper
            : "";
      const head = upper !== "" ? upper : lower !== "" ? carry : "";
      joined.push(lower === "" || lower === head ? head : `${head} ${lower}`.trim());
    }
    const classified = joined.map((text) => classifyKpiHeader(text));
    if (!looksLikeHeader(classified.map((c) => c.header))) continue;
    return {
      rows: [r, r + 1],
      columns: joined.map((text, c) => ({ text, classified: classified[c]! })),
    };
  }
  return null;
}
