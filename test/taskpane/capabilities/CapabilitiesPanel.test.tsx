import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../../src/taskpane/App";
import {
  browserCapabilities,
  detectCapabilities,
  findOfficeProfile,
  profileIsSetSupported,
  type HostCapabilities,
} from "../../../src/workbook/capabilities";
import { MemoryWorkbook } from "../../../src/workbook/memory/MemoryWorkbook";

function renderWith(capabilities: HostCapabilities | undefined, lang: "ja" | "en" = "ja") {
  const wb = MemoryWorkbook.fromSheets([{ name: "Sheet1", rows: [] }]);
  render(
    <FluentProvider theme={webLightTheme}>
      <App port={wb} lang={lang} capabilities={capabilities} />
    </FluentProvider>
  );
  return userEvent.setup();
}

/** What Office 2019 (volume licensed) reports inside Excel, from its profile. */
function office2019(): HostCapabilities {
  const profile = findOfficeProfile("office2019-volume")!;
  return detectCapabilities(profileIsSetSupported(profile), "excel", undefined, "16.0.10730.20102");
}

function items(lang: "ja" | "en" = "ja") {
  const list = screen.getByRole("list", { name: lang === "ja" ? "機能の一覧" : "Features" });
  return within(list).getAllByRole("listitem");
}

describe("CapabilitiesPanel (in App)", () => {
  it("on Office 2019 opens at start, counts what runs, and gives each missing feature its reason and remedy", () => {
    renderWith(office2019());
    const panel = screen.getByRole("region", { name: "このExcelで使える機能" });
    expect(
      within(panel).getByRole("button", { name: "このExcelで使える機能 — 8 機能中 4 が使えます" })
    ).toHaveAttribute("aria-expanded", "true");
    expect(within(panel).getByText("この Excel の ExcelApi: 1.7 まで")).toBeInTheDocument();
    const rows = items();
    expect(rows.map((r) => r.firstChild?.textContent)).toEqual([
      "× 使えません カスタム関数（セルの ZAISEI.* 数式）",
      "✓ 使えます 値として書き込む（関数の結果をセルへ）",
      "✓ 使えます 表の読み取り",
      "✓ 使えます ブックへの設定の保存（検算ルール・評価基準）",
      "× 使えません 検算の印をセルに付ける",
      "✓ 使えます 監査シートなどのシートの追加",
      "× 使えません KPI グラフの作成",
      "× 使えません KPIシートの作成",
    ]);
    const functions = rows[0]!;
    expect(functions).toHaveTextContent(
      "このExcel（16.0.10730.20102, ExcelApi 1.7）ではカスタム関数が動きません（CustomFunctionsRuntime 1.1, SharedRuntime 1.1 がありません）"
    );
    expect(functions).toHaveTextContent(
      "できること: 「関数」タブの「値として書き込む」で、同じ計算の結果を値としてセルに書き込めます"
    );
    expect(rows[6]).toHaveTextContent(
      "できること: ExcelApi 1.8, ExcelApi 1.9 は Microsoft 365 または Office 2021 (volume licensed) 以降の Excel にあります"
    );
    // An available feature has no reason and no remedy.
    expect(rows[2]!.textContent).toBe("✓ 使えます 表の読み取り");
  });

  it("collapses and opens again from the keyboard", async () => {
    const user = renderWith(office2019());
    const header = screen.getByRole("button", { name: /^このExcelで使える機能/ });
    header.focus();
    await user.keyboard("{Enter}");
    expect(header).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("list", { name: "機能の一覧" })).not.toBeInTheDocument();
    await user.keyboard(" ");
    expect(header).toHaveAttribute("aria-expanded", "true");
    expect(items()).toHaveLength(8);
  });

  it("in the browser demo starts collapsed (only the demo grid lacks custom functions) and says why when opened", async () => {
    const user = renderWith(browserCapabilities());
    const header = screen.getByRole("button", {
      name: "このExcelで使える機能 — 8 機能中 7 が使えます",
    });
    expect(header).toHaveAttribute("aria-expanded", "false");
    await user.click(header);
    expect(items()[0]).toHaveTextContent(
      "ブラウザーのデモでは、セルの ZAISEI.* 数式は計算されません"
    );
    expect(
      screen.getByText(/\?office= で Office の版を模擬できます: m365, web, /)
    ).toBeInTheDocument();
  });

  it("names the simulated Office and, for Office 2016, that the add-in would not even start", () => {
    renderWith(browserCapabilities("office2016-volume"));
    expect(
      screen.getByRole("button", { name: "このExcelで使える機能 — 8 機能中 0 が使えます" })
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        "ブラウザーで Office 2016 (volume licensed) を模擬しています（?office=office2016-volume）"
      )
    ).toBeInTheDocument();
    expect(
      screen.getByText(/ExcelApi 1\.4 がないためアドインそのものが起動しません/)
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Internet Explorer 11 の Webview で開くため、このアドインは表示されません/)
    ).toBeInTheDocument();
  });

  it("says nothing about Internet Explorer for an Office that uses WebView2", () => {
    renderWith(browserCapabilities("office2021-volume"));
    expect(
      screen.getByText(/Office 2021 \(volume licensed\) を模擬しています/)
    ).toBeInTheDocument();
    expect(screen.queryByText(/Internet Explorer 11/)).not.toBeInTheDocument();
  });

  it("speaks English with lang en", () => {
    renderWith(office2019(), "en");
    expect(
      screen.getByRole("button", { name: "What this Excel can do — 4 of 8 features available" })
    ).toBeInTheDocument();
    expect(items("en")[0]).toHaveTextContent(
      "× Not available Custom functions (ZAISEI.* formulas in cells)Custom functions do not run in this Excel (16.0.10730.20102, ExcelApi 1.7): it lacks CustomFunctionsRuntime 1.1, SharedRuntime 1.1"
    );
  });

  it("is not shown when the host gives no capabilities (every feature counts as available)", () => {
    renderWith(undefined);
    expect(screen.queryByRole("region", { name: "このExcelで使える機能" })).not.toBeInTheDocument();
  });
});
