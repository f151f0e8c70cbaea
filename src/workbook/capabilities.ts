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

/**
 * An Office the browser demo can simulate (`?office=<id>`), with the requirement sets it supports
 * as Microsoft's requirement-set tables list them (highest version of each set; null = none).
 * The same table is the README's 「要件セットと Office のバージョン」 (a test checks the README).
 *
 * Sources (all read in OfficeDev/office-js-docs-reference, docs/requirement-sets/, as of
 * 2026-06-30, and OfficeDev/office-js-docs-pr):
 * - [ExcelApi] excel/excel-api-requirement-sets.md — "Excel JavaScript API requirement sets"
 *   (learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets).
 * - [CFR] excel/custom-functions-requirement-sets.md — "Custom Functions requirement sets".
 * - [SR] common/shared-runtime-requirement-sets.md — "Shared runtime requirement sets".
 * - [CF-overview] office-js-docs-pr docs/excel/custom-functions-overview.md, "Supported
 *   platforms" — "Create custom functions in Excel" (2026-01-22).
 */
export interface OfficeProfile {
  id: string;
  /** The product as Microsoft names it (language-neutral: shown in both languages). */
  name: string;
  /** Windows perpetual Office, for the remedy "Office 2021 以降で使えます" (oldest first). */
  perpetual: boolean;
  /** Highest minor version of ExcelApi 1.x, CustomFunctionsRuntime 1.x, SharedRuntime 1.x. */
  excelApi: number | null;
  customFunctionsRuntime: number | null;
  sharedRuntime: number | null;
  /**
   * Office shows add-ins there in Internet Explorer 11's webview (Trident), where this add-in's
   * pane does not run at all: Microsoft's "Support older Microsoft webviews and Office versions"
   * — "volume-licensed perpetual versions through Office 2019, still use the webview controls that
   * come with Internet Explorer 11" (details in "Browsers and webview controls used by Office
   * Add-ins"). The simulation still shows the sets, and says so.
   */
  tridentWebview: boolean;
}

export const OFFICE_PROFILES: readonly OfficeProfile[] = [
  {
    // [ExcelApi] 1.21 from Version 2606 (Build 20131.20090); [CFR] 1.5 from 2504; [SR] 1.2 from 2108.
    id: "m365",
    name: "Microsoft 365 (Windows)",
    perpetual: false,
    excelApi: 21,
    customFunctionsRuntime: 5,
    sharedRuntime: 2,
    tridentWebview: false,
  },
  {
    // [ExcelApi] 1.21 "Supported" on the web; [CFR] 1.5 "Supported"; [SR] 1.2 "Excel: Supported".
    id: "web",
    name: "Excel on the web",
    perpetual: false,
    excelApi: 21,
    customFunctionsRuntime: 5,
    sharedRuntime: 2,
    tridentWebview: false,
  },
  {
    // [ExcelApi] volume-licensed/LTSC column: "Office 2024" up to 1.17, 1.18+ "Not supported".
    // [CFR] the volume column names only "Office 2021: Version 2108" as the minimum for 1.1–1.3
    // (1.4, 1.5 "Not supported"); LTSC 2024 is a later version, and [CF-overview] excludes only
    // "2021 or earlier", so 1.3. [SR] 1.2 names "Excel 2024: Version 2108".
    id: "office2024-ltsc",
    name: "Office LTSC 2024",
    perpetual: true,
    excelApi: 17,
    customFunctionsRuntime: 3,
    sharedRuntime: 2,
    tridentWebview: false,
  },
  {
    // [ExcelApi] "Office 2021" up to 1.14 (Version 2108, Build 14326.20508), 1.15+ only Office 2024.
    // [SR] 1.1 names "Excel 2021: Version 2108" (its build, 12527.20092, is Version 2002's: the
    // table contradicts itself); 1.2 only Excel 2024.
    // Custom functions: Microsoft contradicts itself. [CFR] lists "Office 2021: Version 2108 (Build
    // 14332.20011)" for CustomFunctionsRuntime 1.1–1.3, while [CF-overview] says custom functions
    // "aren't currently supported in ... volume-licensed perpetual versions of Office 2021 or
    // earlier on Windows" — and the users in issue 9 report they do not run. The profile follows
    // the overview (none); inside Excel the pane asks the real host, so it shows what is true there.
    id: "office2021-volume",
    name: "Office 2021 (volume licensed)",
    perpetual: true,
    excelApi: 14,
    customFunctionsRuntime: null,
    sharedRuntime: 1,
    tridentWebview: false,
  },
  {
    // [ExcelApi] "Office 2019" up to 1.7 (Version 1801, Build 9001.2171); 1.8+ from Office 2021.
    // [CFR] and [SR] name no volume-licensed Office before 2021. Office 2019 reached end of
    // support in October 2025 (the docs dropped it then, commit 6e6a8ae "Account for Office 2016
    // and 2019 reaching end of support").
    id: "office2019-volume",
    name: "Office 2019 (volume licensed)",
    perpetual: true,
    excelApi: 7,
    customFunctionsRuntime: null,
    sharedRuntime: null,
    tridentWebview: true,
  },
  {
    // [ExcelApi] "Office 2016: Version 1509" for 1.1 only; the 1.1 page: "It is the only
    // Excel-specific requirement set supported by Excel 2016." Below the manifest's ExcelApi 1.4,
    // so Office does not activate the add-in at all there (the simulation shows why).
    id: "office2016-volume",
    name: "Office 2016 (volume licensed)",
    perpetual: true,
    excelApi: 1,
    customFunctionsRuntime: null,
    sharedRuntime: null,
    tridentWebview: true,
  },
  {
    // [ExcelApi] iPad column: 1.21 from Version 16.102; [CFR] iPad "Not supported" for every
    // version, as [CF-overview] says; [SR] "Office on iOS: Not supported".
    id: "ipad",
    name: "Excel on iPad",
    perpetual: false,
    excelApi: 21,
    customFunctionsRuntime: null,
    sharedRuntime: null,
    tridentWebview: false,
  },
];

