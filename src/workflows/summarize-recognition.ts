import { formatMessage } from "../core/messages";
import type { Language } from "../core/messages";
import { countCells, type TableRecognition } from "../core/table";
import type { InspectionSummary, UnreadableCell } from "./inspect-range";

/**
 * Condenses a table recognition into what a person checks first: the years, the unit, the row
 * labels and how many data cells were read. Unreadable cells keep their address and a rendered
 * reason, because a number that cannot be read is reported, never guessed; they are the cells
 * {@link countCells} counts, the one source the CLI's 「読めないセルはありません」 also follows.
 *
 * @example
 * summarizeRecognition(recognizeTable(grid), "en").years; // [2020, 2021, 2022]
 */
export function summarizeRecognition(
  recognition: TableRecognition,
  lang: Language
): InspectionSummary {
  // One count for every surface (core/table countCells): the pane and the CLI cannot disagree.
  const { numbers, blanks, none, texts, unreadable: issues } = countCells(recognition);
  const unreadable: UnreadableCell[] = issues.map(({ address, issue }) => ({
    address,
    message: formatMessage(issue, lang),
    ...issue,
  }));
  const years = recognition.yearAxis?.years ?? [];
  return {
    years: years.map((y) => y.fiscalYear),
    yearLabels: years.map((y) => y.label),
    unit: recognition.unit.money ?? null,
    unitSource: recognition.unit.source,
    rowLabels: recognition.rows.map((r) => r.label),
    readableNumbers: numbers,
    blanks,
    none,
    texts,
    unreadable,
  };
}
