import type { MessageText } from "./types";

/** Messages of the calendar area. Codes start with "calendar.". */
export const calendarMessages: Record<string, MessageText> = {
  "calendar.notFiscalYear": {
    ja: "「{text}」は年度として読めません（例: 令和7年度、R7、2025年度）。",
    en: '"{text}" is not a fiscal year (e.g. 令和7年度, R7, 2025年度).',
  },
  "calendar.notFiscalYearRange": {
    ja: "「{text}」は年度の範囲として読めません（例: R4〜R8、令和4年度～令和8年度）。",
    en: '"{text}" is not a fiscal-year range (e.g. R4〜R8, 令和4年度～令和8年度).',
  },
  "calendar.eraMissing": {
    ja: "「{text}」は元号が書かれていません。表題などで元号（令和・平成）を指定してください。",
    en: '"{text}" has no era. Give the era (令和, 平成) in the title or in the options.',
  },
  "calendar.eraYearOutOfRange": {
    ja: "「{text}」の元号の年が範囲外です（1〜99）。",
    en: 'The era year in "{text}" is out of range (1–99).',
  },
  "calendar.yearOutOfRange": {
    ja: "「{text}」は年度として範囲外です（1900〜2199年度）。",
    en: '"{text}" is out of the fiscal-year range (1900–2199).',
  },
  "calendar.dateNotFiscalYear": {
    ja: "「{text}」は日付であり、年度ではありません。",
    en: '"{text}" is a date, not a fiscal year.',
  },
  "calendar.rangeReversed": {
    ja: "「{text}」は開始年度が終了年度より後です。",
    en: 'In "{text}" the first fiscal year is after the last.',
  },
  "calendar.beforeShowa": {
    ja: "{year}年度は昭和より前のため、和暦で表せません。",
    en: "Fiscal year {year} is before 昭和 (1926) and cannot be written in 和暦.",
  },
};
