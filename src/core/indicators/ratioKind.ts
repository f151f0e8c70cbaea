/** The five 健全化判断比率 / 資金不足比率 a threshold exists for. */
export type RatioKind =
  "deficit" | "consolidatedDeficit" | "debtService" | "futureBurden" | "fundShortage";

/** Accepted spellings after normalisation (NFKC, lower case, no spaces/_/-/・, 比率 dropped). */
const ALIASES: Record<string, RatioKind> = {
  実質赤字: "deficit",
  deficit: "deficit",
  realdeficit: "deficit",
  連結実質赤字: "consolidatedDeficit",
  consolidateddeficit: "consolidatedDeficit",
  consolidatedrealdeficit: "consolidatedDeficit",
  実質公債費: "debtService",
  debtservice: "debtService",
  realdebtservice: "debtService",
  将来負担: "futureBurden",
  futureburden: "futureBurden",
  資金不足: "fundShortage",
  fundshortage: "fundShortage",
};

/**
 * Reads a ratio kind as users type it: Japanese with or without 比率, or the English id in any
 * case with or without separators. Unknown text gives null (the caller reports it).
 *
 * @example parseRatioKind("実質公債費比率") // "debtService"
 * @example parseRatioKind("consolidated_deficit") // "consolidatedDeficit"
 */
export function parseRatioKind(text: string): RatioKind | null {
  let key = text
    .normalize("NFKC")
    .trim()
    .toLowerCase()
    .replace(/[\s_\-・]/g, "");
  if (key.endsWith("ratio")) key = key.slice(0, -"ratio".length);
  if (key.endsWith("比率")) key = key.slice(0, -"比率".length);
  return ALIASES[key] ?? null;
}
