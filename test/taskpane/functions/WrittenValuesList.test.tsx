import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { WrittenValuesList } from "../../../src/taskpane/functions/WrittenValuesList";
import {
  WRITTEN_VALUES_SETTING,
  listWrittenValues,
  writeComputedValue,
} from "../../../src/workflows/written-values";
import type { ArgSource } from "../../../src/workflows/written-values-types";
import { MemoryWorkbook } from "../../../src/workbook/memory/MemoryWorkbook";
import { renderInPane } from "../renderWithPane";

const at = (address: string) => ({ sheet: "決算", address });
const cells = (address: string): ArgSource => ({ kind: "cells", ref: at(address) });

/**
 * Two written values: C2 = UNIT_COST(A2, B2) = 1,200,000 / 400 = 3000, and C3 = UNIT_COST(A3, B3)
 * = 900 / 3 = 300 written over the note 「メモ」.
 */
async function workbookWithRecords(): Promise<MemoryWorkbook> {
  const wb = MemoryWorkbook.fromSheets([
    {
      name: "決算",
      rows: [
        ["コスト", "件数", "単位コスト"],
        [1200000, 400, ""],
        [900, 3, "メモ"],
      ],
    },
  ]);
  const now = new Date("2026-04-01T09:00:00Z");
  await writeComputedValue(
    wb,
    { functionId: "UNIT_COST", args: [cells("A2"), cells("B2")], target: at("C2") },
    { now }
  );
  await writeComputedValue(
    wb,
    { functionId: "UNIT_COST", args: [cells("A3"), cells("B3")], target: at("C3") },
    { now, overwrite: true }
  );
  return wb;
}

async function cell(wb: MemoryWorkbook, address: string) {
  return (await wb.readRange(at(address))).values[0]?.[0];
}

/** Types a constant into a cell as a user would (value, no formula). */
async function typeInto(wb: MemoryWorkbook, address: string, value: string | number) {
  await wb.restoreCell(at(address), { value, formula: null });
}

const item = (cellName: string) =>
  screen.getByRole("listitem", { name: `${cellName}(単位当たりコスト)` });

