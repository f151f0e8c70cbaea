/**
 * Issue 9's "Done means" for the pane: Excel of a volume-licensed Office 2019, where custom
 * functions do not run. The pane shows 「このExcelで使える機能」 with what cannot run and why, the
 * 関数 tab's insert button is disabled with its reason, and the value-writing flow runs end to end
 * over the in-memory workbook: write, change an input, 再計算 (says which changed), the list with
 * its formulas, remove (value kept, and cell restored).
 */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { formatMessage } from "../../src/core/messages";
import { App } from "../../src/taskpane/App";
import { listWrittenValues } from "../../src/workflows/written-values";
import {
  FEATURE_IDS,
  detectCapabilities,
  findOfficeProfile,
  profileIsSetSupported,
} from "../../src/workbook/capabilities";
import { MemoryWorkbook } from "../../src/workbook/memory/MemoryWorkbook";

// The whole pane, driven like a user through two writes, a recalculation and two removals: a
// minute or more on a loaded 2-core machine (the KPI panel's tests allow as much).
jest.setTimeout(180_000);

const at = (address: string) => ({ sheet: "決算", address });

/** 事業費 1,200,000 円 / 400 件 = 3000 円 (UNIT_COST's catalogue example), and a note in C3. */
function workbook(): MemoryWorkbook {
  const wb = MemoryWorkbook.fromSheets([
    {
      name: "決算",
      rows: [
        ["コスト", "件数", "単位コスト"],
        [1200000, 400, ""],
        ["", "", "メモ"],
      ],
    },
  ]);
  wb.setSelection(at("A1"));
  return wb;
}

async function cell(wb: MemoryWorkbook, address: string) {
  return (await wb.readRange(at(address))).values[0]?.[0];
}

