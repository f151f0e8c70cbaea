import { MONEY_UNITS } from "../notation/types";

/** Units a column header names in brackets (domain.md §2: money and count units, %, ポイント). */
const UNITS = new Set<string>([
  ...MONEY_UNITS,
  "%",
  "人",
  "件",
  "時間",
  "回",
  "台",
  "施設",
  "事業",
  "校",
  "kW",
  "kWh",
  "t",
  "ポイント",
  "pt",
  "か所",
  "箇所",
  "世帯",
  "日",
  "km",
  "m2",
  "m3",
  "歳",
  "倍",
  "円/人",
  "千円/人",
]);

/**
 * Whether a unit string is one a header or a figure may carry (「市税」 after 「1 」 is a word, not a unit).
 *
 * @example isKnownUnit("人") // true
 */
export function isKnownUnit(unit: string): boolean {
  return UNITS.has(unit);
}

/**
 * The unit a column header names: the last bracketed unit (「職員数(人)」 → 人, 「(%)」 → %,
 * 「金額(単位:千円)」 → 千円) or a header part that is only a unit (「… / 千円」). Brackets holding
 * anything else (「(R2.4.1)」) are notes, not units.
 *
 * @example columnUnit("住基人口(R2.1.1)(人)") // "人"
 */
export function columnUnit(label: string): string | null {
  const text = label.normalize("NFKC");
  let found: string | null = null;
  for (const m of text.matchAll(/\(([^()]*)\)/g)) {
    const inner = m[1]!.trim().replace(/^単位\s*:?\s*/, "");
    if (UNITS.has(inner)) found = inner;
  }
  if (found !== null) return found;
  for (const part of text.split(" / ")) if (UNITS.has(part.trim())) found = part.trim();
  return found;
}
