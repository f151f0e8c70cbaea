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
export { summarizeRecognition } from "./summarize-recognition";
