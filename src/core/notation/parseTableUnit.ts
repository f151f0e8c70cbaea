import { isMoneyUnit } from "./moneyFactor";
import { normalizeNumberText } from "./normalizeNumberText";
import { parseQuantity } from "./parseQuantity";
import type { MoneyUnit } from "./types";
import { CAPTION_COUNTERS, matchListedUnit } from "./unitTable";

/** A table's unit caption: the money unit for bare figures, and the other units it names. */
export interface TableUnit {
  money: MoneyUnit | null;
  others: string[];
}

const CAPTION = /単位\s*[:：]?\s*/;
const SEPARATOR = /^\s*[・/、,;]\s*/;
const TOKEN = /^[^\s・/、,;)\]】]+/;
const BARE = /^[([【]\s*([^()[\]【】]+?)\s*[)\]】]$/;

/**
 * Recognises a unit caption (domain.md §2): `単位:百万円`, `単位：千円`, `（単位：千円・%）`,
 * `(単位:百万円)`, `単位 百万円`, and a header cell that is only a unit in brackets (`(千円)`).
 * Reading stops at the first word that is not a unit (`単位:百万円 / △は負数`). Null when the text
 * has no unit caption.
 *
 * @example parseTableUnit("（単位：千円・%）") // { money: "千円", others: ["%"] }
 */
export function parseTableUnit(text: string): TableUnit | null {
  const s = normalizeNumberText(text);
  const caption = CAPTION.exec(s);
  if (caption) return readUnits(s.slice(caption.index + caption[0].length));
  const bare = BARE.exec(s);
  if (bare && bare[1] !== undefined) {
    const units = readUnits(bare[1]);
    if (units && consumedAll(bare[1])) return units;
  }
  return null;
}

function readUnits(rest: string): TableUnit | null {
  let money: MoneyUnit | null = null;
  const others: string[] = [];
  let s = rest;
  for (let first = true; ; first = false) {
    if (!first) {
      const sep = SEPARATOR.exec(s);
      if (!sep) break;
      s = s.slice(sep[0].length);
    }
    const token = TOKEN.exec(s);
    const unit = token ? unitOf(token[0]) : null;
    if (!token || unit === null) break;
    if (isMoneyUnit(unit) && money === null) money = unit;
    else if (!others.includes(unit)) others.push(unit);
    s = s.slice(token[0].length);
  }
  return money === null && others.length === 0 ? null : { money, others };
}

function consumedAll(inner: string): boolean {
  return inner.split(/\s*[・/、,;]\s*/).every((t) => unitOf(t) !== null);
}

/** The unit a token names, spelled as parsed figures spell it (pt is ポイント, H is 時間). */
function unitOf(token: string): string | null {
  if (isMoneyUnit(token)) return token;
  const probe = parseQuantity("1" + token, token, null);
  if (probe.kind !== "number" || probe.comparison !== "eq" || probe.upper) return null;
  const { unit, unitKind, value } = probe.quantity;
  if (unit === null || !value.equals(1)) return null;
  return unitKind !== "count" || matchListedUnit(token, 0) || CAPTION_COUNTERS.has(unit)
    ? unit
    : null;
}
