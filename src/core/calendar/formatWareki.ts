import type { Issue } from "../messages/types";
import { eraInfo, type Era } from "./eras";
import { eraOfYear } from "./eraOfYear";

export type WarekiStyle = "long" | "short" | "western";

export type WarekiResult =
  { ok: true; era: Era; eraName: string; eraYear: number } | { ok: false; issue: Issue };

/**
 * The era name of a fiscal year, or an issue before 1926 (昭和元年). FY2019 is 令和元年度 although
 * it began on 1 April 2019 under 平成: the FY takes the name of the era of its calendar year.
 *
 * @example warekiOf(2019) // { ok: true, era: "R", eraName: "令和", eraYear: 1 }
 */
export function warekiOf(fiscalYear: number): WarekiResult {
  const named = Number.isInteger(fiscalYear) ? eraOfYear(fiscalYear) : null;
  if (!named)
    return { ok: false, issue: { code: "calendar.beforeShowa", params: { year: fiscalYear } } };
  return { ok: true, era: named.era, eraName: eraInfo(named.era).name, eraYear: named.eraYear };
}

/** Thrown by formatWareki for a year it cannot name; check with warekiOf first when the year comes from a user. */
export class WarekiRangeError extends RangeError {
  constructor(readonly issue: Issue) {
    super(`${issue.code}: ${String(issue.params?.year)}`);
    this.name = "WarekiRangeError";
  }
}

/**
 * Writes a fiscal year: long 令和7年度 (令和元年度, never 令和1年度 — Excel's ggge format shows 1年,
 * a known gap), short R7 (R1 for 2019: the letter form has no 元), western 2025年度.
 * Throws WarekiRangeError before 1926 for long and short styles.
 *
 * @example formatWareki(2019) // "令和元年度"
 */
export function formatWareki(fiscalYear: number, style: WarekiStyle = "long"): string {
  if (!Number.isInteger(fiscalYear))
    throw new RangeError(`fiscal year must be an integer: ${fiscalYear}`);
  if (style === "western") return `${fiscalYear}年度`;
  const w = warekiOf(fiscalYear);
  if (!w.ok) throw new WarekiRangeError(w.issue);
  if (style === "short") return `${w.era}${w.eraYear}`;
  return `${w.eraName}${w.eraYear === 1 ? "元" : String(w.eraYear)}年度`;
}
