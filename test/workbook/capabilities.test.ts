import { formatMessage } from "../../src/core/messages";
import {
  FEATURE_IDS,
  OFFICE_PROFILES,
  browserCapabilities,
  detectCapabilities,
  findOfficeProfile,
  highestExcelApi,
  profileIsSetSupported,
  type FeatureId,
  type HostCapabilities,
  type IsSetSupported,
} from "../../src/workbook/capabilities";

/** `isSetSupported` of an Excel with ExcelApi 1.1…1.`excel` and the named runtime sets. */
function host(excel: number, runtimes: string[] = []): IsSetSupported & { asked: string[] } {
  const asked: string[] = [];
  const fn = (name: string, version: string) => {
    asked.push(`${name} ${version}`);
    const minor = Number(version.split(".")[1]);
    if (name === "ExcelApi") return minor <= excel;
    return runtimes.includes(`${name} ${version}`);
  };
  return Object.assign(fn, { asked });
}

const available = (c: HostCapabilities): FeatureId[] =>
  FEATURE_IDS.filter((id) => c.features[id].available);

function profile(id: string) {
  const p = findOfficeProfile(id);
  if (!p) throw new Error(`no profile ${id}`);
  return p;
}

describe("highestExcelApi", () => {
  it("finds the highest level, 1.10 above 1.9, stopping at the first missing level", () => {
    const isSet = host(14);
    expect(highestExcelApi(isSet)).toBe("1.14");
    expect(isSet.asked.at(-1)).toBe("ExcelApi 1.15");
    expect(highestExcelApi(host(0))).toBeNull();
  });
});

