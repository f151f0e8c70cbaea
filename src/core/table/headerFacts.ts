import { findEraInText, type Era } from "../calendar";
import { findUnitStatement } from "./findUnitStatement";
import type { GridView } from "./GridView";
import type { HeaderLayout } from "./layoutHeader";
import type { TableUnitFound } from "./types";

/**
 * A header cell that only states the table unit (「単位:百万円」 in the corner).
 *
 * @example headerUnit(view, [0])?.money // "千円" for a corner cell 「(単位：千円・%)」
 */
export function headerUnit(view: GridView, rows: number[]): TableUnitFound | null {
  for (const r of rows) {
    for (let c = 0; c < view.cols; c++) {
      const s = view.isEmpty(r, c) ? null : findUnitStatement(view.text(r, c));
      if (s?.wholeCell)
        return {
          money: s.money,
          others: s.others,
          source: "header",
          address: view.address(r, c),
          text: s.text,
        };
    }
  }
  return null;
}

/**
 * The first era the header names (「令和2年度」 before bare 「3年度」), for bare years.
 *
 * @example headerEra(layout) // "R" for 「令和6年度 | 7年度」
 */
export function headerEra(layout: HeaderLayout): Era | null {
  for (const row of layout.cells)
    for (const text of row)
      if (text !== "") {
        const e = findEraInText(text);
        if (e) return e;
      }
  return null;
}
