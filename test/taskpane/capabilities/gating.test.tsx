import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactElement } from "react";
import { CapabilitiesContext } from "../../../src/taskpane/capabilities/useFeature";
import { CheckPanel } from "../../../src/taskpane/check/CheckPanel";
import { KpiPanel } from "../../../src/taskpane/kpi/KpiPanel";
import { detectCapabilities, type HostCapabilities } from "../../../src/workbook/capabilities";
import { MemoryWorkbook } from "../../../src/workbook/memory";
import { plantedWorkbook } from "../check/checkFixtures";
import { kpiSample } from "../kpi/kpiFixtures";
import { renderInPane } from "../renderWithPane";

jest.setTimeout(180_000);

/** An Excel with ExcelApi 1.1…1.`minor` and no custom-function runtime. */
function excelApi(minor: number): HostCapabilities {
  return detectCapabilities(
    (name, version) => name === "ExcelApi" && Number(version.split(".")[1]) <= minor,
    "excel"
  );
}

function renderGated(element: ReactElement, capabilities: HostCapabilities) {
  renderInPane(
    <CapabilitiesContext.Provider value={capabilities}>{element}</CapabilitiesContext.Provider>
  );
  return userEvent.setup();
}

/** Disabled but reachable by keyboard (Fluent disabledFocusable), with the reason as its description. */
function expectGated(control: HTMLElement, reason: string) {
  expect(control).toHaveAttribute("aria-disabled", "true");
  expect(control).not.toHaveAttribute("disabled");
  control.focus();
  expect(control).toHaveFocus();
  expect(control).toHaveAccessibleDescription(expect.stringContaining(reason));
  // The same reason is visible text beside the control.
  const noteId = control.getAttribute("aria-describedby")!;
  expect(document.getElementById(noteId)).toBeVisible();
}

async function checkedPlanted(capabilities: HostCapabilities) {
  const wb = plantedWorkbook();
  const user = renderGated(<CheckPanel port={wb} workbookName="test.xlsx" />, capabilities);
  await user.click(screen.getByRole("button", { name: "選択範囲を検算" }));
  const region = await screen.findByRole("region", { name: "検算結果" });
  return { wb, user, region };
}

describe("gated controls — 検算", () => {
  it("on ExcelApi 1.7 the mark buttons say why and mark nothing; the audit sheet still runs", async () => {
    const { wb, user, region } = await checkedPlanted(excelApi(7));
    const mark = within(region).getByRole("button", { name: "マークを付ける" });
    expectGated(mark, "このExcel（ExcelApi 1.7）には ExcelApi 1.9 がありません");
    expect(mark).toHaveAccessibleDescription(
      expect.stringContaining("Microsoft 365 または Office 2021 (volume licensed) 以降")
    );
    await user.click(mark);
    expectGated(within(region).getByRole("button", { name: "マークを消す" }), "ExcelApi 1.9");
    expect(await wb.listMarks()).toEqual([]);
    expect(within(region).getByRole("button", { name: "検算結果シートを作成" })).toBeEnabled();
  });

  it("below ExcelApi 1.4 the audit sheet and every rule change are disabled with the reason", async () => {
    const { wb, user, region } = await checkedPlanted(excelApi(3));
    const audit = within(region).getByRole("button", { name: "検算結果シートを作成" });
    expectGated(audit, "このExcel（ExcelApi 1.3）には ExcelApi 1.4 がありません");
    await user.click(audit);
    expect(await wb.listSheets()).toEqual(["歳入"]);
    const rules = within(region).getByRole("list", { name: "規則" });
    for (const toggle of within(rules).getAllByRole("switch")) {
      expect(toggle).toBeDisabled();
      expect(toggle).toHaveAccessibleDescription(expect.stringContaining("ExcelApi 1.4"));
    }
    expect(within(region).getByRole("textbox", { name: /規則を追加/ })).toBeDisabled();
    expectGated(within(region).getByRole("button", { name: "追加" }), "ExcelApi 1.4");
  });

  it("with every set, the same buttons are plain enabled buttons without a note", async () => {
    const { region } = await checkedPlanted(excelApi(17));
    const mark = within(region).getByRole("button", { name: "マークを付ける" });
    expect(mark).toBeEnabled();
    expect(mark).not.toHaveAttribute("aria-describedby");
  });
});

describe("gated controls — KPI", () => {
  async function openedKpi(capabilities: HostCapabilities) {
    const wb = await kpiSample("himi");
    const user = renderGated(<KpiPanel port={wb} active />, capabilities);
    await screen.findByRole("table", { name: /^計画全体/ });
    return { wb, user };
  }

  it("on ExcelApi 1.7 「グラフを作成」 says which sets are missing and draws nothing", async () => {
    const { wb, user } = await openedKpi(excelApi(7));
    const draw = jest.spyOn(wb, "drawChartPage");
    const generate = screen.getByRole("button", { name: "グラフを作成" });
    expectGated(generate, "このExcel（ExcelApi 1.7）には ExcelApi 1.8, ExcelApi 1.9 がありません");
    await user.click(generate);
    expect(draw).not.toHaveBeenCalled();
    // The scheme is saved in settings (ExcelApi 1.4), which this Excel has.
    expect(screen.getByRole("combobox", { name: "評価基準" })).toBeEnabled();
  });

  it("below ExcelApi 1.4 the grading scheme cannot be chosen or saved, and says why", async () => {
    const { wb, user } = await openedKpi(excelApi(3));
    const scheme = screen.getByRole("combobox", { name: "評価基準" });
    expect(scheme).toBeDisabled();
    expect(scheme).toHaveAccessibleDescription(
      expect.stringContaining("このExcel（ExcelApi 1.3）には ExcelApi 1.4 がありません")
    );
    await user.click(screen.getByRole("button", { name: "区分を編集" }));
    const apply = screen.getByRole("button", { name: "適用して保存" });
    expectGated(apply, "ExcelApi 1.4");
    const setSetting = jest.spyOn(wb, "setSetting");
    await user.click(apply);
    expect(setSetting).not.toHaveBeenCalled();
  });

  it("on ExcelApi 1.7 「KPIシートを作成」 is disabled with its reason", async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: "メモ", rows: [["会議メモ"]] }]);
    const user = renderGated(<KpiPanel port={wb} active />, excelApi(7));
    await screen.findByText(/KPIシート(.+)が見つかりませんでした/);
    const create = screen.getByRole("button", { name: "KPIシートを作成" });
    expectGated(create, "このExcel（ExcelApi 1.7）には ExcelApi 1.8 がありません");
    await user.click(create);
    expect(await wb.listSheets()).toEqual(["メモ"]);
  });
});
