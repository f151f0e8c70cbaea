/**
 * Finance-table recognition (domain.md §4): caption, unit, header rows, fiscal-year axis, label
 * columns and every data cell read by the notation module. Pure.
 */
export { recognizeTable, recognizeTableSteps } from "./recognizeTable";
export { DEFAULT_SLICE_CELLS, finishSteps } from "./SliceMeter";
export type { RecognizeStep } from "./SliceMeter";
export type {
  RecognizeTableOptions,
  RecognizedCell,
  RecognizedColumn,
  RecognizedRow,
  TableIssue,
  TableRecognition,
  TableUnitFound,
  YearAxis,
} from "./types";
export { readHeaderYear } from "./readHeaderYear";
export { columnUnit } from "./columnUnit";
export { findUnitStatement } from "./findUnitStatement";
export type { UnitStatement } from "./findUnitStatement";
export { unitFromLabel } from "./labelUnit";
export type { LabelUnit } from "./labelUnit";
export { shownDecimals } from "./shownDecimals";
export { displayCell, displayFigure, displayFigures } from "./displayFigure";
export { countCells } from "./countCells";
export type { CellCounts } from "./countCells";
export { figureInUnit } from "./cellInUnit";
export type { FigureInUnit } from "./cellInUnit";
