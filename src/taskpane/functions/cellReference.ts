import { boxAddress, parseA1Range } from "../../core/grid";
import type { RangeRef } from "../../workbook/port";

/**
 * Reads a reference as the user types it in Excel: `B2`, `$B$2:$D$2`, `計算!B2`,
 * `'R7 決算'!B2:D2` (the workflow's refText writes them so). Without a sheet part the reference
 * is on `currentSheet`. The address comes back without `$` ("B2:D2"); null when
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
