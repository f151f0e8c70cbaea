import type { ParsedCell } from "../../core/notation/types";
import { formatJapaneseNumber } from "../../core/notation/formatJapaneseNumber";

const COMPARISON_SUFFIX: Record<string, string> = {
  ge: "以上",
  le: "以下",
  lt: "未満",
  gt: "超",
  approx: "",
};

/**
 * What a recognised data cell shows in the pane: numbers as the print writes them (△1,234), a
 * unit only when the cell names its own (else the table unit applies), text and dashes as they
 * are. Blank stays blank and an unreadable cell shows its text — nothing is turned into 0.
 *
 * @example formatParsedCell(parseCellValue(-1234), "百万円") // "△1,234"
 */
export function formatParsedCell(parsed: ParsedCell, tableUnit: string | null): string {
  switch (parsed.kind) {
    case "blank":
      return "";
    case "none":
    case "text":
    case "invalid":
      return parsed.text;
    case "number": {
      const { value, unit } = parsed.quantity;
      const shownUnit = unit !== null && unit !== tableUnit ? unit : "";
      const approx = parsed.comparison === "approx" ? "約" : "";
      const upper = parsed.upper ? `〜${formatJapaneseNumber(parsed.upper.value)}` : "";
      return `${approx}${formatJapaneseNumber(value)}${upper}${shownUnit}${COMPARISON_SUFFIX[parsed.comparison] ?? ""}`;
    }
  }
}
