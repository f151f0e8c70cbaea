import type { FunctionSpec } from "../types";

/** Catalogue entries of the fiscal indicators (issue 3). Filled by src/core/catalogue/indicators/*. */
export const INDICATOR_FUNCTIONS: FunctionSpec[] = [];
