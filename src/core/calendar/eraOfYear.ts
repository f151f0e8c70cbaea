import { ERAS, eraFromName, type Era } from "./eras";

export interface EraYear {
  era: Era;
  eraYear: number;
}

/** Built lazily: constructing a DateTimeFormat is slow and some runtimes lack the calendar. */
let japaneseFormat: Intl.DateTimeFormat | null | undefined;

function intlFormat(): Intl.DateTimeFormat | null {
  if (japaneseFormat !== undefined) return japaneseFormat;
  try {
    const f = new Intl.DateTimeFormat("ja-JP-u-ca-japanese", {
      era: "long",
      year: "numeric",
      timeZone: "UTC",
    });
    japaneseFormat = f.resolvedOptions().calendar === "japanese" ? f : null;
  } catch {
    // A runtime built without full ICU rejects the locale: the era table below is the fallback.
    japaneseFormat = null;
  }
  return japaneseFormat;
}

/**
 * The era table's answer: the newest era whose 元年 is not after the year.
 *
 * @example eraOfYearByTable(1989) // { era: "H", eraYear: 1 }
 */
export function eraOfYearByTable(year: number): EraYear | null {
  const e = ERAS.find((x) => x.firstYear <= year);
  return e ? { era: e.era, eraYear: year - e.firstYear + 1 } : null;
}

/**
 * The era that names a western year (or a fiscal year with the same number), 1926 onwards.
 *
 * Asks the browser's Japanese calendar for 31 December of the year: the era in force at the end of
 * the year names it, which is the convention — 1926 is 昭和元年 (昭和 began on 25 Dec 1926),
 * 1989 is 平成元年 and 2019 is 令和元年 (so FY2019, which began on 1 April 2019 under 平成, is
 * conventionally called 令和元年度). Falls back to the table when Intl lacks the calendar or
 * disagrees with it (an unknown era name such as a future one is not guessed).
 *
 * @example eraOfYear(2019) // { era: "R", eraYear: 1 }
 */
export function eraOfYear(year: number): EraYear | null {
  if (!Number.isInteger(year) || year < 1926) return null;
  const table = eraOfYearByTable(year);
  const f = intlFormat();
  if (!f) return table;
  const parts = f.formatToParts(new Date(Date.UTC(year, 11, 31)));
  const eraName = parts.find((p) => p.type === "era")?.value ?? "";
  const yearText = parts.find((p) => p.type === "year")?.value ?? "";
  const era = eraFromName(eraName);
  const eraYear = yearText === "元" ? 1 : Number(yearText);
  if (!era || !Number.isInteger(eraYear)) return table;
  return { era, eraYear };
}
