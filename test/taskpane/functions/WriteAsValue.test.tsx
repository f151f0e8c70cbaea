import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { findFunction } from "../../../src/core/catalogue";
import { CapabilitiesContext } from "../../../src/taskpane/capabilities/useFeature";
import { FunctionsPanel } from "../../../src/taskpane/functions/FunctionsPanel";
import { WriteAsValue } from "../../../src/taskpane/functions/WriteAsValue";
import { listWrittenValues } from "../../../src/workflows/written-values";
import { MemoryWorkbook } from "../../../src/workbook/memory/MemoryWorkbook";
import {
  browserCapabilities,
  detectCapabilities,
  findOfficeProfile,
  profileIsSetSupported,
} from "../../../src/workbook/capabilities";
import type { HostCapabilities } from "../../../src/workbook/capabilities";
import { renderInPane } from "../renderWithPane";

// Fluent's inputs typed into character by character: several seconds per test on a loaded machine.
jest.setTimeout(120_000);

/** 事業費 1,200,000 円 and 400 件 (UNIT_COST's example: 3000 円/件), and a note in C3. */
function workbook(): MemoryWorkbook {
  const wb = MemoryWorkbook.fromSheets([
    {
      name: "決算",
      rows: [
        ["コスト", "件数", "単位コスト"],
        [1200000, 400, ""],
        ["", 0, "メモ"],
      ],
    },
  ]);
  wb.setSelection({ sheet: "決算", address: "C2" });
  return wb;
}

async function cell(wb: MemoryWorkbook, address: string) {
  return (await wb.readRange({ sheet: "決算", address })).values[0]?.[0];
}

function renderSection(wb: MemoryWorkbook, id = "UNIT_COST", capabilities?: HostCapabilities) {
  return renderInPane(
    <CapabilitiesContext.Provider value={capabilities ?? null}>
      <WriteAsValue spec={findFunction(id)!} port={wb} />
    </CapabilitiesContext.Provider>
  );
}

const section = () => screen.getByRole("region", { name: "値として書き込む" });
const param = (name: RegExp) => within(section()).getByRole("group", { name });

describe("WriteAsValue", () => {
  it("computes from cells and typed values, shows the formula, writes into the selection's top-left cell and undoes exactly", async () => {
    const user = userEvent.setup();
    const wb = workbook();
    renderSection(wb);
    await user.type(within(param(/コスト/)).getByRole("textbox"), "A2");
    const output = param(/アウトプット/);
    await user.click(within(output).getByRole("radio", { name: "値を入力" }));
    await user.type(within(output).getByRole("textbox", { name: "アウトプット の値" }), "400");
    wb.setSelection({ sheet: "決算", address: "C2:D5" });
    await user.click(screen.getByRole("button", { name: "計算" }));

    const result = await screen.findByRole("region", { name: "計算結果" });
    expect(within(result).getByText("3000")).toBeInTheDocument();
    expect(within(result).getByText("=ZAISEI.UNIT_COST(決算!A2,400)")).toBeInTheDocument();
    expect(within(section()).getByText("決算!C2")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "書き込む" }));
    expect(
      await screen.findByText(
        "決算!C2 に 3000 を書き込みました(=ZAISEI.UNIT_COST(決算!A2,400) と同じ計算)。"
      )
    ).toBeInTheDocument();
    expect(await cell(wb, "C2")).toBe(3000);
    expect((await listWrittenValues(wb)).map((r) => r.target)).toEqual([
      { sheet: "決算", address: "C2" },
    ]);

    await user.click(screen.getByRole("button", { name: "元に戻す" }));
    expect(await screen.findByText("決算!C2 を書き込む前の状態に戻しました。")).toBeInTheDocument();
    expect(await cell(wb, "C2")).toBe("");
    expect(await listWrittenValues(wb)).toEqual([]);
  });

  it("fills a reference from the selection (its top-left cell for a one-cell parameter)", async () => {
    const user = userEvent.setup();
    const wb = workbook();
    renderSection(wb);
    wb.setSelection({ sheet: "決算", address: "B2:B3" });
    await user.click(within(param(/アウトプット/)).getByRole("button", { name: "選択範囲を使う" }));
    expect(within(param(/アウトプット/)).getByRole("textbox")).toHaveValue("決算!B2");
  });

  it("asks before overwriting a cell that holds something, showing its content as text, and keeps it when declined", async () => {
    const user = userEvent.setup();
    const wb = workbook();
    renderSection(wb);
    await user.type(within(param(/コスト/)).getByRole("textbox"), "A2");
    await user.type(within(param(/アウトプット/)).getByRole("textbox"), "B2");
    wb.setSelection({ sheet: "決算", address: "C3" });
    await user.click(screen.getByRole("button", { name: "計算" }));
    await user.click(await screen.findByRole("button", { name: "書き込む" }));
    expect(
      await screen.findByText("決算!C3 は空ではありません(現在の内容:メモ)。上書きしますか?")
    ).toBeInTheDocument();
    expect(await cell(wb, "C3")).toBe("メモ");

    await user.click(screen.getByRole("button", { name: "やめる" }));
    expect(screen.queryByText(/空ではありません/)).not.toBeInTheDocument();
    expect(await cell(wb, "C3")).toBe("メモ");

    await user.click(screen.getByRole("button", { name: "書き込む" }));
    await user.click(await screen.findByRole("button", { name: "上書き" }));
    expect(await screen.findByText(/決算!C3 に 3000 を書き込みました/)).toBeInTheDocument();
    expect(await cell(wb, "C3")).toBe(3000);
    await user.click(screen.getByRole("button", { name: "元に戻す" }));
    expect(await screen.findByText("決算!C3 を書き込む前の状態に戻しました。")).toBeInTheDocument();
    expect(await cell(wb, "C3")).toBe("メモ");
  });

  it("shows an error result with its message and does not offer to write it", async () => {
    const user = userEvent.setup();
    const wb = workbook();
    renderSection(wb);
    await user.type(within(param(/コスト/)).getByRole("textbox"), "A2");
    await user.type(within(param(/アウトプット/)).getByRole("textbox"), "B3");
    await user.click(screen.getByRole("button", { name: "計算" }));
    const result = await screen.findByRole("region", { name: "計算結果" });
    expect(within(result).getByText("#DIV/0!")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "書き込む" })).toBeDisabled();
    expect(screen.getByText(/エラーの結果は書き込みません/)).toBeInTheDocument();
  });

  it("names a reference that does not read and computes nothing", async () => {
    const user = userEvent.setup();
    const wb = workbook();
    renderSection(wb);
    await user.type(within(param(/コスト/)).getByRole("textbox"), "令和7年度");
    await user.click(screen.getByRole("button", { name: "計算" }));
    expect(
      await screen.findByText(/「令和7年度」はセルの参照として読めません/)
    ).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "計算結果" })).not.toBeInTheDocument();
  });

  it("names the cell of an input it cannot read (a formula never calculated) and writes nothing", async () => {
    const user = userEvent.setup();
    const wb = workbook();
    await wb.writeFormula({ sheet: "決算", address: "D2" }, "=A2*2");
    renderSection(wb);
    await user.type(within(param(/コスト/)).getByRole("textbox"), "D2");
    await user.type(within(param(/アウトプット/)).getByRole("textbox"), "B2");
    await user.click(screen.getByRole("button", { name: "計算" }));
    const result = await screen.findByRole("region", { name: "計算結果" });
    expect(within(result).getByText(/読めない入力があるため計算していません/)).toBeInTheDocument();
    expect(within(result).getByRole("listitem").textContent).toContain("D2");
    expect(screen.getByRole("button", { name: "書き込む" })).toBeDisabled();
  });

  it("speaks English with English parameter names", async () => {
    const user = userEvent.setup();
    const wb = workbook();
    renderInPane(<WriteAsValue spec={findFunction("UNIT_COST")!} port={wb} />, "en");
    const region = screen.getByRole("region", { name: "Write as value" });
    const cost = within(region).getByRole("group", { name: /cost/ });
    await user.type(within(cost).getByRole("textbox", { name: /Cells for cost/ }), "A2");
    expect(
      within(region).getByRole("radiogroup", { name: "How to give output" })
    ).toBeInTheDocument();
  });
});