/** The profile with this id (`?office=`), or undefined. */
export function findOfficeProfile(id: string): OfficeProfile | undefined {
  return OFFICE_PROFILES.find((p) => p.id === id);
}

/** `isSetSupported` as the profile's Office answers it (only 1.x versions exist for these sets). */
export function profileIsSetSupported(profile: OfficeProfile): IsSetSupported {
  return (name, version) => {
    const match = /^1\.(\d+)$/.exec(version);
    if (!match) return false;
    const minor = Number(match[1]);
    const highest =
      name === "ExcelApi"
        ? profile.excelApi
        : name === "CustomFunctionsRuntime"
          ? profile.customFunctionsRuntime
          : name === "SharedRuntime"
            ? profile.sharedRuntime
            : null;
    return highest !== null && minor <= highest;
  };
}

/** The ExcelApi levels probed at start: 1.1 up to this (Microsoft documents up to 1.21). */
export const EXCEL_API_PROBE_MAX = 30;

/** Highest ExcelApi 1.x the host supports ("1.14"), or null when it reports not even 1.1. */
export function highestExcelApi(isSetSupported: IsSetSupported): string | null {
  let highest: string | null = null;
  // Each level includes the earlier ones, so the first unsupported level ends the probe.
  for (let minor = 1; minor <= EXCEL_API_PROBE_MAX; minor++) {
    if (!isSetSupported("ExcelApi", `1.${minor}`)) break;
    highest = `1.${minor}`;
  }
  return highest;
}

function setsText(sets: readonly RequirementSet[]): string {
  return sets.map((s) => `${s.name} ${s.version}`).join(", ");
}

/** The oldest Windows perpetual Office that has every one of these sets, if any. */
function oldestPerpetualWith(sets: readonly RequirementSet[]): OfficeProfile | undefined {
  return [...OFFICE_PROFILES]
    .filter((p) => p.perpetual)
    .sort((a, b) => (a.excelApi ?? 0) - (b.excelApi ?? 0))
    .find((p) => sets.every((s) => profileIsSetSupported(p)(s.name, s.version)));
}

function upgradeRemedy(missing: readonly RequirementSet[]): Issue {
  const sets = setsText(missing);
  const office = oldestPerpetualWith(missing);
  return office
    ? { code: "capabilities.remedy.upgrade", params: { sets, office: office.name } }
    : { code: "capabilities.remedy.upgradeM365", params: { sets } };
}

/**
 * Every feature's status for a host, from the requirement sets it reports. Inside Excel pass
 * `Office.context.requirements.isSetSupported` (and `Office.context.diagnostics.version`); the
 * browser demo passes a profile's sets (`?office=`), or supports everything without one. Custom
 * functions never calculate in the browser demo's grid, whatever the profile.
 *
 * @example detectCapabilities((n, v) => Office.context.requirements.isSetSupported(n, v), "excel", undefined, "16.0.14332.20011")
 */
export function detectCapabilities(
  isSetSupported: IsSetSupported,
  host: "excel" | "browser",
  profile?: string,
  officeVersion?: string
): HostCapabilities {
  const excelApi = highestExcelApi(isSetSupported);
  const known = profile === undefined ? undefined : findOfficeProfile(profile);
  const api = `ExcelApi ${excelApi ?? "-"}`;
  const version = known
    ? `${known.name}, ${api}`
    : officeVersion
      ? `${officeVersion}, ${api}`
      : api;
  const features = {} as Record<FeatureId, FeatureStatus>;
  for (const id of FEATURE_IDS) {
    const needed = FEATURE_REQUIREMENTS[id].filter(
      (s, i, all) => all.findIndex((o) => o.name === s.name && o.version === s.version) === i
    );
    const missing = needed.filter((s) => !isSetSupported(s.name, s.version));
    const demoFunctions = host === "browser" && id === "customFunctions";
    if (missing.length === 0 && !demoFunctions) {
      features[id] = { id, available: true, missing: [] };
      continue;
    }
    const sets = setsText(missing);
    const reason: Issue =
      id === "customFunctions"
        ? missing.length > 0
          ? { code: "capabilities.reason.customFunctions", params: { version, sets } }
          : { code: "capabilities.reason.browserFunctions" }
        : { code: "capabilities.reason.missing", params: { version, sets } };
    features[id] = { id, available: false, missing, reason, remedy: upgradeRemedy(missing) };
  }
  const writing = features.valueWriting;
  if (!features.customFunctions.available && writing.available)
    features.customFunctions.remedy = { code: "capabilities.remedy.valueWriting" };
  const result: HostCapabilities = { host, excelApi, features };
  if (known) result.profile = known.id;
  return result;
}

/**
 * The browser demo's capabilities: everything but custom functions, or what the Office named by
 * `?office=` supports. An unknown profile id counts as none (the caller says so).
 *
 * @example browserCapabilities(new URLSearchParams(location.search).get("office") ?? undefined)
 */
export function browserCapabilities(profile?: string): HostCapabilities {
  const known = profile === undefined ? undefined : findOfficeProfile(profile);
  if (known) return detectCapabilities(profileIsSetSupported(known), "browser", known.id);
  // The memory workbook is not an ExcelApi level: it has everything the port offers.
  return { ...detectCapabilities(() => true, "browser"), excelApi: null };
}
