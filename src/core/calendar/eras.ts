/** The three eras a finance table still uses. 大正 and earlier are out of scope (no FY table goes back that far). */
export type Era = "R" | "H" | "S";

export interface EraInfo {
  era: Era;
  /** 令和, 平成, 昭和 */
  name: string;
  /** One-kanji abbreviation used in tight headers (令7). */
  short: string;
  /** Western year of 元年: 令和 n = 2018 + n, so 元年 = 2019 (domain.md §1). */
  firstYear: number;
}

/** Newest first, so the first era whose first year is ≤ a year names it. */
export const ERAS: readonly EraInfo[] = [
  { era: "R", name: "令和", short: "令", firstYear: 2019 },
  { era: "H", name: "平成", short: "平", firstYear: 1989 },
  { era: "S", name: "昭和", short: "昭", firstYear: 1926 },
];

/**
 * The era record for a letter.
 *
 * @example eraInfo("H").firstYear // 1989
 */
export function eraInfo(era: Era): EraInfo {
  const info = ERAS.find((e) => e.era === era);
  if (!info) throw new Error(`unknown era: ${String(era)}`);
  return info;
}

/**
 * Western year of an era year, by arithmetic only (平成32 → 2020 is accepted: plans written before
 * 2019 kept counting 平成 into the future, domain.md §1).
 *
 * @example westernYear("R", 7) // 2025
 */
export function westernYear(era: Era, eraYear: number): number {
  return eraInfo(era).firstYear - 1 + eraYear;
}

/** Reads an era name or abbreviation (令和, 令, R, r) to its letter, or null. */
export function eraFromName(name: string): Era | null {
  const n = name.toUpperCase();
  for (const e of ERAS) if (n === e.name || n === e.short || n === e.era) return e.era;
  return null;
}
