/**
 * The one runner of catalogue entries lives in core (src/core/catalogue/evaluateCall.ts) so that
 * the custom functions and the value-writing workflow (「値として書き込む」) call the same code.
 */
export { evaluateCall } from "../core/catalogue/evaluateCall";
