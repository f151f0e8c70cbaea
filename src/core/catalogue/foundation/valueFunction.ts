import { convertMoney, isMoneyUnit, parseJapaneseNumber, type MoneyUnit } from "../../notation";
import { excelNumber } from "../../notation";
import { excelErrorKind } from "../readNumberCell";
import { failArg, failArgIssue, NOT_COMPUTED, ok, okDecimal } from "../outcome";
import { argOptionalText, scalarArg } from "../coerce";
import type { ExcelArg, FunctionOutcome, FunctionSpec } from "../types";

/** Reads the optional unit argument: one of the money units, or null for "as printed". */
function unitArg(
  args: ExcelArg[],
  spec: FunctionSpec
): { ok: true; unit: MoneyUnit | null } | FunctionOutcome {
  const text = argOptionalText(args, 1, spec);
  if (!text.ok) return text;
  if (text.value === null) return { ok: true, unit: null };
  const unit = text.value.trim().normalize("NFKC");
  return isMoneyUnit(unit)
    ? { ok: true, unit }
    : failArg("value", "functions.valueUnknownUnit", spec, 1, { unit: text.value });
}

/**
 * VALUE(text, [unit]): the number a printed figure stands for. Money comes back in 円, or in the
 * unit asked; a bare number is taken to be in the asked unit already (as a table's 単位:千円
 * applies to its bare figures); other quantities (件, %, 人) come back as printed and refuse a
 * money unit. "－" (none / not computed) comes back as "－" so a chain of functions still sees it;
 * a blank comes back blank ("") — neither is ever 0.
 */
export function evaluateValue(spec: FunctionSpec, args: ExcelArg[]): FunctionOutcome {
  const unit = unitArg(args, spec);
  if (!("unit" in unit)) return unit;
  const scalar = scalarArg(args, 0, spec);
  if (!scalar.ok) return scalar;
  const raw = scalar.value;
  if (raw === null) return failArg("value", "functions.argMissing", spec, 0);
  if (typeof raw === "number") {
    return Number.isFinite(raw)
      ? okDecimal(excelNumber(raw), spec)
      : failArg("num", "functions.argNotFinite", spec, 0, { text: String(raw) });
  }
  if (typeof raw === "boolean")
    return failArg("value", "functions.argBoolean", spec, 0, { text: raw ? "TRUE" : "FALSE" });
  const err = excelErrorKind(raw);
  if (err) return failArg(err.kind, "functions.argErrorValue", spec, 0, { text: err.text });
  const cell = parseJapaneseNumber(raw);
  switch (cell.kind) {
    case "blank":
      return ok("");
    case "none":
      return ok(NOT_COMPUTED);
    case "text":
      return failArg("value", "functions.argNotNumber", spec, 0, { text: raw });
    case "invalid":
      return failArgIssue("value", spec, 0, cell.issue);
    case "number":
      break;
  }
  if (cell.comparison !== "eq" || cell.upper !== undefined) {
    return failArg("value", "functions.argApproximate", spec, 0, { text: raw });
  }
  const q = cell.quantity;
  if (q.unit === null) return okDecimal(q.value, spec);
  if (isMoneyUnit(q.unit)) return okDecimal(convertMoney(q.value, q.unit, unit.unit ?? "円"), spec);
  if (unit.unit === null) return okDecimal(q.value, spec);
  return failArg("value", "functions.valueUnitMismatch", spec, 0, {
    text: raw,
    found: q.unit,
    unit: unit.unit,
  });
}

export const VALUE_FUNCTION: FunctionSpec = {
  id: "VALUE",
  category: "notation",
  ja: {
    name: "数値変換",
    description:
      "財政資料の表記（△ 65、4億円、1,234千円）の数値を返します。金額は円または指定した単位で返します。",
  },
  en: {
    name: "Number from notation",
    description:
      "Returns the number a figure printed in Japanese finance notation stands for (△ 65, 4億円, 1,234千円); money in 円 or the unit asked.",
  },
  params: [
    {
      id: "text",
      ja: {
        name: "文字列",
        description: '数値の表記（例: "△ 65"、"1億2,000万円"）。数値のセルはそのまま返します。',
      },
      en: {
        name: "text",
        description: 'A printed figure (e.g. "△ 65", "1億2,000万円"). A number is returned as is.',
      },
      dimensionality: "scalar",
    },
    {
      id: "unit",
      ja: {
        name: "単位",
        description:
          "結果の金額単位（円・千円・万円・百万円・千万円・億円）。単位のない数値はこの単位とみなします。省略時は円。",
      },
      en: {
        name: "unit",
        description:
          "Money unit of the result (円, 千円, 万円, 百万円, 千万円, 億円). A bare number is taken to be in it. Default 円.",
      },
      dimensionality: "scalar",
      optional: true,
    },
  ],
  result: {
    dimensionality: "scalar",
    unit: { ja: "円（または指定単位）", en: "円 (or the unit asked)" },
  },
  formula: {
    ja: "表記を読み取り（NFKC正規化、△・▲は負、万・億は倍数）、金額は単位換算（例: 1億2,000万円 = 120,000,000円）",
    en: "Read the notation (NFKC, △/▲ negative, 万/億 multipliers); convert money exactly (1億2,000万円 = 120,000,000 円)",
  },
  source: {
    ja: "予算書・決算書・行政改革プランの表記慣行（△・▲は負数、「－」は該当なし）",
    en: 'Notation of Japanese budget and settlement books and reform plans (△/▲ negative, "－" none)',
  },
  confidence: "H",
  examples: [
    { formula: '=ZAISEI.VALUE("1億2,000万円")', result: "120000000" },
    { formula: '=ZAISEI.VALUE("△ 65")', result: "-65" },
    { formula: '=ZAISEI.VALUE("4億円", "百万円")', result: "400" },
    {
      formula: '=ZAISEI.VALUE("1,234", "千円")',
      result: "1234",
      note: {
        ja: "単位のない数値は指定単位の値とみなす",
        en: "a bare number is taken to be in the unit asked",
      },
    },
    { formula: '=ZAISEI.VALUE("3,000千円", "百万円")', result: "3" },
    { formula: '=ZAISEI.VALUE("12件")', result: "12" },
    {
      formula: '=ZAISEI.VALUE("－")',
      result: "－",
      note: {
        ja: "該当なし・算出せずは「－」のまま（0にしない）",
        en: 'none / not computed stays "－" (never 0)',
      },
    },
    { formula: '=ZAISEI.VALUE("12件", "千円")', result: "#VALUE!" },
  ],
  evaluate: (args) => evaluateValue(VALUE_FUNCTION, args),
};
