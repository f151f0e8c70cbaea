import { parseTableUnit } from "../notation";
import type { MoneyUnit } from "../notation/types";

export interface UnitStatement {
  /** The statement as printed, brackets included when present (「(単位：千円・%)」). */
  text: string;
  money: MoneyUnit | null;
  others: string[];
  /** True when the statement is all the cell says (so the cell is not a title or a header label). */
  wholeCell: boolean;
}

const STATEMENT = /[(（]?\s*単位\s*[:：]?\s*[^)）/／\s]+\s*[)）]?/;

/**
 * Finds a table-unit statement (「単位:百万円」, 「(単位：千円・%)」) in a caption or header text.
 *
 * @example findUnitStatement("単位:百万円 / △は負数")?.money // "百万円"
 */
export function findUnitStatement(text: string): UnitStatement | null {
  if (!text.includes("単位")) return null;
  const m = STATEMENT.exec(text);
  if (!m) return null;
  const unit = parseTableUnit(m[0]);
  if (!unit) return null;
  const rest = text.replace(m[0], "").trim();
  return { text: m[0].trim(), money: unit.money, others: unit.others, wholeCell: rest === "" };
}
