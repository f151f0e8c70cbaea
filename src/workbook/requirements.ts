/**
 * The Office requirement sets the add-in uses, in one place: the Excel adapter refuses a port
 * method whose ExcelApi level the host lacks (`workbook.unsupported`), and the task pane's
 * 「このExcelで使える機能」 panel (capabilities.ts) disables the same features before they are offered.
 */

/** A requirement set as Office names it (`Office.context.requirements.isSetSupported(name, version)`). */
export interface RequirementSet {
  name: "ExcelApi" | "CustomFunctionsRuntime" | "SharedRuntime";
  version: string;
}

/**
 * ExcelApi level per adapter feature: settings 1.4, marks 1.9 (conditional formats 1.6 over
 * RangeAreas 1.9), listing and removing charts 1.7 (chart ids), drawing 1.8 (series axisGroup,
 * gapWidth, overlap, data-label and axis number formats); the add-in's own sheets need settings
 * for their registry; chart pages 1.9 (pageLayout, page breaks); sheet formats 1.8 (freezePanes
 * 1.7, dataValidation 1.8); reading 1.4 (getUsedRangeOrNullObject).
 */
export const EXCEL_API_REQUIRES = {
  read: "1.4",
  settings: "1.4",
  marks: "1.9",
  charts: "1.7",
  drawing: "1.8",
  sheets: "1.4",
  pages: "1.9",
  formats: "1.8",
} as const;

export type AdapterFeature = keyof typeof EXCEL_API_REQUIRES;
