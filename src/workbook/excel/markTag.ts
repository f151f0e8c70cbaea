import type { MarkGroup, MarkSeverity } from "../port";

/**
 * The tag every conditional format the add-in creates carries in its formula. Excel gives a rule
 * no name and its `id` is only its current priority (@types/office-js, ExcelApi 1.6), which shifts
 * when the user adds, deletes or reorders rules; so a rule is recognised by its own formula, and a
 * rule without the tag is the user's and is never touched.
 */
export const MARK_TAG = "ZaiseiToolkit.mark";

/** The tag inside a string literal, with optional ".group.severity.n" parts (older versions: ".severity"). */
const TAGGED = new RegExp(`"${MARK_TAG.replace(/\./g, "\\.")}((?:\\.[a-z0-9]+)*)"`);

/**
 * The custom formula of a mark: always TRUE (a string literal is text), and it names the add-in.
 * English function name on purpose: `custom.rule.formula` takes the formula in English whatever the
 * user's Excel language (the localized one would be `formulaLocal`).
 *
 * The tag names the group, the severity and the rule's number among the group's rules of that
 * severity on the sheet, so clearing one group finds its rules and never another group's.
 *
 * @example markFormula("check", "error", 0) // '=ISTEXT("ZaiseiToolkit.mark.check.error.0")'
 */
export function markFormula(group: MarkGroup, severity: MarkSeverity, index: number): string {
  return `=ISTEXT("${MARK_TAG}.${group}.${severity}.${index}")`;
}

/**
 * The group a tagged rule belongs to; a rule of an older version (tag without a group) counts as
 * "check", the only feature that laid marks then; undefined for a rule that is not the add-in's.
 *
 * @example markGroupOf('=ISTEXT("ZaiseiToolkit.mark.kpi.note.0")') // "kpi"
 */
export function markGroupOf(formula: string | null | undefined): MarkGroup | undefined {
  if (typeof formula !== "string") return undefined;
  const m = TAGGED.exec(formula);
  if (!m) return undefined;
  const group = m[1]!.split(".")[1];
  return group === "kpi" ? "kpi" : "check";
}

/**
 * True when a custom rule's formula carries the add-in's tag.
 *
 * @example isMarkFormula('=ISTEXT("ZaiseiToolkit.mark.note")') // true
 * @example isMarkFormula("=TRUE") // false: a rule the user (or an old version) made
 */
export function isMarkFormula(formula: string | null | undefined): boolean {
  return typeof formula === "string" && TAGGED.test(formula);
}
