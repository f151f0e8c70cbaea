import { warekiOf } from "../calendar";
import type { Issue, Language } from "../messages/types";
import type { KpiHeaderField } from "./kpiHeaders";
import { KPI_DIRECTION_WORDS, KPI_STATUS_WORDS, KPI_TARGET_TYPE_WORDS } from "./kpiWords";

export { KPI_DIRECTION_WORDS, KPI_STATUS_WORDS, KPI_TARGET_TYPE_WORDS } from "./kpiWords";

/** The 「KPIシートを作成」 layout: what the add-in writes into a new register sheet. */
export interface KpiSheetTemplate {
  /** Header row(s), Japanese (or English with lang "en"). */
  header: string[][];
  /** A few empty rows (nulls) ready to fill in; no example data. */
  body: (string | number | null)[][];
  /** 0-based column in the block, △ formats. */
  numberFormats: { column: number; format: string }[];
  /** 方向 / 目標の種類 / 状況 drop-downs. */
  validations: { column: number; list: string[] }[];
  /** Points. */
  columnWidths: number[];
  freezeRows: number;
}

/** The longest plan period a new sheet is made for. */
export const MAX_TEMPLATE_YEARS = 20;
/** Empty rows below the header. */
export const TEMPLATE_BODY_ROWS = 20;

/** Figures as typed (99.5, 300,000,000), negatives with △ as 行革プラン print them. */
export const KPI_VALUE_FORMAT = 'General;"△"General';
/** Money in 千円: thousands separators, △ for negatives. */
export const KPI_COST_FORMAT = '#,##0;"△"#,##0';

/** The template's fields: every register field but the 原文 text and the effect scores. */
type FieldKey = Exclude<KpiHeaderField, "goalText" | "service" | "fiscal" | "efficiency">;

const FIELDS: { key: FieldKey; ja: string; en: string; width: number; value?: boolean }[] = [
  { key: "no", ja: "No", en: "No", width: 30 },
  { key: "theme", ja: "テーマ", en: "Theme", width: 100 },
  { key: "title", ja: "項目名", en: "Item", width: 150 },
  { key: "department", ja: "担当部署", en: "Department", width: 90 },
  { key: "indicator", ja: "指標", en: "Indicator", width: 170 },
  { key: "unit", ja: "単位", en: "Unit", width: 40 },
  { key: "direction", ja: "方向", en: "Direction", width: 60 },
  { key: "targetType", ja: "目標の種類", en: "Target type", width: 80 },
  { key: "baselineYear", ja: "基準年度", en: "Baseline year", width: 55 },
  { key: "baseline", ja: "基準値", en: "Baseline", width: 75, value: true },
  { key: "goalYear", ja: "目標年度", en: "Goal year", width: 55 },
  { key: "goal", ja: "目標値", en: "Goal", width: 75, value: true },
  { key: "lower", ja: "下限", en: "Lower", width: 55, value: true },
  { key: "upper", ja: "上限", en: "Upper", width: 55, value: true },
];

const YEAR_COLUMNS = {
  plan: { ja: "計画", en: "plan", width: 70 },
  actual: { ja: "実績", en: "actual", width: 70 },
  cost: { ja: "事業費（千円）", en: "cost (thousand yen)", width: 80 },
  personnel: { ja: "人件費（千円）", en: "personnel (thousand yen)", width: 80 },
  output: { ja: "活動量", en: "output", width: 60 },
};

/**
 * Whether a plan period can be made into a sheet: whole years, from ≤ to, at most
 * {@link MAX_TEMPLATE_YEARS} years, from 令和元年度 / FY1926 on. Null when it can.
 */
export function checkTemplatePeriod(fromYear: number, toYear: number): Issue | null {
  const ok =
    Number.isInteger(fromYear) &&
    Number.isInteger(toYear) &&
    fromYear >= 1926 &&
    toYear <= 2199 &&
    fromYear <= toYear &&
    toYear - fromYear < MAX_TEMPLATE_YEARS;
  return ok
    ? null
    : {
        code: "kpiRegister.templatePeriod",
        params: { from: String(fromYear), to: String(toYear), max: MAX_TEMPLATE_YEARS },
      };
}

/** R7 in Japanese (和暦, as the registers print it), FY2025 in English. */
function yearLabel(fiscalYear: number, lang: Language): string {
  if (lang === "en") return `FY${fiscalYear}`;
  const w = warekiOf(fiscalYear);
  return w.ok ? `${w.era}${w.eraYear}` : String(fiscalYear);
}

/**
 * The 「KPIシートを作成」 layout for a plan period (issue 8): the register's fields (No, テーマ,
 * 項目名, 担当部署, 指標, 単位, 方向, 目標の種類, 基準年度/基準値, 目標年度/目標値, 下限/上限),
 * then 計画 and 実績 per year side by side (R7計画, R7実績, …), 状況, and the 3E columns per year
 * (事業費（千円）, 人件費（千円）, 活動量). Drop-downs for 方向 / 目標の種類 / 状況, △ number formats, a
 * frozen header. {@link recognizeKpiRegister} reads the sheet back. Throws a RangeError for a
 * period {@link checkTemplatePeriod} refuses (check first with input from a user).
 *
 * @example kpiSheetTemplate(2025, 2029, "ja").header[0].slice(14, 16) // ["R7計画", "R7実績"]
 */
export function kpiSheetTemplate(
  fromYear: number,
  toYear: number,
  lang: Language
): KpiSheetTemplate {
  const problem = checkTemplatePeriod(fromYear, toYear);
  if (problem) throw new RangeError(`plan period ${fromYear}–${toYear} cannot be made`);
  const header: string[] = [];
  const widths: number[] = [];
  const numberFormats: { column: number; format: string }[] = [];
  const validations: { column: number; list: string[] }[] = [];
  for (const field of FIELDS) {
    if (field.value) numberFormats.push({ column: header.length, format: KPI_VALUE_FORMAT });
    if (field.key === "direction")
      validations.push({ column: header.length, list: [...KPI_DIRECTION_WORDS[lang]] });
    if (field.key === "targetType")
      validations.push({ column: header.length, list: [...KPI_TARGET_TYPE_WORDS[lang]] });
    header.push(field[lang]);
    widths.push(field.width);
  }
  const years = Array.from({ length: toYear - fromYear + 1 }, (_, k) => fromYear + k);
  const yearColumn = (year: number, role: keyof typeof YEAR_COLUMNS, format: string) => {
    const col = YEAR_COLUMNS[role];
    numberFormats.push({ column: header.length, format });
    header.push(
      lang === "en" ? `${yearLabel(year, lang)} ${col.en}` : `${yearLabel(year, lang)}${col.ja}`
    );
    widths.push(col.width);
  };
  for (const year of years) {
    yearColumn(year, "plan", KPI_VALUE_FORMAT);
    yearColumn(year, "actual", KPI_VALUE_FORMAT);
  }
  validations.push({ column: header.length, list: [...KPI_STATUS_WORDS[lang]] });
  header.push(lang === "en" ? "Status" : "状況");
  widths.push(70);
  for (const year of years) {
    yearColumn(year, "cost", KPI_COST_FORMAT);
    yearColumn(year, "personnel", KPI_COST_FORMAT);
    yearColumn(year, "output", KPI_COST_FORMAT);
  }
  return {
    header: [header],
    body: Array.from({ length: TEMPLATE_BODY_ROWS }, () => header.map(() => null)),
    numberFormats,
    validations,
    columnWidths: widths,
    freezeRows: 1,
  };
}
