const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/**
 * Reads the small numbers era years are written with: ASCII digits, 元 (= 1), kanji with 十
 * (十, 十五, 二十, 三十一) or positional kanji (二〇). Returns null for anything else.
 *
 * @example readEraYearNumber("二十") // 20
 */
export function readEraYearNumber(text: string): number | null {
  if (/^\d{1,3}$/.test(text)) return Number(text);
  if (text === "元") return 1;
  const ten = text.indexOf("十");
  if (ten >= 0) {
    const head = text.slice(0, ten);
    const tail = text.slice(ten + 1);
    const tens = head === "" ? 1 : DIGITS[head];
    const ones = tail === "" ? 0 : DIGITS[tail];
    if (tens === undefined || ones === undefined || head.length > 1 || tail.length > 1) return null;
    return tens * 10 + ones;
  }
  if (text.length === 0 || text.length > 3) return null;
  let n = 0;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d === undefined) return null;
    n = n * 10 + d;
  }
  return n;
}
