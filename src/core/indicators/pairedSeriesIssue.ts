import type { Issue } from "../messages/types";
import { nameParams, type InputName } from "./inputNames";

/**
 * The issue for two series that must pair year by year (調定額 and 収入済額, 収入額 and 需要額,
 * 積立 and 取崩): different lengths, or (unless `allowEmpty`) none at all. Null when they pair.
 *
 * @example pairedSeriesIssue([1, 2], [3], INPUT_NAMES.assessed, INPUT_NAMES.collected)?.code // "functions.indicator.lengthMismatch"
 */
export function pairedSeriesIssue(
  a: readonly unknown[],
  b: readonly unknown[],
  nameA: InputName,
  nameB: InputName,
  allowEmpty = false
): Issue | null {
  if (a.length !== b.length) {
    return {
      code: "functions.indicator.lengthMismatch",
      params: {
        ...nameParams(nameA, "a"),
        ...nameParams(nameB, "b"),
        countA: a.length,
        countB: b.length,
      },
    };
  }
  if (a.length === 0 && !allowEmpty) {
    return { code: "functions.indicator.emptyInput", params: nameParams(nameA) };
  }
  return null;
}
