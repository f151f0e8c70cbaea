import { ROUNDING_MODE_NAMES } from "../../core/decimal";
import type { Confidence, FunctionSpec } from "../../core/catalogue/types";
import type { Language } from "../../core/messages";
import { excelFunctionName } from "./metadataText";

export const DOC_HEADER = "<!-- generated — do not edit; run npx tsx scripts/gen-docs.ts -->";

/** Labels of the document, Japanese first. */
const L = {
  ja: {
    section: "日本語",
    intro:
      "財政ツールキットのユーザー定義関数（名前空間 ZAISEI）。日本語版 Excel では日本語の関数名も表示されます。",
    confidenceTitle: "信頼度の意味",
    confidence: {
      H: "法令を確認した、または多数の公表値を再現した",
      M: "少数の公表値または1つの二次資料による",
      L: "慣行のみ。既定値として明示し、設定で変えられるようにする",
    } as Record<Confidence, string>,
    names: "関数名",
    formula: "計算式",
    params: "引数",
    paramHead: "| # | 引数 | 説明 | 単位 | 省略 | 範囲 |\n|---|---|---|---|---|---|",
    optional: "可",
    required: "不可",
    range: "範囲",
    scalar: "単一",
    result: "結果の単位",
    noUnit: "なし",
    precision: "精度・端数処理",
    precisionOf: (digits: number, mode: string) => `小数第${digits}位（${mode}）`,
    noRounding: "端数処理なし（計算値そのまま）",
    source: "根拠",
    confidenceLabel: "信頼度",
    examples: "例",
  },
  en: {
    section: "English",
    intro:
      "Custom functions of the Zaisei Toolkit (namespace ZAISEI). Japanese Excel also shows the Japanese names.",
    confidenceTitle: "What the confidence marks mean",
    confidence: {
      H: "statute read, or many published figures reproduced",
      M: "a few published figures or one secondary source",
      L: "convention only: a visible default that can be changed in the settings",
    } as Record<Confidence, string>,
    names: "Names",
    formula: "Formula",
    params: "Arguments",
    paramHead:
      "| # | Argument | Description | Unit | Optional | Range |\n|---|---|---|---|---|---|",
    optional: "yes",
    required: "no",
    range: "range",
    scalar: "single",
    result: "Result unit",
    noUnit: "none",
    precision: "Precision and rounding",
    precisionOf: (digits: number, mode: string) =>
      `${digits} decimal place${digits === 1 ? "" : "s"} (${mode})`,
    noRounding: "not rounded (the computed value)",
    source: "Source",
    confidenceLabel: "Confidence",
    examples: "Examples",
  },
};

/** Table cells cannot hold "|" or line breaks. */
function cellText(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}

function renderFunction(spec: FunctionSpec, lang: Language): string {
  const l = L[lang];
  const names =
    `\`=ZAISEI.${excelFunctionName(spec, "en")}\`` +
    (lang === "ja" ? ` / \`=ZAISEI.${excelFunctionName(spec, "ja")}\`` : "");
  const params = spec.params.map(
    (p, i) =>
      `| ${i + 1} | ${cellText(p[lang].name)} (\`${p.id}\`) | ${cellText(p[lang].description)} | ${p.unit?.[lang] ?? "—"} | ` +
      `${p.optional ? l.optional : l.required} | ${p.dimensionality === "matrix" ? l.range : l.scalar} |`
  );
  const p = spec.precision;
  const precision = p
    ? l.precisionOf(p.digits, ROUNDING_MODE_NAMES[p.rounding][lang]) +
      (p.note ? ` — ${p.note[lang]}` : "")
    : l.noRounding;
  const examples = spec.examples.map(
    (e) => `- \`${e.formula}\` → \`${e.result}\`` + (e.note ? ` — ${e.note[lang]}` : "")
  );
  return [
    `### ${spec[lang].name}`,
    "",
    spec[lang].description,
    "",
    `- ${l.names}: ${names}`,
    `- ${l.formula}: ${spec.formula[lang]}`,
    `- ${l.result}: ${spec.result.unit?.[lang] ?? l.noUnit}`,
    `- ${l.precision}: ${precision}`,
    `- ${l.source}: ${spec.source[lang]}`,
    `- ${l.confidenceLabel}: [${spec.confidence}] ${l.confidence[spec.confidence]}`,
    "",
    `${l.params}:`,
    "",
    l.paramHead,
    ...params,
    "",
    `${l.examples}:`,
    "",
    ...examples,
  ].join("\n");
}

function renderSection(functions: readonly FunctionSpec[], lang: Language): string {
  const l = L[lang];
  const marks = (["H", "M", "L"] as const).map((c) => `- [${c}] ${l.confidence[c]}`);
  return [
    `## ${l.section}`,
    "",
    l.intro,
    "",
    `${l.confidenceTitle}:`,
    "",
    ...marks,
    "",
    ...functions.map((f) => renderFunction(f, lang) + "\n"),
  ].join("\n");
}

/**
 * docs/functions.md: every catalogue entry, Japanese section first, then English — names,
 * formula, arguments with units, result unit, precision and rounding, source, confidence, examples.
 *
 * @example renderFunctionsDoc(FUNCTIONS).startsWith(DOC_HEADER) // true
 */
export function renderFunctionsDoc(functions: readonly FunctionSpec[]): string {
  const title = "# ZAISEI 関数リファレンス / Function reference";
  return (
    [DOC_HEADER, "", title, "", renderSection(functions, "ja"), renderSection(functions, "en")]
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trimEnd() + "\n"
  );
}
