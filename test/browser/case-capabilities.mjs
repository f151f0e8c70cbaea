// Browser case: the demo simulating volume-licensed Office 2019 (`?office=office2019-volume`,
// OFFICE_PROFILES in src/workbook/capabilities.ts). The pane's 「このExcelで使える機能」 is open at
// start and lists what cannot run there with the reason and the remedy; the KPI tab's
// 「グラフを作成」 is disabled (still reachable by keyboard) with the reason beside it.
import assert from "node:assert/strict";

export const CAPABILITIES_CASE = {
  name: "capabilities-office2019-volume",
  async run({ page, origin, shot }) {
    await page.goto(`${origin}/taskpane.html?office=office2019-volume`);
    const panel = page.getByRole("region", { name: "このExcelで使える機能" });
    const header = panel.getByRole("button", {
      name: "このExcelで使える機能 — 8 機能中 4 が使えます",
    });
    await header.waitFor();
    assert.equal(await header.getAttribute("aria-expanded"), "true", "open at start");
    await panel
      .getByText(
        "ブラウザーで Office 2019 (volume licensed) を模擬しています（?office=office2019-volume）"
      )
      .waitFor();
    // Honest about the real Office 2019 (volume licensed): its webview is Internet Explorer 11.
    await panel.getByText(/Internet Explorer 11 の Webview で開くため/).waitFor();
    const items = panel.getByRole("list", { name: "機能の一覧" }).getByRole("listitem");
    assert.equal(await items.count(), 8);
    const unavailable = items.filter({ hasText: "× 使えません" });
    assert.equal(await unavailable.count(), 4, "four features cannot run on Office 2019");
    await unavailable
      .filter({ hasText: "カスタム関数" })
      .getByText(
        "このExcel（Office 2019 (volume licensed), ExcelApi 1.7）ではカスタム関数が動きません（CustomFunctionsRuntime 1.1, SharedRuntime 1.1 がありません）"
      )
      .waitFor();
    await unavailable
      .filter({ hasText: "カスタム関数" })
      .getByText(/「関数」タブの「値として書き込む」/)
      .waitFor();
    await unavailable
      .filter({ hasText: "KPI グラフの作成" })
      .getByText(/ExcelApi 1\.8, ExcelApi 1\.9 がありません/)
      .waitFor();
    await shot("capabilities-office2019-panel", panel);

    // The KPI tab over the 氷見 register: previews still show, the chart button says why not.
    await page.getByRole("combobox", { name: "サンプル" }).selectOption("himi-kpi-register");
    await page.getByRole("grid").waitFor();
    await page.getByRole("tab", { name: "KPI進捗" }).click();
    const kpi = page.getByRole("tabpanel", { name: "KPI進捗" });
    await kpi.getByRole("table", { name: /^計画全体/ }).waitFor({ timeout: 30_000 });
    const generate = kpi.getByRole("button", { name: "グラフを作成", exact: true });
    assert.equal(await generate.getAttribute("aria-disabled"), "true");
    const noteId = await generate.getAttribute("aria-describedby");
    assert.ok(noteId, "the button is described by its reason");
    const note = page.locator(`[id="${noteId}"]`);
    assert.ok(await note.isVisible(), "the reason is visible beside the button");
    assert.match(
      (await note.textContent()) ?? "",
      /このExcel（Office 2019 \(volume licensed\), ExcelApi 1\.7）には ExcelApi 1\.8, ExcelApi 1\.9 がありません/
    );
    await generate.focus();
    assert.equal(
      await page.evaluate("document.activeElement?.textContent"),
      "グラフを作成",
      "reachable by keyboard"
    );
    await generate.click({ force: true });
    assert.equal(await kpi.getByText(/にグラフを \d+ 枚作成しました/).count(), 0, "nothing drawn");
    await generate.scrollIntoViewIfNeeded();
    await shot("capabilities-office2019-kpi");
  },
};
