import type { MemoryWorkbook } from "../../workbook/memory/MemoryWorkbook";
import type { WorkbookPort } from "../../workbook/port";

/** The port's methods that change what the demo grid shows (selection, marks, sheets, cells). */
const CHANGING = new Set<PropertyKey>([
  "selectRange",
  "setMarks",
  "clearMarks",
  "addSheet",
  "writeCells",
  "writeFormula",
  "restoreCell",
]);

/**
 * The memory workbook as the task pane's port, calling `onChange` after each of its calls that
 * changed the workbook resolved (a rejected call changed nothing, as the port contract says), so
 * the demo grid beside the pane can show the new selection, marks and sheets as Excel would.
 * Every method runs on the workbook itself.
 *
 * @example const port = watchedPort(workbook, () => setRevision((r) => r + 1));
 */
export function watchedPort(workbook: MemoryWorkbook, onChange: () => void): WorkbookPort {
  return new Proxy(workbook, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== "function") return value;
      const bound = (value as (...args: unknown[]) => unknown).bind(target);
      if (!CHANGING.has(prop)) return bound;
      return async (...args: unknown[]) => {
        const result: unknown = await bound(...args);
        onChange();
        return result;
      };
    },
  });
}
