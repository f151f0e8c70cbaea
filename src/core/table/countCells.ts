import type { TableIssue, TableRecognition } from "./types";

/** How the data cells of a recognised table were read, and every cell that could not be. */
export interface CellCounts {
  /** Data cells read as figures. */
  numbers: number;
  /** Empty data cells (blank is not zero). */
  blanks: number;
  /** Dash-only / なし data cells ("none / not computed", never 0). */
  none: number;
  /** Data cells holding words, not figures. */
  texts: number;
  /**
   * Every cell that holds something but could not be read, in table order, with its address and
   * reason: the error-severity issues (unreadable figures, Excel errors, dates and TRUE/FALSE in
   * figure cells, formulas without a result, label cells holding an error).
   */
  unreadable: TableIssue[];
}

/**
 * The one count of a recognition's cells that every summary uses (the task pane, the CLI's text
 * and JSON), so none of them can say 「読めないセルはありません」 while an unreadable cell exists:
 * the unreadable cells are exactly the error-severity issues, and recognition raises one for
 * every data cell read as invalid.
 *
 * @example countCells(recognizeTable(grid)).unreadable.map((i) => i.address) // ["C6"]
 */
export function countCells(recognition: TableRecognition): CellCounts {
  const counts: CellCounts = { numbers: 0, blanks: 0, none: 0, texts: 0, unreadable: [] };
  for (const row of recognition.rows) {
    for (const cell of row.cells) {
      const kind = cell.parsed.kind;
      if (kind === "number") counts.numbers += 1;
      else if (kind === "blank") counts.blanks += 1;
      else if (kind === "none") counts.none += 1;
      else if (kind === "text") counts.texts += 1;
    }
  }
  for (const issue of recognition.issues)
    if (issue.severity === "error") counts.unreadable.push(issue);
  return counts;
}
