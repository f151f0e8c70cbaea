import { findUnitStatement } from "./findUnitStatement";
import type { GridView } from "./GridView";

export interface HeaderLayout {
  /** Grid-relative header rows, top first. */
  rows: number[];
  /** [header index][grid column] text with merged-looking blanks filled from the left. */
  cells: string[][];
  /** [header index][grid column] text as printed (unit statements removed). */
  printed: string[][];
}

/**
 * Header texts per row and column. Excel keeps a merged cell's text in its top-left cell only, so
 * in every header row but the last a blank cell takes the label to its left — when a lower header
 * row has a label under it (「一般行政部門(R2.4.1)」 spans 「職員数(人)」 and 「人口1万人当たり…」).
 * Cells that only state the table unit are not labels.
 *
 * @example layoutHeader(view, [1, 2]).cells[0]?.[7] // "一般行政部門(R2.4.1)" (carried)
 */
export function layoutHeader(view: GridView, rows: number[]): HeaderLayout {
  const printed = rows.map((r) =>
    Array.from({ length: view.cols }, (_, c) => {
      const text = view.text(r, c);
      return text !== "" && findUnitStatement(text)?.wholeCell ? "" : text;
    })
  );
  const cells = printed.map((row) => row.slice());
  for (let h = 0; h < rows.length - 1; h++) {
    let carried = "";
    for (let c = 0; c < view.cols; c++) {
      const own = printed[h]![c]!;
      if (own !== "") {
        carried = own;
        continue;
      }
      const labelBelow = printed.slice(h + 1).some((row) => row[c] !== "");
      if (carried !== "" && labelBelow) cells[h]![c] = carried;
    }
  }
  return { rows, cells, printed };
}

/**
 * The column's label: its header texts top to bottom joined with " / ", repeats dropped.
 *
 * @example columnLabel(layout, 6) // "一般行政部門(R2.4.1) / 職員数(人)"
 */
export function columnLabel(layout: HeaderLayout, c: number): string {
  const parts: string[] = [];
  for (const row of layout.cells) {
    const t = row[c] ?? "";
    if (t !== "" && parts[parts.length - 1] !== t) parts.push(t);
  }
  return parts.join(" / ");
}

/** Whether the column has no header text in any header row (a merged label column's continuation). */
export function headerBlank(layout: HeaderLayout, c: number): boolean {
  return layout.cells.every((row) => (row[c] ?? "") === "");
}
