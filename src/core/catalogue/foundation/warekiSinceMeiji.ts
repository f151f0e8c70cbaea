import { formatWareki, type WarekiStyle } from "../../calendar";

/** The fiscal years WAREKI writes: from 1868 (明治元年) to 9999, Excel's last year. */
export const WAREKI_YEARS = { first: 1868, last: 9999 } as const;

/**
 * 明治 and 大正, which src/core/calendar leaves out (no finance table it reads goes back that far)
 * but a history column can (a fund's or an ordinance's year of establishment). As for the later
 * eras, the era in force at the end of a year names it: 1912 is 大正元年 (大正 began on 30 July 1912),
 * 1868 is 明治元年 (the 1868 改元 counted from New Year). Newest first.
 */
const EARLY_ERAS = [
  { letter: "T", name: "大正", firstYear: 1912 },
  { letter: "M", name: "明治", firstYear: 1868 },
] as const;

/**
 * A fiscal year written in 和暦 from 明治元年度 (1868) to 9999年度, or null outside that range.
 * 昭和 onwards comes from the calendar's {@link formatWareki}; 明治 and 大正 from the table above.
 *
 * @example formatWarekiSinceMeiji(1912, "long") // "大正元年度"
 */
export function formatWarekiSinceMeiji(fiscalYear: number, style: WarekiStyle): string | null {
  if (!Number.isInteger(fiscalYear)) return null;
  if (fiscalYear < WAREKI_YEARS.first || fiscalYear > WAREKI_YEARS.last) return null;
  const early = EARLY_ERAS.find((e) => e.firstYear <= fiscalYear);
  // From 1926 on (昭和元年) the calendar names every year.
  if (style === "western" || fiscalYear >= 1926 || !early) return formatWareki(fiscalYear, style);
  const eraYear = fiscalYear - early.firstYear + 1;
  if (style === "short") return `${early.letter}${eraYear}`;
  return `${early.name}${eraYear === 1 ? "元" : String(eraYear)}年度`;
}
