import { boxAddress, parseA1Range } from "../../core/grid";
import type { RangeRef } from "../../workbook/port";

/**
 * A reference as the user reads and types it in Excel: `計算!B2`, `'R7 決算'!B2:D2` (quoted when
 * the sheet name needs it, a quote doubled), or the address alone on the current sheet.
 *
 * @example referenceText({ sheet: "R7 決算", address: "B2:D2" }) // "'R7 決算'!B2:D2"
 */
export function referenceText(ref: RangeRef): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(ref.sheet) && !/^[A-Za-z]{1,3}\d+$/.test(ref.sheet);
  return `${plain ? ref.sheet : `'${ref.sheet.replace(/'/g, "''")}'`}!${ref.address}`;
}

/**
 * Reads a typed reference: `B2`, `$B$2:$D$2`, `計算!B2`, `'R7 決算'!B2:D2`. Without a sheet part
 * the reference is on `currentSheet`. The address comes back without `$` ("B2:D2"); null when
 * the text is not a reference (a sheet name with an unpaired quote, an address that is not A1).
 *
 * @example parseCellReference("'R7 決算'!$B$2", "計算") // { sheet: "R7 決算", address: "B2" }
 */
export function parseCellReference(text: string, currentSheet: string): RangeRef | null {
  const trimmed = text.trim();
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(trimmed);
  const bare = quoted ? null : /^([^'!]+)!(.+)$/.exec(trimmed);
  const sheet = quoted ? quoted[1]!.replace(/''/g, "'") : bare ? bare[1]!.trim() : currentSheet;
  const address = quoted ? quoted[2]! : bare ? bare[2]! : trimmed;
  const box = parseA1Range(address);
  if (!box || sheet === "") return null;
  return { sheet, address: boxAddress(box) };
}
