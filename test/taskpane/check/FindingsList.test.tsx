import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { checkTable } from "../../../src/core/check";
import type { Finding } from "../../../src/core/check";
import { recognizeTable } from "../../../src/core/table";
import { FindingsList, groupFindings } from "../../../src/taskpane/check/FindingsList";
import { renderInPane } from "../renderWithPane";
import { himiWorkbook, plantedWorkbook } from "./checkFixtures";

async function plantedFindings(): Promise<Finding[]> {
  const grid = await plantedWorkbook().readRange({ sheet: "歳入", address: "A1:D7" });
  return checkTable(recognizeTable(grid)).findings;
}

async function himiFindings(): Promise<Finding[]> {
  const wb = await himiWorkbook();
  const [sheet] = await wb.listSheets();
  return checkTable(recognizeTable((await wb.readUsedRange(sheet!))!)).findings;
}

/** The evidence list of a finding as term → definition. */
function facts(item: HTMLElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const dt of item.querySelectorAll("dt"))
    out[dt.textContent ?? ""] = dt.nextElementSibling?.textContent ?? "";
  return out;
}

describe("FindingsList", () => {
  it("shows the planted error's evidence with △, thousands separators and the table's unit", async () => {
    const findings = await plantedFindings();
    renderInPane(<FindingsList findings={findings} unitOf={() => "千円"} onSelect={() => {}} />);
    const group = screen.getByRole("region", { name: "合計(1 件)" });
    const [item] = within(group).getAllByRole("listitem");
    expect(within(item!).getByText("誤り")).toBeInTheDocument();
    expect(facts(item!)).toEqual({
      印字: "2,220 千円",
      計算: "2,310 千円",
      差: "△90 千円",
      端数で説明できる差: "△2 ~ 2 千円",
      規則: "合計 = 市税 + 地方交付税 + 国庫支出金",
    });
    expect(
      within(item!).getByText(/D7 の合計 2,220千円 は内訳の和 2,310千円 と △90千円 違います/)
    ).toBeInTheDocument();
  });

  it("groups the 氷見 fund findings under 基金残高 as 要確認 and names the years one finding covers", async () => {
    renderInPane(
      <FindingsList findings={await himiFindings()} unitOf={() => "百万円"} onSelect={() => {}} />
    );
    const group = screen.getByRole("region", { name: "基金残高(2 件)" });
    const items = within(group).getAllByRole("listitem");
    expect(items.map((i) => within(i).getByText("要確認").textContent)).toEqual([
      "要確認",
      "要確認",
    ]);
    expect(facts(items[0]!)["差"]).toBe("300 百万円");
    expect(facts(items[0]!)["年度"]).toBeUndefined(); // one year only
    expect(facts(items[1]!)).toMatchObject({
      印字: "1,292 百万円",
      計算: "892 百万円",
      差: "400 百万円",
      年度: "2022–2030(9 年度)",
    });
  });

  it("calls onSelect with the finding on a click and on Enter at its button", async () => {
    const user = userEvent.setup();
    const findings = await plantedFindings();
    const onSelect = jest.fn();
    renderInPane(<FindingsList findings={findings} unitOf={() => null} onSelect={onSelect} />);
    await user.click(screen.getByText(/D7 の合計/));
    expect(onSelect).toHaveBeenLastCalledWith(findings[0]);
    onSelect.mockClear();
    screen.getByRole("button", { name: "D7 を選択" }).focus();
    await user.keyboard("{Enter}");
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect).toHaveBeenCalledWith(findings[0]);
  });

  it("speaks English when Office does", async () => {
    renderInPane(
      <FindingsList findings={await plantedFindings()} unitOf={() => "千円"} onSelect={() => {}} />,
      "en"
    );
    const group = screen.getByRole("region", { name: "Totals (1)" });
    const [item] = within(group).getAllByRole("listitem");
    expect(within(item!).getByText("Error")).toBeInTheDocument();
    expect(within(item!).getByRole("button", { name: "Select D7" })).toBeInTheDocument();
    expect(facts(item!)).toMatchObject({
      Difference: "△90 千円",
      "Rounding allows": "△2 to 2 千円",
    });
  });
});

describe("groupFindings", () => {
  it("orders kinds as the pane lists them and puts 誤り before 要確認 within a kind", async () => {
    const [fund1, fund2] = await himiFindings();
    const [sum] = await plantedFindings();
    const confirm = { ...sum!, severity: "confirm" as const };
    const grouped = groupFindings([fund1!, confirm, fund2!, sum!]);
    expect(grouped.map(([kind, fs]) => [kind, fs.map((f) => f.severity)])).toEqual([
      ["sum", ["error", "confirm"]],
      ["fundRollForward", ["confirm", "confirm"]],
    ]);
  });
});
