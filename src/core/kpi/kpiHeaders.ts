import { parseFiscalYear } from "../calendar";
import { foldWord } from "./kpiWords";

/** What one header cell of a KPI register names. */
export type KpiHeaderField =
  | "no"
  | "theme"
  | "title"
  | "department"
  | "indicator"
  | "unit"
  | "direction"
  | "targetType"
  | "baselineYear"
  | "baseline"
  | "goalYear"
  | "goal"
  | "goalText"
  | "lower"
  | "upper"
  | "status"
  | "service"
  | "fiscal"
  | "efficiency";

/** Per-year columns: plan and actual of the indicator, and the 3E cost and output. */
export type KpiYearRole = "plan" | "actual" | "budget" | "cost" | "personnel" | "output";

export type KpiHeader =
  | { kind: "field"; field: KpiHeaderField; themeRank: number }
  | {
      kind: "year";
      role: KpiYearRole;
      fiscalYear: number;
      /** The unit in brackets (事業費（千円）), or null. */
      unit: string | null;
      /** The header says 単年度: plan amounts of single years, not running totals. */
      singleYear: boolean;
    }
  /** A year without a role word (the top row of a two-row header: R7 over 計画 / 実績). */
  | { kind: "yearOnly"; fiscalYear: number }
  /** A role word without a year (the lower row of a two-row header). */
  | { kind: "roleOnly"; role: KpiYearRole; unit: string | null; singleYear: boolean };

export interface ClassifiedHeader {
  header: KpiHeader | null;
  /** A unit in brackets (目標値（千円）, 事業費（千円）): the unit of bare numbers in the column. */
  unit: string | null;
  /** The header says （例示）: the column holds illustrative values. */
  illustrative: boolean;
}

/** A fiscal year inside a header: 令和7年度, R7, H30, FY2025, 2025年度, 2025 (not 12345). */
const YEAR_TOKEN =
  /(令和|平成|昭和)(元|\d{1,2})(?:年度|年)?|(?<![A-Za-z])([RHS])(\d{1,2})(?:年度|年)?(?!\d)|(?<!\d)(?:FY)?((?:19|20)\d{2})(?:年度|年)?(?!\d)/i;

const BRACKETS = /[（(［[]([^（）()［］[\]]*)[）)］\]]/g;
const UNIT_IN_BRACKETS =
  /^(円|千円|万円|百万円|千万円|億円|%|件|人|回|時間|日|点|kwh|kw|t|km|施設|事業|か所|台)$/i;

/** Money units of an English header: "cost (thousand yen)". */
const ENGLISH_UNITS: Record<string, string> = {
  yen: "円",
  thousandyen: "千円",
  "¥1,000": "千円",
  tenthousandyen: "万円",
  millionyen: "百万円",
  hundredmillionyen: "億円",
};

/** Role words of per-year columns, most specific first (計画事業費 is a budget, not a plan). */
const ROLE_WORDS: [RegExp, KpiYearRole][] = [
  [/計画事業費|予算額|予算|budget/, "budget"],
  [/人件費|personnel|staffcost/, "personnel"],
  [/事業費|決算額|決算|執行額|cost|spending|expenditure/, "cost"],
  [/活動量|処理件数|活動件数|件数|output|volume/, "output"],
  [/実績|実績値|actual|result/, "actual"],
  [/計画|目標|予定|plan|target/, "plan"],
];

/** The target as printed in words: 数値目標(原文), 到達目標(原文). */
const GOAL_TEXT =
  /(数値目標|到達目標|目標).*(原文|原典)|(原文|原典).*目標|printedtarget|targetasprinted/;

