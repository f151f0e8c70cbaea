import { parseFiscalYear, type WarekiStyle } from "../../calendar";
import { failArg, ok } from "../outcome";
import { argChoice, argNumber } from "../coerce";
import type { ExcelArg, FunctionOutcome, FunctionSpec } from "../types";
import { dateOfSerial, LAST_SERIAL } from "./fiscalYearFunction";
import { formatWarekiSinceMeiji, WAREKI_YEARS } from "./warekiSinceMeiji";

const STYLES: readonly WarekiStyle[] = ["long", "short", "western"];

/**
 * Above 9999 a whole number is no year WAREKI writes, but up to Excel's last date it is a date
 * serial — a date cell passed where the year was meant (45748 is 2025-04-01). The first such
 * serial, 10000, is 1927-05-18.
 */
const SERIALS = { first: WAREKI_YEARS.last + 1, last: LAST_SERIAL } as const;

const pad = (n: number) => String(n).padStart(2, "0");

/** The fiscal year argument: a whole number, or a label that {@link parseFiscalYear} reads (R7 → 2025). */
function fiscalYearArg(
  spec: FunctionSpec,
  args: ExcelArg[]
): { ok: true; year: number } | FunctionOutcome {
  const raw = args[0];
  if (typeof raw === "string" && raw.trim() !== "") {
    const read = parseFiscalYear(raw);
    if (read.ok) return { ok: true, year: read.fiscalYear };
  }
  const n = argNumber(args, 0, spec);
  if (!n.ok) return n;
  const text = n.value.toString();
  if (!n.value.isInteger()) return failArg("value", "functions.argNotInteger", spec, 0, { text });
  if (n.value.gte(SERIALS.first) && n.value.lte(SERIALS.last)) {
    const { year, month, day } = dateOfSerial(n.value.toNumber());
    return failArg("value", "functions.warekiDateSerial", spec, 0, {
      text,
      dateJa: `${year}年${month}月${day}日`,
      dateEn: `${year}-${pad(month)}-${pad(day)}`,
      ...SERIALS,
    });
  }
  if (n.value.lt(WAREKI_YEARS.first) || n.value.gt(WAREKI_YEARS.last))
    return failArg("value", "functions.warekiYearRange", spec, 0, { text, ...WAREKI_YEARS });
  return { ok: true, year: n.value.toNumber() };
}

/**
 * WAREKI(year, [style]): a fiscal year written the Japanese way — long 令和7年度 (令和元年度, never
 * 令和1年度), short R7, or western 2025年度 — for fiscal years 1868 (明治元年度) to 9999. A date
 * serial where the year was meant is answered with a hint to FISCALYEAR, never read as a year.
 * Errors are #VALUE!, the kind whose message Excel shows.
 */
export function evaluateWareki(spec: FunctionSpec, args: ExcelArg[]): FunctionOutcome {
  const style = argChoice(args, 1, spec, STYLES);
  if (!style.ok) return style;
  const year = fiscalYearArg(spec, args);
  if (!("year" in year)) return year;
  const text = formatWarekiSinceMeiji(year.year, style.value ?? "long");
  return text === null
    ? failArg("value", "functions.warekiYearRange", spec, 0, {
        text: String(year.year),
        ...WAREKI_YEARS,
      })
    : ok(text);
}

export const WAREKI_FUNCTION: FunctionSpec = {
  id: "WAREKI",
  category: "calendar",
  ja: {
    name: "和暦年度",
    description: "西暦の会計年度を和暦（令和7年度、R7）で返します。2019年度は令和元年度です。",
  },
  en: {
    name: "Japanese fiscal year",
    description:
      "Writes a western fiscal year in the Japanese calendar (令和7年度, R7); FY2019 is 令和元年度.",
  },
  params: [
    {
      id: "year",
      ja: {
        name: "年度",
        description: '西暦の年度（1868〜9999、例: 2025）。年度の表記（"R7"）も可',
      },
      en: {
        name: "fiscalYear",
        description:
          'Western fiscal year, 1868 to 9999 (e.g. 2025); a label such as "R7" is accepted too',
      },
      dimensionality: "scalar",
    },
    {
      id: "style",
      ja: {
        name: "形式",
        description: '"long"（令和7年度、既定）、"short"（R7）、"western"（2025年度）',
      },
      en: {
        name: "style",
        description: '"long" (令和7年度, default), "short" (R7), "western" (2025年度)',
      },
      dimensionality: "scalar",
      optional: true,
    },
  ],
  result: { dimensionality: "scalar" },
  formula: {
    ja: "令和n = 2018 + n、平成n = 1988 + n、昭和n = 1925 + n、大正n = 1911 + n、明治n = 1867 + n。年度はその暦年の元号で呼ぶ（2019年度 = 令和元年度）。1868〜9999年度",
    en: "令和 n = 2018 + n, 平成 n = 1988 + n, 昭和 n = 1925 + n, 大正 n = 1911 + n, 明治 n = 1867 + n; a FY takes the era of its calendar year (FY2019 = 令和元年度); FY1868 to 9999",
  },
  source: {
    ja: "元号法・地方自治法208条、官公庁の表記慣行（元年）",
    en: "Era Name Act, Local Autonomy Act art. 208, official usage (元年)",
  },
  confidence: "H",
  examples: [
    { formula: "=ZAISEI.WAREKI(2025)", result: "令和7年度" },
    {
      formula: "=ZAISEI.WAREKI(2019)",
      result: "令和元年度",
      note: { ja: "令和1年度とは書かない", en: "never 令和1年度" },
    },
    { formula: '=ZAISEI.WAREKI(2025, "short")', result: "R7" },
    { formula: '=ZAISEI.WAREKI(2013, "long")', result: "平成25年度" },
    { formula: '=ZAISEI.WAREKI("H25", "western")', result: "2013年度" },
    {
      formula: "=ZAISEI.WAREKI(1912)",
      result: "大正元年度",
      note: { ja: "明治元年度（1868）から", en: "from 明治元年度 (1868) on" },
    },
    {
      formula: "=ZAISEI.WAREKI(45748)",
      result: "#VALUE!",
      note: {
        ja: "日付のシリアル値（2025/4/1）は年度ではない。FISCALYEAR で年度にしてから",
        en: "a date serial (2025-04-01) is not a fiscal year: take its FISCALYEAR first",
      },
    },
  ],
  evaluate: (args) => evaluateWareki(WAREKI_FUNCTION, args),
};
