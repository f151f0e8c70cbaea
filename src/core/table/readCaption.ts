import { findEraInText, type Era } from "../calendar";
import { findUnitStatement } from "./findUnitStatement";
import type { GridView } from "./GridView";
import type { TableUnitFound } from "./types";

export interface Caption {
  title: string | null;
  unit: TableUnitFound | null;
  /** Era named in the caption (「令和3年度～令和12年度」), for bare year headers. */
  era: Era | null;
  /** First grid-relative row of the table proper (header or data). */
  start: number;
}

/**
 * Reads the caption rows above a table: rows holding one text cell (a title or a note such as
 * 「単位:百万円 / △は負数」), optionally next to a unit statement, and blank rows. The first row with
 * two or more cells that are not unit statements starts the table.
 *
 * @example readCaption(view).unit?.money // "百万円" for 「単位:百万円 / △は負数」
 */
export function readCaption(view: GridView): Caption {
  let title: string | null = null;
  let unit: TableUnitFound | null = null;
  let era: Era | null = null;
  let r = 0;
  for (; r < view.rows; r++) {
    const texts: { c: number; text: string }[] = [];
    let numbers = 0;
    let statement: { c: number; s: NonNullable<ReturnType<typeof findUnitStatement>> } | null =
      null;
    for (let c = 0; c < view.cols; c++) {
      if (view.isEmpty(r, c)) continue;
      if (typeof view.value(r, c) !== "string") {
        numbers++;
        continue;
      }
      const text = view.text(r, c);
      const s = findUnitStatement(text);
      if (s && !statement) statement = { c, s };
      if (!s?.wholeCell) texts.push({ c, text });
    }
    if (numbers > 0 || texts.length > 1) break;
    if (statement && !unit) {
      const { money, others, text } = statement.s;
      unit = { money, others, source: "caption", address: view.address(r, statement.c), text };
    }
    const first = texts[0];
    if (first) {
      if (title === null) title = first.text;
      era ??= findEraInText(first.text);
    }
  }
  return { title, unit, era, start: r };
}
