import { act, screen, within } from "@testing-library/react";
import { excelCapabilities } from "../../../src/taskpane/excelHost";
import { mountBrowserHost } from "../../../src/taskpane/browser-host/mountBrowserHost";

jest.setTimeout(60_000);

describe("excelCapabilities", () => {
  it("asks the host's isSetSupported and names the Office build in the reasons", () => {
    const asked: string[] = [];
    const office = {
      context: {
        requirements: {
          isSetSupported: (name: string, version?: string) => {
            asked.push(`${name} ${version ?? ""}`);
            return name === "ExcelApi" && Number((version ?? "1.1").split(".")[1]) <= 14;
          },
        },
        diagnostics: { version: "16.0.14332.20011" },
      },
    };
    const c = excelCapabilities(office);
    expect(c).toMatchObject({ host: "excel", excelApi: "1.14" });
    expect(asked).toEqual(
      expect.arrayContaining(["CustomFunctionsRuntime 1.1", "SharedRuntime 1.1", "ExcelApi 1.15"])
    );
    expect(c.features.customFunctions.reason?.params?.version).toBe(
      "16.0.14332.20011, ExcelApi 1.14"
    );
    expect(c.features.kpiCharts.available).toBe(true);
  });
});

describe("mountBrowserHost", () => {
  let container: HTMLElement;
  beforeEach(() => {
    container = document.createElement("div");
    document.body.appendChild(container);
  });
  afterEach(() => container.remove());

  it("simulates the Office named by ?office= in the pane's panel", async () => {
    act(() => mountBrowserHost(container, "?office=office2019-volume", "ja-JP"));
    const panel = await screen.findByRole("region", { name: "このExcelで使える機能" });
    expect(
      within(panel).getByRole("button", { name: "このExcelで使える機能 — 8 機能中 4 が使えます" })
    ).toHaveAttribute("aria-expanded", "true");
    expect(
      within(panel).getByText(
        "ブラウザーで Office 2019 (volume licensed) を模擬しています（?office=office2019-volume）"
      )
    ).toBeInTheDocument();
  });

  it("without ?office= shows the demo's own capabilities, collapsed", async () => {
    act(() => mountBrowserHost(container, "?lang=en", "ja-JP"));
    expect(
      await screen.findByRole("button", {
        name: "What this Excel can do — 7 of 8 features available",
      })
    ).toHaveAttribute("aria-expanded", "false");
  });

  it("names an unknown ?office= value and the known ones instead of ignoring it", async () => {
    act(() => mountBrowserHost(container, "?office=office95", "ja-JP"));
    expect(
      await screen.findByText(
        "?office=office95 は知らない Office です。使える値: m365, web, office2024-ltsc, office2021-volume, office2019-volume, office2016-volume, ipad"
      )
    ).toBeInTheDocument();
  });
});
