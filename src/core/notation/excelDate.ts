/** Number formats read once each: a sheet repeats a handful of them. */
const dateCache = new Map<string, boolean>();

/**
 * Whether an Excel number format shows a date or a time: its first section holds a date or time
 * code (y m d h s, e and g of the Japanese era formats, AM/PM) outside quoted text, escapes and
 * brackets (`[$-ja-JP]`, `[Red]`; `[h]` elapsed hours count as time). `General`, `0.0E+00`
 * (exponent), `#,##0"円"` and `0.0%` are not dates.
 *
 * @example isDateFormat('[$-ja-JP]ggge"年"m"月"d"日"') // true
 * @example isDateFormat('#,##0"百万円"') // false
 */
export function isDateFormat(format: string): boolean {
  const cached = dateCache.get(format);
  if (cached !== undefined) return cached;
  const result = scanForDateCodes(format);
  if (dateCache.size < 1000) dateCache.set(format, result);
  return result;
}

function scanForDateCodes(format: string): boolean {
  const f = format.replace(/general/gi, "");
  for (let i = 0; i < f.length; i++) {
    const ch = f.charAt(i);
    if (ch === ";") return false;
    if (ch === '"') {
      const close = f.indexOf('"', i + 1);
      i = close < 0 ? f.length : close;
    } else if (ch === "\\" || ch === "_" || ch === "*") i++;
    else if (ch === "[") {
      const close = f.indexOf("]", i + 1);
      const inner = f.slice(i + 1, close < 0 ? f.length : close);
      if (/^(?:h+|m+|s+)$/i.test(inner)) return true; // [h]:mm elapsed time
      i = close < 0 ? f.length : close;
    } else if (/[yYmMdDhHsSgG]/.test(ch)) return true;
    else if ((ch === "e" || ch === "E") && !/[+-]/.test(f.charAt(i + 1))) return true;
    else if (/^(?:AM\/PM|A\/P)/i.test(f.slice(i))) return true;
  }
  return false;
}

/**
 * The calendar date of an Excel serial in the 1900 date system, as yyyy-mm-dd (serial 1 is
 * 1900-01-01; Excel counts a 1900-02-29 that never was, serial 60, so later serials are one day
 * ahead of a plain day count). The time of day (the fraction) is dropped. Null outside Excel's
 * range (before 1 or after 9999-12-31).
 *
 * @example excelSerialDate(45000) // "2023-03-15"
 */
export function excelSerialDate(serial: number): string | null {
  const day = Math.floor(serial);
  if (!(day >= 1 && day <= 2958465)) return null;
  if (day === 60) return "1900-02-29";
  // Days since 1970-01-01 (serial 25569), less the phantom leap day, then Hinnant's civil-from-days.
  const days = (day < 60 ? day - 25568 : day - 25569) + 719468;
  const era = Math.floor(days / 146097);
  const doe = days - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
