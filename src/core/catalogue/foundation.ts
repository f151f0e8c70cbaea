import { FISCALYEAR_FUNCTION } from "./foundation/fiscalYearFunction";
import { VALUE_FUNCTION } from "./foundation/valueFunction";
import { WAREKI_FUNCTION } from "./foundation/warekiFunction";
import type { FunctionSpec } from "./types";

export { FISCALYEAR_FUNCTION, VALUE_FUNCTION, WAREKI_FUNCTION };

/** The foundation functions every other part leans on: reading notation and naming fiscal years. */
export const FOUNDATION_FUNCTIONS: FunctionSpec[] = [
  VALUE_FUNCTION,
  FISCALYEAR_FUNCTION,
  WAREKI_FUNCTION,
];
