import type { ParsedCell } from "../../../src/core/notation";

/**
 * One line per reading, so table-driven cases state the whole expected meaning at a glance:
 * `number -65 百万円 money eq`, `number 80 % percent ge upper 90)`, `invalid notation.badThousands`.
 */
export function summarise(cell: ParsedCell): string {
  switch (cell.kind) {
    case "blank":
      return "blank";
    case "none":
      return "none";
    case "text":
      return "text";
    case "invalid":
      return `invalid ${cell.issue.code}`;
    case "number": {
      const q = cell.quantity;
      let out = `number ${q.value.toFixed()} ${q.unit ?? "-"} ${q.unitKind} ${cell.comparison}`;
      if (cell.upper)
        out += ` upper ${cell.upper.value.toFixed()}${cell.upper.unit === q.unit ? "" : ` ${cell.upper.unit ?? "-"}`}${cell.upperExclusive ? ")" : "]"}`;
      if (cell.perYear) out += " perYear";
      if (cell.explicitPlus) out += " plus";
      for (const w of cell.warnings) out += ` !${w.code}`;
      return out;
    }
  }
}
