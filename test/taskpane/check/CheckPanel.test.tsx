import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CheckPanel } from "../../../src/taskpane/check/CheckPanel";
import { CHECK_RULES_SETTING, checkTableInWorkbook } from "../../../src/workflows";
import { MemoryWorkbook } from "../../../src/workbook/memory";
import type { WorkbookPort } from "../../../src/workbook/port";
import { renderApp, renderInPane } from "../renderWithPane";
import { slowReads } from "../slowReads";
import { himiWorkbook, plantedWorkbook } from "./checkFixtures";

async function openHimi(): Promise<MemoryWorkbook> {
  const wb = await himiWorkbook();
  wb.setSelection({ sheet: "中長期財政見通し", address: "A1:L36" });
  return wb;
}

function renderPanel(port: WorkbookPort, lang: "ja" | "en" = "ja") {
  renderInPane(<CheckPanel port={port} workbookName="test.xlsx" />, lang);
  return userEvent.setup();
}

async function result(lang: "ja" | "en" = "ja") {
  return screen.findByRole("region", { name: lang === "ja" ? "検算結果" : "Check result" });
}

describe("CheckPanel", () => {
  it("checks the 氷見 sample and lists the 特定目的基金残高 findings as 要確認 under 基金残高", async () => {
    const user = renderPanel(await openHimi());
    await user.click(screen.getByRole("button", { name: "選択範囲を検算" }));
    const region = await result();
    expect(within(region).getByText("中長期財政見通し!A1:L36")).toBeInTheDocument();
    expect(within(region).getByText("誤り 0")).toBeInTheDocument();
    expect(within(region).getByText("要確認 2")).toBeInTheDocument();
    expect(within(region).getByText("端数 0")).toBeInTheDocument();
    expect(within(region).getByText("百万円")).toBeInTheDocument();
    expect(within(region).getByText("四捨五入(数値から決められないため仮定)")).toBeInTheDocument();
    const funds = within(region).getByRole("region", { name: "基金残高(2 件)" });
    expect(within(funds).getAllByRole("listitem")).toHaveLength(2);
    expect(within(funds).getByRole("button", { name: "C30 を選択" })).toBeInTheDocument();
    expect(within(funds).getAllByText("400 百万円").length).toBeGreaterThan(0);
  });

  it("checks the whole sheet of the selection", async () => {
    const wb = plantedWorkbook();
    wb.setSelection({ sheet: "歳入", address: "B5" });
    const user = renderPanel(wb);
    await user.click(screen.getByRole("button", { name: "シート全体を検算" }));
    const region = await result();
    expect(within(region).getByText("歳入!A1:D7")).toBeInTheDocument();
    expect(within(region).getByText("誤り 1")).toBeInTheDocument();
    expect(within(region).getByRole("region", { name: "合計(1 件)" })).toBeInTheDocument();
  });

  it("says which selection is empty instead of checking it", async () => {
    const wb = MemoryWorkbook.fromSheets([{ name: "空", rows: [["表題"], [], []] }]);
    wb.setSelection({ sheet: "空", address: "B2:C3" });
    const user = renderPanel(wb);
    await user.click(screen.getByRole("button", { name: "選択範囲を検算" }));
    expect(
      await screen.findByText(
        "選択範囲 空!B2:C3 には検算できる内容がありません。表を選択してからもう一度押してください。"
      )
    ).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "検算結果" })).not.toBeInTheDocument();
  });

  it("says when the selection holds no table", async () => {
    const wb = MemoryWorkbook.fromSheets([
      { name: "メモ", rows: [["会議メモ"], ["来週までに確認"]] },
    ]);
    wb.setSelection({ sheet: "メモ", address: "A1:A2" });
    const user = renderPanel(wb);
    await user.click(screen.getByRole("button", { name: "選択範囲を検算" }));
    expect(
      await screen.findByText(/メモ!A1:A2 に表\(行見出しと数値\)が見つかりませんでした/)
    ).toBeInTheDocument();
  });

  it("lists the workbook's last check again when the pane opens, saying when it was checked", async () => {
    const wb = plantedWorkbook();
    await checkTableInWorkbook(wb, {
      target: { kind: "selection" },
      lang: "ja",
      now: () => new Date("2026-11-30T01:02:00Z"),
    });
    renderPanel(wb);
    const region = await result();
    expect(
      within(region).getByText(/前回の検算結果です(.*2026.*に 歳入!A1:D7 を検算)/)
    ).toBeInTheDocument();
    expect(within(region).getByText("誤り 1")).toBeInTheDocument();
    expect(within(region).getByRole("button", { name: "D7 を選択" })).toBeInTheDocument();
  });

  it("shows the parser's error with its position for a rule naming no line of the table", async () => {
    const user = renderPanel(plantedWorkbook());
    await user.click(screen.getByRole("button", { name: "選択範囲を検算" }));
    await result();
    await user.type(
      screen.getByRole("textbox", { name: "規則を追加" }),
      "合計 = 市税 + 歳入{Enter}"
    );
    expect(
      await screen.findByText("規則の 11 文字目「歳入」に当たる行・列が表にありません。")
    ).toBeInTheDocument();
  });

  it("saves a switched-off rule, checks again without it, and uses it next time", async () => {
    const wb = plantedWorkbook();
    const user = renderPanel(wb);
    await user.click(screen.getByRole("button", { name: "選択範囲を検算" }));
    await result();
    await user.click(screen.getByRole("switch", { name: "合計 = 市税 + 地方交付税 + 国庫支出金" }));
    await screen.findByText("規則を保存して検算し直しました。");
    await waitFor(() => expect(screen.getByText("誤り 0")).toBeInTheDocument());
    expect(await wb.getSetting(CHECK_RULES_SETTING)).toEqual({
      歳入: { userRules: [], disabledRules: ["sum:A7"] },
    });
    expect(
      screen.getByRole("switch", { name: "合計 = 市税 + 地方交付税 + 国庫支出金" })
    ).not.toBeChecked();
  });

  it("adds a user rule, checks with it, and removes it again", async () => {
    const wb = plantedWorkbook();
    const user = renderPanel(wb);
    await user.click(screen.getByRole("button", { name: "選択範囲を検算" }));
    await result();
    // 市税 + 地方交付税 alone: R3 2,100, not 2,200 — the rule fails in every year.
    await user.type(
      screen.getByRole("textbox", { name: "規則を追加" }),
      "合計 = 市税 + 地方交付税{Enter}"
    );
    await screen.findByText("規則を追加して検算し直しました。");
    await waitFor(() => expect(screen.getByText("誤り 3")).toBeInTheDocument());
    expect(await wb.getSetting(CHECK_RULES_SETTING)).toEqual({
      歳入: { userRules: ["合計 = 市税 + 地方交付税"], disabledRules: [] },
    });
    await user.click(
      screen.getByRole("button", { name: /^規則「合計 = 市税 \+ 地方交付税」を削除$/ })
    );
    await waitFor(() => expect(screen.getByText("誤り 1")).toBeInTheDocument());
    expect(await wb.getSetting(CHECK_RULES_SETTING)).toEqual({});
  });

  it("shows the reading progress of a large table and stops when cancelled", async () => {
    // 12,000 rows × 10 columns, delivered in blocks of 50,000 cells when the test says so.
    const rows = Array.from({ length: 12_000 }, (_, r) =>
      Array.from({ length: 10 }, (_, c) => r * 10 + c)
    );
    const wb = MemoryWorkbook.fromSheets([{ name: "大量", rows }]);
    wb.setSelection({ sheet: "大量", address: "A1:J12000" });
    const slow = slowReads(wb, 50_000);
    const user = renderPanel(slow.port);
    await user.click(screen.getByRole("button", { name: "選択範囲を検算" }));
    expect(await screen.findByText("セルを読み込んでいます… 50000/120000")).toBeInTheDocument();
    expect(screen.getByRole("progressbar")).toHaveAttribute(
      "aria-valuenow",
      String(50_000 / 120_000)
    );
    expect(screen.getByRole("button", { name: "選択範囲を検算" })).toBeDisabled();
    await user.click(screen.getByRole("button", { name: "中止" }));
    expect(screen.getByText("検算を中止しました。")).toBeInTheDocument();
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    slow.next();
    await expect(slow.finished).resolves.toBe("workbook.aborted");
    expect(screen.queryByRole("region", { name: "検算結果" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "選択範囲を検算" })).toBeEnabled();
  });

  it("is the 検算 tab of the pane, reachable with the keyboard", async () => {
    const user = userEvent.setup();
    renderApp(plantedWorkbook());
    screen.getByRole("tab", { name: "検算" }).focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("tab", { name: "検算" })).toHaveAttribute("aria-selected", "true");
    await user.click(screen.getByRole("button", { name: "選択範囲を検算" }));
    expect(await result()).toBeVisible();
  });

  it("selects a finding's cell in the workbook on a click and on Enter", async () => {
    const wb = plantedWorkbook();
    const user = renderPanel(wb);
    await user.click(screen.getByRole("button", { name: "選択範囲を検算" }));
    const region = await result();
    await user.click(within(region).getByText(/D7 の合計/));
    await within(region).findByText("歳入!D7 を選択しました。");
    expect(await wb.getSelection()).toEqual({ sheet: "歳入", address: "D7" });
    wb.setSelection({ sheet: "歳入", address: "A1" });
    within(region).getByRole("button", { name: "D7 を選択" }).focus();
    await user.keyboard("{Enter}");
    await waitFor(async () =>
      expect(await wb.getSelection()).toEqual({ sheet: "歳入", address: "D7" })
    );
  });

  it("marks the finding cells in the check group, and removes exactly those marks", async () => {
    const wb = plantedWorkbook();
    await wb.setMarks("kpi", [{ sheet: "歳入", address: "B4", severity: "note" }]);
    const user = renderPanel(wb);
    await user.click(screen.getByRole("button", { name: "選択範囲を検算" }));
    const region = await result();
    await user.click(within(region).getByRole("button", { name: "マークを付ける" }));
    await within(region).findByText(/1 件の指摘のセルにマークを付けました/);
    const marks = await wb.listMarks();
    expect(marks.filter((m) => m.group === "check")).toEqual([
      { group: "check", sheet: "歳入", address: "D7", severity: "error" },
    ]);
    await user.click(within(region).getByRole("button", { name: "マークを消す" }));
    await within(region).findByText("検算のマークを 1 か所消しました。");
    expect(await wb.listMarks()).toEqual([
      { group: "kpi", sheet: "歳入", address: "B4", severity: "note" },
    ]);
  });

  it("says a protected sheet cannot be marked and changes nothing", async () => {
    const wb = plantedWorkbook();
    wb.protect("歳入");
    const user = renderPanel(wb);
    await user.click(screen.getByRole("button", { name: "選択範囲を検算" }));
    const region = await result();
    await user.click(within(region).getByRole("button", { name: "マークを付ける" }));
    expect(
      await within(region).findByText(
        /シート「歳入」は保護されているため、マークを付けられません。何も変更していません。/
      )
    ).toBeInTheDocument();
    expect(await wb.listMarks()).toEqual([]);
  });

  it("writes the audit working paper to a new sheet and names it", async () => {
    const wb = plantedWorkbook();
    const user = renderPanel(wb);
    await user.click(screen.getByRole("button", { name: "選択範囲を検算" }));
    const region = await result();
    await user.click(within(region).getByRole("button", { name: "検算結果シートを作成" }));
    const done = await within(region).findByText(/^シート「.+」に検算結果を書き出しました。$/);
    const sheet = /「(.+)」/.exec(done.textContent ?? "")![1]!;
    expect(await wb.listSheets()).toEqual(["歳入", sheet]);
    const paper = await wb.readUsedRange(sheet);
    expect(JSON.stringify(paper?.values)).toContain("D7");
    expect(JSON.stringify(paper?.values)).toContain("test.xlsx");
  });

  it("speaks English when Office does", async () => {
    const user = renderPanel(plantedWorkbook(), "en");
    await user.click(screen.getByRole("button", { name: "Check the selection" }));
    const region = await result("en");
    expect(within(region).getByText("Error 1")).toBeInTheDocument();
    expect(within(region).getByRole("region", { name: "Totals (1)" })).toBeInTheDocument();
    expect(within(region).getByRole("button", { name: "Mark the cells" })).toBeInTheDocument();
  });
});
