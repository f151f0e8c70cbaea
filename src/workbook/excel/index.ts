export { ExcelWorkbook, type ExcelRun, type ExcelWorkbookOptions } from "./ExcelWorkbook";
export { DEFAULT_READ_BUDGET, type ReadBudget } from "./readBlocks";