describe("detectCapabilities", () => {
  it("inside Excel with every set, offers every feature", () => {
    const c = detectCapabilities(
      host(17, ["CustomFunctionsRuntime 1.1", "SharedRuntime 1.1"]),
      "excel"
    );
    expect(c).toMatchObject({ host: "excel", excelApi: "1.17" });
    expect(available(c)).toEqual([...FEATURE_IDS]);
    expect(c.profile).toBeUndefined();
  });

  it("without CustomFunctionsRuntime names the build and the missing set, and offers 値として書き込む", () => {
    const c = detectCapabilities(
      host(14, ["SharedRuntime 1.1"]),
      "excel",
      undefined,
      "16.0.14332.20011"
    );
    const f = c.features.customFunctions;
    expect(f.available).toBe(false);
    expect(f.missing).toEqual([{ name: "CustomFunctionsRuntime", version: "1.1" }]);
    expect(formatMessage(f.reason!, "ja")).toBe(
      "このExcel（16.0.14332.20011, ExcelApi 1.14）ではカスタム関数が動きません（CustomFunctionsRuntime 1.1 がありません）"
    );
    expect(formatMessage(f.remedy!, "ja")).toContain("「関数」タブの「値として書き込む」");
    expect(available(c)).toEqual(FEATURE_IDS.filter((id) => id !== "customFunctions"));
  });

  it("needs both runtime sets for custom functions (the VersionOverrides asks both)", () => {
    const c = detectCapabilities(host(14, ["CustomFunctionsRuntime 1.1"]), "excel");
    expect(c.features.customFunctions.missing).toEqual([{ name: "SharedRuntime", version: "1.1" }]);
  });

  it("on ExcelApi 1.7 disables marks, charts and the KPI sheet with the Office that has them", () => {
    const c = detectCapabilities(host(7), "excel");
    const charts = c.features.kpiCharts;
    expect(charts.missing).toEqual([
      { name: "ExcelApi", version: "1.8" },
      { name: "ExcelApi", version: "1.9" },
    ]);
    expect(formatMessage(charts.reason!, "en")).toBe(
      "This Excel (ExcelApi 1.7) lacks ExcelApi 1.8, ExcelApi 1.9"
    );
    // ExcelApi 1.9 is in Office 2021 (volume licensed) and later, not in Office 2019.
    expect(formatMessage(charts.remedy!, "ja")).toBe(
      "ExcelApi 1.8, ExcelApi 1.9 は Microsoft 365 または Office 2021 (volume licensed) 以降の Excel にあります（情報システム担当にご相談ください）"
    );
    expect(c.features.checkMarks.available).toBe(false);
    expect(c.features.kpiSheet.missing).toEqual([{ name: "ExcelApi", version: "1.8" }]);
    expect(available(c)).toEqual(["valueWriting", "readTables", "workbookSettings", "ownSheets"]);
  });

  it("counts ExcelApi 1.4 once for value writing (read and settings both need it)", () => {
    const c = detectCapabilities(host(3), "excel");
    expect(c.features.valueWriting.missing).toEqual([{ name: "ExcelApi", version: "1.4" }]);
    // Even Office 2019 has 1.4.
    expect(formatMessage(c.features.readTables.remedy!, "en")).toBe(
      "ExcelApi 1.4 is in Excel for Microsoft 365 or Office 2019 (volume licensed) and later (ask your IT department)"
    );
  });

  it("in the browser demo, custom functions are unavailable because the grid does not calculate them", () => {
    const c = browserCapabilities();
    expect(c).toMatchObject({ host: "browser", excelApi: null });
    expect(available(c)).toEqual(FEATURE_IDS.filter((id) => id !== "customFunctions"));
    const f = c.features.customFunctions;
    expect(f.missing).toEqual([]);
    expect(f.reason).toEqual({ code: "capabilities.reason.browserFunctions" });
    expect(f.remedy).toEqual({ code: "capabilities.remedy.valueWriting" });
  });

  it("in the browser demo with ?office=, reports what that Office supports", () => {
    const c = browserCapabilities("office2019-volume");
    expect(c).toMatchObject({ host: "browser", profile: "office2019-volume", excelApi: "1.7" });
    expect(formatMessage(c.features.customFunctions.reason!, "ja")).toBe(
      "このExcel（Office 2019 (volume licensed), ExcelApi 1.7）ではカスタム関数が動きません（CustomFunctionsRuntime 1.1, SharedRuntime 1.1 がありません）"
    );
    // A profile that has custom functions still cannot calculate them in the demo grid.
    expect(browserCapabilities("m365").features.customFunctions.reason).toEqual({
      code: "capabilities.reason.browserFunctions",
    });
  });

  it("treats an unknown ?office= as no profile", () => {
    const c = browserCapabilities("office95");
    expect(c.profile).toBeUndefined();
    expect(available(c)).toHaveLength(FEATURE_IDS.length - 1);
  });

  it.each([
    // [profile, highest ExcelApi, features available inside that Excel]
    ["m365", "1.21", [...FEATURE_IDS]],
    ["web", "1.21", [...FEATURE_IDS]],
    ["office2024-ltsc", "1.17", [...FEATURE_IDS]],
    ["office2021-volume", "1.14", FEATURE_IDS.filter((id) => id !== "customFunctions")],
    [
      "office2019-volume",
      "1.7",
      ["valueWriting", "readTables", "workbookSettings", "ownSheets"] as FeatureId[],
    ],
    ["office2016-volume", "1.1", [] as FeatureId[]],
    ["ipad", "1.21", FEATURE_IDS.filter((id) => id !== "customFunctions")],
  ])("inside %s Excel: ExcelApi %s and these features", (id, excelApi, features) => {
    const c = detectCapabilities(profileIsSetSupported(profile(id)), "excel");
    expect(c.excelApi).toBe(excelApi);
    expect(available(c)).toEqual(features);
  });

  it("gives every unavailable feature a reason and a remedy that the catalogue renders in both languages", () => {
    for (const p of OFFICE_PROFILES) {
      for (const c of [
        browserCapabilities(p.id),
        detectCapabilities(profileIsSetSupported(p), "excel"),
      ]) {
        for (const id of FEATURE_IDS) {
          const f = c.features[id];
          if (f.available) continue;
          for (const lang of ["ja", "en"] as const) {
            expect(formatMessage(f.reason!, lang)).not.toMatch(/\{\w+\}/);
            expect(formatMessage(f.remedy!, lang)).not.toMatch(/\{\w+\}/);
          }
        }
      }
    }
  });
});

describe("profileIsSetSupported", () => {
  it("answers from the profile's highest versions, and no for a set it does not know", () => {
    const isSet = profileIsSetSupported(profile("office2024-ltsc"));
    expect(isSet("ExcelApi", "1.17")).toBe(true);
    expect(isSet("ExcelApi", "1.18")).toBe(false);
    expect(isSet("CustomFunctionsRuntime", "1.3")).toBe(true);
    expect(isSet("CustomFunctionsRuntime", "1.4")).toBe(false);
    expect(isSet("SharedRuntime", "1.2")).toBe(true);
    expect(isSet("WordApi", "1.1")).toBe(false);
    expect(isSet("ExcelApi", "2.0")).toBe(false);
  });
});