describe("WriteAsValue where this Excel cannot write values", () => {
  it("disables 計算 with the reason beside it (Office 2016: ExcelApi 1.1 only)", () => {
    const office2016 = detectCapabilities(
      profileIsSetSupported(findOfficeProfile("office2016-volume")!),
      "excel"
    );
    expect(office2016.features.valueWriting.available).toBe(false);
    renderSection(workbook(), "UNIT_COST", office2016);
    const compute = screen.getByRole("button", { name: "計算" });
    expect(compute).toHaveAttribute("aria-disabled", "true");
    const note = document.getElementById(compute.getAttribute("aria-describedby") ?? "");
    expect(note?.textContent).toContain("ExcelApi 1.4");
  });
});

describe("FunctionDetail with WriteAsValue", () => {
  // The browser demo: custom functions never calculate there, everything else runs.
  const noCustomFunctions = browserCapabilities();

  async function openUnitCost(capabilities: HostCapabilities | null) {
    const user = userEvent.setup();
    renderInPane(
      <CapabilitiesContext.Provider value={capabilities}>
        <FunctionsPanel port={workbook()} />
      </CapabilitiesContext.Provider>
    );
    await user.click(await screen.findByRole("button", { name: /ZAISEI\.UNIT_COST/ }));
    return screen.getByRole("region", { name: "単位当たりコスト" });
  }

  it("disables the insert button with the reason beside it and puts 値として書き込む first where custom functions cannot run", async () => {
    const detail = await openUnitCost(noCustomFunctions);
    const insert = within(detail).getByRole("button", { name: "挿入" });
    expect(insert).toHaveAttribute("aria-disabled", "true");
    const reason = document.getElementById(insert.getAttribute("aria-describedby") ?? "");
    // The reason and the remedy from the capabilities (src/core/messages/capabilities.ts).
    expect(reason?.textContent).toContain("セルの ZAISEI.* 数式は計算されません");
    expect(reason?.textContent).toContain("「値として書き込む」");
    const write = within(detail).getByRole("region", { name: "値として書き込む" });
    // DOCUMENT_POSITION_FOLLOWING: the insert button comes after the section.
    expect(write.compareDocumentPosition(insert) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(
      within(write).getByText(/このExcelではカスタム関数が計算されません/)
    ).toBeInTheDocument();
  });

  it("keeps the insert button first and enabled where custom functions run, still offering 値として書き込む", async () => {
    const detail = await openUnitCost(null);
    const insert = within(detail).getByRole("button", { name: "挿入" });
    expect(insert).not.toHaveAttribute("aria-disabled");
    expect(insert).toBeEnabled();
    const write = within(detail).getByRole("region", { name: "値として書き込む" });
    expect(write.compareDocumentPosition(insert) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy();
  });
});
