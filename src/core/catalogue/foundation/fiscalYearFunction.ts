import { eraFromName, fiscalYearOfDate, parseFiscalYear } from "../../calendar";
import { excelErrorKind } from "../readNumberCell";
import { failArg, failArgIssue, ok } from "../outcome";
import { argOptionalText, scalarArg } from "../coerce";
import type { ExcelArg, FunctionOutcome, FunctionSpec } from "../types";

/** Whole numbers up to this are years typed into a cell; larger ones are date serials (serial 2200 is 1906). */
const LAST_YEAR_NUMBER = 2199;
/** Excel's last date, 9999-12-31. */
export const LAST_SERIAL = 2958465;
/** Serial 0 in Excel's 1900 system is 1899-12-31, but Excel counts a non-existent 1900-02-29 (serial 60), so from serial 61 on the epoch is 1899-12-30. */
const EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * The calendar date of an Excel date serial (1900 system), for serials past 2199, all after the
 * 1900 leap-year quirk. Date.UTC is plain arithmetic here, not the clock.
 *
 * @example dateOfSerial(45748) // { year: 2025, month: 4, day: 1 }
 */
export function dateOfSerial(serial: number): { year: number; month: number; day: number } {
  const d = new Date(EPOCH_UTC + Math.floor(serial) * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * The calendar year and month of an Excel date serial (see {@link dateOfSerial}).
 *
 * @example yearMonthOfSerial(45748) // { year: 2025, month: 4 } (2025-04-01)
 */
export function yearMonthOfSerial(serial: number): { year: number; month: number } {
  const { year, month } = dateOfSerial(serial);
  return { year, month };
}

/**
 * FISCALYEAR(text, [era]): the western fiscal year of a label (令和7年度, R7, 平成32年度, H.25, 2025年度),
 * of a date (令和2年4月1日, or a date cell — Excel passes its serial number) or of a year typed as
 * a number. The optional era names the era of bare labels such as 7年度.
 */
export function evaluateFiscalYear(spec: FunctionSpec, args: ExcelArg[]): FunctionOutcome {
  const eraText = argOptionalText(args, 1, spec);
  if (!eraText.ok) return eraText;
  const era = eraText.value === null ? null : eraFromName(eraText.value.trim().normalize("NFKC"));
  if (eraText.value !== null && era === null) {
    return failArg("value", "functions.argChoice", spec, 1, {
      text: eraText.value,
      choicesJa: "令和, 平成, 昭和, R, H, S",
      choicesEn: "R, H, S",
    });
  }
  const scalar = scalarArg(args, 0, spec);
  if (!scalar.ok) return scalar;
  const raw = scalar.value;
  if (raw === null || raw === "") return failArg("value", "functions.argMissing", spec, 0);
  if (typeof raw === "boolean")
    return failArg("value", "functions.argBoolean", spec, 0, { text: raw ? "TRUE" : "FALSE" });
  if (typeof raw === "number") {
    if (Number.isInteger(raw) && raw >= 1 && raw <= LAST_YEAR_NUMBER) {
      const read = parseFiscalYear(String(raw));
      return read.ok ? ok(read.fiscalYear) : failArgIssue("value", spec, 0, read.issue);
    }
    if (!Number.isFinite(raw) || raw < 1 || raw >= LAST_SERIAL + 1) {
      return failArg("num", "functions.argDateSerial", spec, 0, { text: String(raw) });
    }
    const { year, month } = yearMonthOfSerial(raw);
    return ok(fiscalYearOfDate(year, month));
  }
  const err = excelErrorKind(raw);
  if (err) return failArg(err.kind, "functions.argErrorValue", spec, 0, { text: err.text });
  const read = parseFiscalYear(raw, { era, dates: "fiscal" });
  return read.ok ? ok(read.fiscalYear) : failArgIssue("value", spec, 0, read.issue);
}

export const FISCALYEAR_FUNCTION: FunctionSpec = {
  id: "FISCALYEAR",
  category: "calendar",
  ja: {
    name: "西暦年度",
    description: "年度の表記（令和7年度、R7、平成32年度）や日付から、西暦の会計年度を返します。",
  },
  en: {
    name: "Fiscal year",
    description:
      "Returns the western fiscal year of a label (令和7年度, R7, 平成32年度) or of a date.",
  },
  params: [
    {
      id: "text",
      ja: {
        name: "年度",
        description: '年度の表記、日付、または日付のセル（例: "令和7年度"、"R7"、"令和2年4月1日"）',
      },
      en: {
        name: "fiscalYear",
        description:
          'A fiscal-year label, a date, or a date cell (e.g. "令和7年度", "R7", "令和2年4月1日")',
      },
      dimensionality: "scalar",
    },
    {
      id: "era",
      ja: {
        name: "元号",
        description: "「7年度」のように元号のない表記に使う元号（令和・平成・昭和、R・H・S）",
      },
      en: {
        name: "era",
        description: "Era for labels without one such as 7年度 (令和, 平成, 昭和 or R, H, S)",
      },
      dimensionality: "scalar",
      optional: true,
    },
  ],
  result: { dimensionality: "scalar", unit: { ja: "年度（西暦）", en: "fiscal year (western)" } },
  formula: {
    ja: "令和n = 2018 + n、平成n = 1988 + n、昭和n = 1925 + n（元年 = 1）。日付は4月〜翌3月を同じ年度とする",
    en: "令和 n = 2018 + n, 平成 n = 1988 + n, 昭和 n = 1925 + n (元年 = 1); a date belongs to the FY running April to March",
  },
  source: {
    ja: "地方自治法208条（会計年度は4月1日〜翌年3月31日）",
    en: "Local Autonomy Act art. 208 (FY runs 1 April to 31 March)",
  },
  confidence: "H",
  examples: [
    { formula: '=ZAISEI.FISCALYEAR("令和7年度")', result: "2025" },
    {
      formula: '=ZAISEI.FISCALYEAR("平成32年度")',
      result: "2020",
      note: { ja: "改元前の計画の表記", en: "as written in plans made before the 2019 era change" },
    },
    { formula: '=ZAISEI.FISCALYEAR("R7")', result: "2025" },
    { formula: '=ZAISEI.FISCALYEAR("7年度", "令和")', result: "2025" },
    {
      formula: '=ZAISEI.FISCALYEAR("令和3年2月1日")',
      result: "2020",
      note: { ja: "1〜3月は前年度", en: "January–March belong to the previous FY" },
    },
    {
      formula: "=ZAISEI.FISCALYEAR(45748)",
      result: "2025",
      note: { ja: "日付のシリアル値（2025/4/1）", en: "a date serial (2025-04-01)" },
    },
  ],
  evaluate: (args) => evaluateFiscalYear(FISCALYEAR_FUNCTION, args),
};