/** Plain field headers, checked in order (目標年度 and 目標の種類 before 目標). */
const FIELD_WORDS: [RegExp, KpiHeaderField][] = [
  [/^(no\.?|番号|№|項番|通し番号|項目番号|number|#)$/, "no"],
  [GOAL_TEXT, "goalText"],
  [/指標|^kpi(名|項目)?$|indicator/, "indicator"],
  [/^単位$|^unit$/, "unit"],
  [/方向|direction/, "direction"],
  [/目標の?種類|目標区分|targettype|typeoftarget|^type$/, "targetType"],
  [/基準年度|基準年|baselineyear|baseyear/, "baselineYear"],
  [/基準値|現状値|baseline|^base$/, "baseline"],
  [/目標年度|達成年度|goalyear|targetyear/, "goalYear"],
  [/目標値|数値目標|^目標$|^goal$|^target$|goalvalue|targetvalue/, "goal"],
  [/下限|lower|minimum|^min$/, "lower"],
  [/上限|upper|maximum|^max$/, "upper"],
  [/状況|進捗|status|progress/, "status"],
  [/市民サービス|service/, "service"],
  [/財政効果|fiscal/, "fiscal"],
  [/業務効率化|efficiency/, "efficiency"],
  [/担当部署|担当課|所管課|所管部署|^担当$|department|division/, "department"],
  [/テーマ|柱|分野|区分|theme|pillar|area/, "theme"],
  [/項目名|^項目$|取組|事業名|^item$|measure|initiative|action/, "title"],
];

/** Headers that look like a field but are not one: テーマNo, 取組予定(原文), 注記, 備考. */
const IGNORED = /^(テーマ|theme)(no\.?|番号|number)$|原文|原典|^注記|^備考|^note|^remarks?$/;

/** テーマ before 柱 before 分野 before 区分: the coarser grouping wins when a register has two. */
function themeRank(word: string): number {
  if (/テーマ|theme/.test(word)) return 0;
  if (/柱|pillar/.test(word)) return 1;
  if (/分野|area/.test(word)) return 2;
  return 3;
}

/**
 * Classifies one header cell of a KPI register (issue 8): the plain fields in Japanese or English
 * (No / 番号, テーマ / 柱 / 区分, 指標, 方向 …) and the per-year columns (R7計画, 令和7年度 目標, 2025
 * 計画, R7実績, R7事業費（千円）, FY2025 actual), with （例示） and 単年度 noted. Null when the header
 * names nothing the register uses (注記, デジタル(1/0) …).
 *
 * @example classifyKpiHeader("令和7年度 実績（例示）") // year 2025 actual, illustrative
 */
export function classifyKpiHeader(text: string): ClassifiedHeader {
  let illustrative = false;
  let singleYear = false;
  let unit: string | null = null;
  const normal = text.normalize("NFKC").replace(/\s+/g, "");
  const bare = normal.replace(BRACKETS, (_m, inner: string) => {
    if (/例示|illustrative|example/i.test(inner)) illustrative = true;
    else if (/単年度|singleyear/i.test(inner)) singleYear = true;
    else if (UNIT_IN_BRACKETS.test(inner)) unit = inner;
    else if (ENGLISH_UNITS[inner.toLowerCase()]) unit = ENGLISH_UNITS[inner.toLowerCase()]!;
    else if (/原文/.test(inner)) return "原文";
    return "";
  });
  if (/単年度|singleyear/i.test(bare)) singleYear = true;
  const word = foldWord(bare.replace(/単年度|singleyear/gi, ""));
  if (word === "") return { header: null, unit, illustrative };
  const year = YEAR_TOKEN.exec(bare);
  if (year) {
    const parsed = parseFiscalYear(year[0]);
    if (parsed.ok) {
      const rest = foldWord(bare.replace(year[0], "").replace(/単年度|singleyear/gi, ""));
      if (rest === "" || rest === "度")
        return { header: { kind: "yearOnly", fiscalYear: parsed.fiscalYear }, unit, illustrative };
      const role = roleOf(rest);
      if (role)
        return {
          header: { kind: "year", role, fiscalYear: parsed.fiscalYear, unit, singleYear },
          unit,
          illustrative,
        };
    }
  }
  const role = /^(計画|目標|予定|計画値|目標値|実績|実績値|plan|target|actual|result)$/.test(word)
    ? roleOf(word)
    : /^(計画事業費|予算額|予算|人件費|事業費|決算額|決算|活動量|処理件数|活動件数|件数|budget|cost|personnel|output)$/.test(
          word
        )
      ? roleOf(word)
      : null;
  // A role word alone is the lower row of a two-row header; 目標値 alone stays the goal column.
  if (role && !/^(目標値|目標|goal|target)$/.test(word))
    return { header: { kind: "roleOnly", role, unit, singleYear }, unit, illustrative };
  if (IGNORED.test(word) && !GOAL_TEXT.test(word)) return { header: null, unit, illustrative };
  for (const [pattern, field] of FIELD_WORDS) {
    if (pattern.test(word))
      return { header: { kind: "field", field, themeRank: themeRank(word) }, unit, illustrative };
  }
  return { header: null, unit, illustrative };
}

/**
 * The fiscal year a header names, if any (R7見込 → 2025), so that a year column the register
 * does not use can be noted rather than dropped silently.
 */
export function headerYear(text: string): number | null {
  const year = YEAR_TOKEN.exec(text.normalize("NFKC").replace(/\s+/g, ""));
  if (!year) return null;
  const parsed = parseFiscalYear(year[0]);
  return parsed.ok ? parsed.fiscalYear : null;
}

function roleOf(word: string): KpiYearRole | null {
  for (const [pattern, role] of ROLE_WORDS) if (pattern.test(word)) return role;
  return null;
}

/** Whether a text is a role word of the lower header row (計画 / 実績 …), for two-row headers. */
export function isRoleOnly(text: string): boolean {
  return classifyKpiHeader(text).header?.kind === "roleOnly";
}
