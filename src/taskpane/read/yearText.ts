import { formatWareki, warekiOf } from "../../core/calendar/formatWareki";

/**
 * A fiscal year in 和暦 for the pane (令和2年度, 令和元年度), or the printed label when the year is
 * before 昭和 and has no era name.
 *
 * @example warekiText(2020, "R2") // "令和2年度"
 */
export function warekiText(fiscalYear: number, printed: string): string {
  return warekiOf(fiscalYear).ok ? formatWareki(fiscalYear, "long") : printed;
}
