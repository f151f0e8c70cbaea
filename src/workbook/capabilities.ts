import type { Issue } from "../core/messages/types";
import { EXCEL_API_REQUIRES, type RequirementSet } from "./requirements";

/**
 * What this Excel can do, feature by feature, decided once at start from the host's requirement
 * sets. The task pane shows it in 「このExcelで使える機能」 and disables what cannot run, with the
 * reason and what the user can do instead, so that nothing is offered and then fails.
 */

/** The pane's features that depend on the host. */
export type FeatureId =
  /** ZAISEI.* formulas calculating in cells (custom functions in the shared runtime). */
  | "customFunctions"
  /** 「値として書き込む」: compute with the catalogue, write the value, remember it (settings). */
  | "valueWriting"
  /** 選択範囲を読む / 検算 / KPI reading. */
  | "readTables"
  /** Saved 検算 rules, the last check, saved grading schemes: workbook settings. */
  | "workbookSettings"
  /** 検算 marks on cells (conditional formats over RangeAreas). */
  | "checkMarks"
  /** The audit working paper and other sheets the add-in adds. */
  | "ownSheets"
  /** KPI charts on a chart page (drawing + page setup). */
  | "kpiCharts"
  /** 「KPIシートを作成」 (drop-downs, frozen header, table). */
  | "kpiSheet";

export const FEATURE_IDS: readonly FeatureId[] = [
  "customFunctions",
  "valueWriting",
  "readTables",
  "workbookSettings",
  "checkMarks",
  "ownSheets",
  "kpiCharts",
  "kpiSheet",
];

const excel = (version: string): RequirementSet => ({ name: "ExcelApi", version });

/** The requirement sets each feature needs (all of them). */
export const FEATURE_REQUIREMENTS: Record<FeatureId, readonly RequirementSet[]> = {
  customFunctions: [
    { name: "CustomFunctionsRuntime", version: "1.1" },
    { name: "SharedRuntime", version: "1.1" },
  ],
  valueWriting: [excel(EXCEL_API_REQUIRES.read), excel(EXCEL_API_REQUIRES.settings)],
  readTables: [excel(EXCEL_API_REQUIRES.read)],
  workbookSettings: [excel(EXCEL_API_REQUIRES.settings)],
  checkMarks: [excel(EXCEL_API_REQUIRES.marks)],
  ownSheets: [excel(EXCEL_API_REQUIRES.sheets)],
  kpiCharts: [
    excel(EXCEL_API_REQUIRES.charts),
    excel(EXCEL_API_REQUIRES.drawing),
    excel(EXCEL_API_REQUIRES.pages),
  ],
  kpiSheet: [excel(EXCEL_API_REQUIRES.sheets), excel(EXCEL_API_REQUIRES.formats)],
};

export interface FeatureStatus {
  id: FeatureId;
  available: boolean;
  /** The sets the host lacks (empty when available, or when unavailable for another reason). */
  missing: RequirementSet[];
  /** Why it cannot run (a catalogue message), when unavailable. */
  reason?: Issue;
  /** What the user can do instead, when unavailable. */
  remedy?: Issue;
}

export interface HostCapabilities {
  /** Excel (Office.js) or the browser demo over the in-memory workbook. */
  host: "excel" | "browser";
  /** The simulated Office profile in the browser demo (`?office=`), when one was chosen. */
  profile?: string;
  /** Highest ExcelApi 1.x the host reports ("1.17"), or null when it reports none. */
  excelApi: string | null;
  features: Record<FeatureId, FeatureStatus>;
}

/** `Office.context.requirements.isSetSupported` as a plain function. */
export type IsSetSupported = (name: string, version: string) => boolean;
