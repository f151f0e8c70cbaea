import type { CellMark } from "../port";

/**
 * The tag every conditional format the add-in creates carries in its formula. Excel gives a rule
 * no name and its `id` is only its current priority (@types/office-js, ExcelApi 1.6), which shifts
 * when the user adds, deletes or reorders rules; so a rule is recognised by its own formula, and a
 * rule without the tag is the user's and is never touched.
 */
export const MARK_TAG = "ZaiseiToolkit.mark";

/** The tag inside a string literal, with an optional ".severity" suffix. */
const TAGGED = new RegExp(`"${MARK_TAG.replace(/\./g, "\\.")}(\\.[a-z]+)?"`);

/**
 * The custom formula of a mark: always TRUE (a string literal is text), and it names the add-in.
 * English function name on purpose: `custom.rule.formula` takes the formula in English whatever the
 * user's Excel language (the localized one would be `formulaLocal`).
 *
 * @example markFormula("error") // '=ISTEXT("ZaiseiToolkit.mark.error")'
 */
export function markFormula(severity: CellMark["severity"]): string {
  return `=ISTEXT("${MARK_TAG}.${severity}")`;
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
