import { formatMessage } from "../core/messages";
import type { Language } from "../core/messages";
import type { TableRecognition } from "../core/table";
import type { InspectionSummary, UnreadableCell } from "./inspect-range";

/**
 * Condenses a table recognition into what a person checks first: the years, the unit, the row
 * labels and how many data cells were read. Unreadable cells keep their address and a rendered
 * reason, because a number that cannot be read is reported, never guessed.
 *
 * @example
 * summarizeRecognition(recognizeTable(grid), "en").years; // [2020, 2021, 2022]
 */
export function summarizeRecognition(
  recognition: TableRecognition,
  lang: Language
): InspectionSummary {
  const counts = { readableNumbers: 0, blanks: 0, none: 0, texts: 0 };
  const unreadable: UnreadableCell[] = [];
  for (const row of recognition.rows) {
    for (const cell of row.cells) {
      const parsed = cell.parsed;
      if (parsed.kind === "number") counts.readableNumbers += 1;
      else if (parsed.kind === "blank") counts.blanks += 1;
      else if (parsed.kind === "none") counts.none += 1;
      else if (parsed.kind === "text") counts.texts += 1;
      else
        unreadable.push({
          address: cell.address,
          message: formatMessage(parsed.issue, lang),
          ...parsed.issue,
        });
    }
  }
  const years = recognition.yearAxis?.years ?? [];
  return {
    years: years.map((y) => y.fiscalYear),
    yearLabels: years.map((y) => y.label),
    unit: recognition.unit.money ?? null,
    unitSource: recognition.unit.source,
    rowLabels: recognition.rows.map((r) => r.label),
    ...counts,
    unreadable,
  };
}