describe("the task pane on volume-licensed Office 2019 (no custom functions)", () => {
  it("shows what cannot run and why, disables inserting formulas, and writes, recalculates, lists and removes values", async () => {
    const user = userEvent.setup();
    const wb = workbook();
    const capabilities = detectCapabilities(
      profileIsSetSupported(findOfficeProfile("office2019-volume")!),
      "excel"
    );
    expect(capabilities.features.customFunctions.available).toBe(false);
    render(
      <FluentProvider theme={webLightTheme}>
        <App port={wb} lang="ja" capabilities={capabilities} />
      </FluentProvider>
    );

    // 「このExcelで使える機能」: every feature that cannot run, with its reason.
    const panel = screen.getByRole("region", { name: "このExcelで使える機能" });
    const unavailable = FEATURE_IDS.filter((id) => !capabilities.features[id].available);
    expect(unavailable).toContain("kpiCharts");
    expect(
      within(panel).getByText(
        `${FEATURE_IDS.length} 機能中 ${FEATURE_IDS.length - unavailable.length} が使えます`,
        { exact: false }
      )
    ).toBeInTheDocument();
    const features = within(panel).getByRole("list", { name: "機能の一覧" });
    for (const id of unavailable) {
      const reason = formatMessage(capabilities.features[id].reason!, "ja");
      const item = within(features).getByText(reason).closest("li")!;
      expect(item.textContent).toContain("× 使えません");
      expect(item.textContent).toContain(formatMessage(`capabilities.feature.${id}`, "ja"));
    }

    // 関数: the insert button is disabled with the reason beside it.
    await user.click(screen.getByRole("tab", { name: "関数" }));
    const functions = screen.getByRole("tabpanel", { name: "関数" });
    await user.click(within(functions).getByRole("button", { name: /ZAISEI\.UNIT_COST/ }));
    const insert = within(functions).getByRole("button", { name: "挿入" });
    expect(insert).toHaveAttribute("aria-disabled", "true");
    const note = document.getElementById(insert.getAttribute("aria-describedby") ?? "");
    expect(note?.textContent).toContain(
      formatMessage(capabilities.features.customFunctions.reason!, "ja")
    );
    await user.click(insert);
    expect((await wb.readRange(at("C2"), { formulas: true })).formulas?.[0]?.[0]).toBe("");

    // 値として書き込む: コスト from a typed reference, アウトプット from the selection, into C2.
    const write = within(functions).getByRole("region", { name: "値として書き込む" });
    const cost = within(write).getByRole("group", { name: /コスト/ });
    await user.type(within(cost).getByRole("textbox"), "A2");
    const output = within(write).getByRole("group", { name: /アウトプット/ });
    wb.setSelection(at("B2"));
    await user.click(within(output).getByRole("button", { name: "選択範囲を使う" }));
    wb.setSelection(at("C2"));
    await user.click(within(write).getByRole("button", { name: "計算" }));
    const result = await within(write).findByRole("region", { name: "計算結果" });
    expect(within(result).getByText("3000")).toBeInTheDocument();
    expect(within(result).getByText("=ZAISEI.UNIT_COST(決算!A2,決算!B2)")).toBeInTheDocument();
    await user.click(within(write).getByRole("button", { name: "書き込む" }));
    expect(await within(write).findByText(/決算!C2 に 3000 を書き込みました/)).toBeInTheDocument();
    expect(await cell(wb, "C2")).toBe(3000);
    await user.click(within(functions).getByRole("button", { name: "一覧に戻る" }));

    // A second value: VALUE("△1,234") typed, over the note in C3 after confirmation.
    await user.click(within(functions).getByRole("button", { name: /ZAISEI\.VALUE/ }));
    const write2 = within(functions).getByRole("region", { name: "値として書き込む" });
    const text = within(write2).getByRole("group", { name: /文字列/ });
    await user.click(within(text).getByRole("radio", { name: "値を入力" }));
    await user.type(within(text).getByRole("textbox"), "△1,234");
    wb.setSelection(at("C3"));
    await user.click(within(write2).getByRole("button", { name: "計算" }));
    await user.click(await within(write2).findByRole("button", { name: "書き込む" }));
    expect(
      await within(write2).findByText(
        "決算!C3 は空ではありません(現在の内容:メモ)。上書きしますか?"
      )
    ).toBeInTheDocument();
    await user.click(within(write2).getByRole("button", { name: "上書き" }));
    expect(
      await within(write2).findByText(/決算!C3 に -1234 を書き込みました/)
    ).toBeInTheDocument();
    expect(await cell(wb, "C3")).toBe(-1234);
    await user.click(within(functions).getByRole("button", { name: "一覧に戻る" }));

    // The list: each value with its equivalent formula.
    const list = await within(functions).findByRole("list", { name: "書き込んだ値" });
    const c2 = within(list).getByRole("listitem", { name: "決算!C2(単位当たりコスト)" });
    expect(within(c2).getByText("=ZAISEI.UNIT_COST(決算!A2,決算!B2)")).toBeInTheDocument();
    const c3 = within(list).getByRole("listitem", { name: "決算!C3(数値変換)" });
    expect(within(c3).getByText('=ZAISEI.VALUE("△1,234")')).toBeInTheDocument();

    // The user changes an input; 再計算 says which value changed.
    await wb.restoreCell(at("B2"), { value: 500, formula: null });
    await user.click(within(functions).getByRole("button", { name: "再計算" }));
    const report = await within(functions).findByRole("region", { name: "再計算の結果" });
    expect(within(report).getByText(/変わった値 1 件、変わらない値 1 件/)).toBeInTheDocument();
    expect(within(report).getByText("決算!C2(単位当たりコスト):3000 → 2400")).toBeInTheDocument();
    expect(await cell(wb, "C2")).toBe(2400);
    expect(
      within(within(list).getByRole("listitem", { name: /決算!C2/ })).getByText("2400")
    ).toBeInTheDocument();

    // Remove: C2 keeps its value, C3 gets its note back.
    await user.click(
      within(within(list).getByRole("listitem", { name: /決算!C2/ })).getByRole("button", {
        name: "削除",
      })
    );
    await user.click(within(functions).getByRole("button", { name: "値を残す" }));
    expect(await within(functions).findByText(/決算!C2 の記録を削除しました/)).toBeInTheDocument();
    expect(await cell(wb, "C2")).toBe(2400);
    await user.click(
      within(within(functions).getByRole("listitem", { name: /決算!C3/ })).getByRole("button", {
        name: "削除",
      })
    );
    await user.click(within(functions).getByRole("button", { name: "書き込み前に戻す" }));
    expect(
      await within(functions).findByText("決算!C3 を書き込む前の状態に戻し、記録を削除しました。")
    ).toBeInTheDocument();
    expect(await cell(wb, "C3")).toBe("メモ");
    expect(await listWrittenValues(wb)).toEqual([]);
  });
});
