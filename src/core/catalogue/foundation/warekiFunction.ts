import { formatWareki, parseFiscalYear, warekiOf, type WarekiStyle } from "../../calendar";
import { failArg, failArgIssue, ok } from "../outcome";
import { argChoice, argNumber } from "../coerce";
import type { ExcelArg, FunctionOutcome, FunctionSpec } from "../types";

const STYLES: readonly WarekiStyle[] = ["long", "short", "western"];

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
  if (!n.value.isInteger())
    return failArg("value", "functions.argNotInteger", spec, 0, { text: n.value.toString() });
  return { ok: true, year: n.value.toNumber() };
}

/**
 * WAREKI(year, [style]): a fiscal year written the Japanese way — long 令和7年度 (令和元年度, never
 * 令和1年度), short R7, or western 2025年度.
 */
export function evaluateWareki(spec: FunctionSpec, args: ExcelArg[]): FunctionOutcome {
  const style = argChoice(args, 1, spec, STYLES);
  if (!style.ok) return style;
  const year = fiscalYearArg(spec, args);
  if (!("year" in year)) return year;
  const named = warekiOf(year.year);
  if (!named.ok && style.value !== "western") return failArgIssue("value", spec, 0, named.issue);
  return ok(formatWareki(year.year, style.value ?? "long"));
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
      ja: { name: "年度", description: '西暦の年度（例: 2025）。年度の表記（"R7"）も可' },
      en: {
        name: "fiscalYear",
        description: 'Western fiscal year (e.g. 2025); a label such as "R7" is accepted too',
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
    ja: "令和n = 2018 + n、平成n = 1988 + n、昭和n = 1925 + n。年度はその暦年の元号で呼ぶ（2019年度 = 令和元年度）",
    en: "令和 n = 2018 + n, 平成 n = 1988 + n, 昭和 n = 1925 + n; a FY takes the era of its calendar year (FY2019 = 令和元年度)",
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
      formula: "=ZAISEI.WAREKI(1900)",
      result: "#VALUE!",
      note: { ja: "昭和より前は和暦で表さない", en: "years before 昭和 are not written in 和暦" },
    },
  ],
  evaluate: (args) => evaluateWareki(WAREKI_FUNCTION, args),
};
