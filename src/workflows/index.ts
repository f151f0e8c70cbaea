/** User-visible jobs over a WorkbookPort. No Office, no React: the task pane and the CLI share them. */
export { inspectRange, inspectGrid } from "./inspect-range";
export type {
  InspectionReport,
  InspectionSummary,
  InspectOptions,
  InspectEra,
  InspectPhase,
  UnreadableCell,
} from "./inspect-range";
export { inspectSheet } from "./inspect-sheet";
export { recognizeInSlices, yieldToEventLoop } from "./recognize-in-slices";
export type { RecognizeInSlicesOptions } from "./recognize-in-slices";
export { summarizeRecognition } from "./summarize-recognition";
export {
  checkTableInWorkbook,
  loadCheckRules,
  saveCheckRules,
  loadLastCheck,
  storedCheckOf,
  markFindings,
  clearCheckMarks,
  writeAuditPaper,
  CHECK_RULES_SETTING,
  LAST_CHECK_SETTING,
  MAX_SAVED_RULES,
  MAX_RULE_TEXT,
} from "./check-table";
export type {
  CheckPhase,
  CheckReport,
  CheckRequest,
  CheckRuleSettings,
  StoredCheck,
} from "./check-table";
export {
  findKpiRegisters,
  readKpiRegister,
  loadGradingScheme,
  loadGradingSchemeWithNote,
  saveGradingScheme,
  generateKpiCharts,
  createKpiSheet,
  kpiTableName,
  KPI_SCHEME_SETTING,
} from "./kpi";
export {
  computeWithSources,
  equivalentFormula,
  listWrittenValues,
  loadWrittenValues,
  writeComputedValue,
  undoWrite,
  recalculateWrittenValues,
  undoRecalculation,
  removeWrittenValue,
  WRITTEN_VALUES_SETTING,
  MAX_WRITTEN_VALUES,
} from "./written-values";
export type { WriteResult, LoadedWrittenValues } from "./written-values";
export type {
  ArgSource,
  Computation,
  RecalcItem,
  RecalcReport,
  WrittenScalar,
  WrittenValue,
} from "./written-values-types";
