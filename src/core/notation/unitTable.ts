import type { Comparison, UnitKind } from "./types";

/** A unit as printed, the name it is kept under, and what kind of quantity it makes. */
export interface UnitEntry {
  printed: string;
  unit: string;
  kind: UnitKind;
}

/**
 * Units recognised after a number (domain.md §2). Counts keep their unit; spellings of the same
 * unit share one name (H/h are 時間, ヶ所/箇所 are か所, pt is ポイント) so that a plan and its actuals
 * compare. Money units other than 円 arise from multipliers (千円 = 千 + 円) in the scanner.
 */
const UNIT_LIST: ReadonlyArray<readonly [string, string, UnitKind]> = [
  ["%", "%", "percent"],
  ["ポイント", "ポイント", "point"],
  ["pt", "ポイント", "point"],
  ["時間", "時間", "count"],
  ["H", "時間", "count"],
  ["h", "時間", "count"],
  ["か所", "か所", "count"],
  ["ヶ所", "か所", "count"],
  ["ケ所", "か所", "count"],
  ["カ所", "か所", "count"],
  ["ヵ所", "か所", "count"],
  ["箇所", "か所", "count"],
  ["kWh", "kWh", "count"],
  ["kW", "kW", "count"],
  ["MWh", "MWh", "count"],
  ["MW", "MW", "count"],
  ["km2", "km2", "count"],
  ["km", "km", "count"],
  ["m2", "m2", "count"],
  ["m3", "m3", "count"],
  ["m", "m", "count"],
  ["kg", "kg", "count"],
  ["t", "t", "count"],
  ["L", "L", "count"],
];

/** Entries by first character, longest first, so a lookup tries few candidates. */
const BY_FIRST = new Map<string, UnitEntry[]>();
for (const [printed, unit, kind] of UNIT_LIST) {
  const first = printed.charAt(0);
  const bucket = BY_FIRST.get(first) ?? [];
  bucket.push({ printed, unit, kind });
  bucket.sort((a, b) => b.printed.length - a.printed.length);
  BY_FIRST.set(first, bucket);
}

/**
 * The listed unit that starts at `pos`, if any. A Latin unit must not run on into more letters or
 * digits (`12abc` is not 12 a-units), which keeps garbage from being read as a unit.
 */
export function matchListedUnit(s: string, pos: number): UnitEntry | null {
  const bucket = BY_FIRST.get(s.charAt(pos));
  if (!bucket) return null;
  for (const entry of bucket) {
    if (!s.startsWith(entry.printed, pos)) continue;
    const next = s.charCodeAt(pos + entry.printed.length);
    if (isAsciiAlnum(entry.printed.charCodeAt(entry.printed.length - 1)) && isAsciiAlnum(next))
      continue;
    return entry;
  }
  return null;
}

/**
 * Counter words common enough in finance tables to be trusted in a 単位 caption, where a
 * free word (`単位:適当`) must not pass as a unit. In cells any short counter word is read.
 */
export const CAPTION_COUNTERS: ReadonlySet<string> = new Set([
  "件",
  "人",
  "回",
  "台",
  "施設",
  "事業",
  "校",
  "日",
  "世帯",
  "団体",
  "戸",
  "社",
  "者",
  "名",
  "文字",
  "年",
  "か月",
  "冊",
  "本",
  "個",
  "枚",
  "倍",
  "歳",
]);

/** Qualifiers printed after a figure (domain.md §2), longest first. */
export const SUFFIX_QUALIFIERS: ReadonlyArray<readonly [string, Comparison]> = [
  ["以上", "ge"],
  ["以下", "le"],
  ["以内", "le"],
  ["未満", "lt"],
  ["程度", "approx"],
  ["前後", "approx"],
  ["超", "gt"],
];

/** Qualifiers printed before a figure. */
export const PREFIX_QUALIFIERS: ReadonlyArray<readonly [string, Comparison]> = [
  ["おおむね", "approx"],
  ["概ね", "approx"],
  ["約", "approx"],
];

/**
 * Words that follow a number in labels, not units: `2年度`, `4月1日`, `第3期` are headings or
 * dates (the calendar module reads them), so the cell is text rather than a count of 年度.
 */
export const NOT_UNITS: ReadonlySet<string> = new Set([
  "年度",
  "月",
  "月末",
  "次",
  "期",
  "号",
  "条",
  "項",
  "款",
]);

export function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Han, hiragana or katakana (incl. ー and 々): the letters a Japanese counter word is made of. */
export function isJapaneseLetter(c: number): boolean {
  return (
    (c >= 0x3041 && c <= 0x309f) ||
    (c >= 0x30a0 && c <= 0x30ff && c !== 0x30fb) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    c === 0x3005 ||
    (c >= 0x3400 && c <= 0x4dbf)
  );
}