describe("WrittenValuesList", () => {
  it("warns when records in the workbook's setting cannot be read, and lists the others", async () => {
    const wb = await workbookWithRecords();
    const stored = (await wb.getSetting<{ records: unknown[] }>(WRITTEN_VALUES_SETTING))!;
    await wb.setSetting(WRITTEN_VALUES_SETTING, {
      ...stored,
      records: [...stored.records, { id: "wv-99", functionId: 42 }],
    });
    renderInPane(<WrittenValuesList port={wb} />);
    expect(
      await screen.findByText(
        /^ブックに記録された書き込み値のうち 1 件は読み取れないため無視しました/
      )
    ).toBeInTheDocument();
    expect(screen.getByText("2 件")).toBeInTheDocument();
  });

  it("says when the workbook holds no written value", async () => {
    renderInPane(<WrittenValuesList port={MemoryWorkbook.fromSheets([{ name: "S", rows: [] }])} />);
    expect(
      await screen.findByText("このブックに書き込んだ値はまだありません。")
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "再計算" })).not.toBeInTheDocument();
  });

  it("lists each written value with its cell, function, equivalent formula, value and time; the cell button selects it", async () => {
    const user = userEvent.setup();
    const wb = await workbookWithRecords();
    renderInPane(<WrittenValuesList port={wb} />);
    const c2 = await screen.findByRole("listitem", { name: "決算!C2(単位当たりコスト)" });
    expect(within(c2).getByText("=ZAISEI.UNIT_COST(決算!A2,決算!B2)")).toBeInTheDocument();
    expect(within(c2).getByText("3000")).toBeInTheDocument();
    expect(within(c2).getByText(/^書き込み:2026/)).toBeInTheDocument();
    expect(within(item("決算!C3")).getByText("300")).toBeInTheDocument();
    expect(screen.getByText("2 件")).toBeInTheDocument();

    await user.click(within(c2).getByRole("button", { name: "決算!C2 を選択" }));
    expect(await screen.findByText("決算!C2 を選択しました。")).toBeInTheDocument();
    expect(await wb.getSelection()).toEqual(at("C2"));
  });

  it("recalculates after an input changes, says which changed (old → new) and which was edited by hand, and undoes the recalculation exactly", async () => {
    const user = userEvent.setup();
    const wb = await workbookWithRecords();
    await typeInto(wb, "B2", 500); // 1,200,000 / 500 = 2400
    await typeInto(wb, "C3", 301); // the user overwrote the written 300
    renderInPane(<WrittenValuesList port={wb} />);
    await user.click(await screen.findByRole("button", { name: "再計算" }));

    const report = await screen.findByRole("region", { name: "再計算の結果" });
    expect(
      within(report).getByText(
        "2 件を再計算しました:変わった値 1 件、変わらない値 0 件、計算できない値 0 件、書き換えられていた値 1 件、シートがない値 0 件。"
      )
    ).toBeInTheDocument();
    expect(within(report).getByText("決算!C2(単位当たりコスト):3000 → 2400")).toBeInTheDocument();
    expect(
      within(report).getByText(
        "決算!C3(単位当たりコスト):書き込んだ後に書き換えられているため、上書きしませんでした(現在の内容:301)。"
      )
    ).toBeInTheDocument();
    expect(await cell(wb, "C2")).toBe(2400);
    expect(await cell(wb, "C3")).toBe(301);
    expect(within(item("決算!C2")).getByText("2400")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "再計算を元に戻す" }));
    expect(await screen.findByText("再計算の前の値に戻しました。")).toBeInTheDocument();
    expect(await cell(wb, "C2")).toBe(3000);
    expect(within(item("決算!C2")).getByText("3000")).toBeInTheDocument();
  });

  it("removes a record keeping its value, or putting the cell back as before the first write", async () => {
    const user = userEvent.setup();
    const wb = await workbookWithRecords();
    renderInPane(<WrittenValuesList port={wb} />);

    await user.click(
      within(await screen.findByRole("listitem", { name: /決算!C2/ })).getByRole("button", {
        name: "削除",
      })
    );
    const ask = screen.getByRole("group", {
      name: "決算!C2 の記録を削除します。セルはどうしますか?",
    });
    await user.click(within(ask).getByRole("button", { name: "値を残す" }));
    expect(
      await screen.findByText("決算!C2 の記録を削除しました(値はセルに残しています)。")
    ).toBeInTheDocument();
    expect(await cell(wb, "C2")).toBe(3000);
    expect(screen.queryByRole("listitem", { name: /決算!C2/ })).not.toBeInTheDocument();

    await user.click(within(item("決算!C3")).getByRole("button", { name: "削除" }));
    await user.click(screen.getByRole("button", { name: "書き込み前に戻す" }));
    expect(
      await screen.findByText("決算!C3 を書き込む前の状態に戻し、記録を削除しました。")
    ).toBeInTheDocument();
    expect(await cell(wb, "C3")).toBe("メモ");
    expect(await listWrittenValues(wb)).toEqual([]);
    expect(screen.getByText("このブックに書き込んだ値はまだありません。")).toBeInTheDocument();
  });

  it("refuses to restore a cell edited since the add-in wrote it, saying why, and keeps the record", async () => {
    const user = userEvent.setup();
    const wb = await workbookWithRecords();
    await typeInto(wb, "C2", "手入力");
    renderInPane(<WrittenValuesList port={wb} />);
    await user.click(
      within(await screen.findByRole("listitem", { name: /決算!C2/ })).getByRole("button", {
        name: "削除",
      })
    );
    await user.click(screen.getByRole("button", { name: "書き込み前に戻す" }));
    // The workflow's writtenValues.editedSinceWrite, worded by the catalogue.
    expect(
      await screen.findByText(/^セル 決算!C2 の内容は書き込んだ後に変更されています。/)
    ).toBeInTheDocument();
    expect(await cell(wb, "C2")).toBe("手入力");
    expect((await listWrittenValues(wb)).length).toBe(2);
  });
});
