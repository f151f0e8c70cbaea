// Browser case: 「値として書き込む」 in the demo workbook, where custom functions never calculate.
// A user writes ZAISEI.VALUE("1,200千円") into N2 (an empty column beside the 氷見 outlook), then
// UNIT_COST(N2, 400) into N3 (1,200,000 / 400 = 3000), changes the input N2 to 1,500千円 (after
// the overwrite question), presses 再計算 with the keyboard and reads that N3 changed
// 3000 → 3750, then removes N3 putting the cell back (empty) and N2 keeping its value.
import assert from "node:assert/strict";

/** The demo grid's cell at a 1-based sheet row and column (the grid is drawn from A1). */
function gridCell(page, row, col) {
  return page.locator(`table[role=grid] tbody tr:nth-child(${row}) td:nth-of-type(${col})`);
}

/** Selects a range in the demo workbook through its address box, as a keyboard user does. */
async function selectAddress(page, address) {
  await page.getByRole("textbox", { name: "選択範囲(例:A4:L27)" }).fill(address);
  await page.getByRole("button", { name: "選択", exact: true }).click();
  await page.getByText(new RegExp(`^選択中:.+!${address}$`)).waitFor();
}

async function openFunction(panel, query, id) {
  await panel.getByRole("searchbox", { name: "関数を検索" }).fill(query);
  await panel.getByRole("button", { name: new RegExp(`ZAISEI\\.${id}$`) }).click();
  return panel.getByRole("region", { name: "値として書き込む" });
}

/** VALUE(typed) into the selected cell; `confirm` answers the overwrite question. */
async function writeValue(page, panel, typed, target, confirm = false) {
  const write = await openFunction(panel, "数値変換", "VALUE");
  const text = write.getByRole("group", { name: /文字列/ });
  await text.getByRole("radio", { name: "値を入力" }).check();
  await text.getByRole("textbox").fill(typed);
  await selectAddress(page, target);
  await write.getByRole("button", { name: "計算", exact: true }).click();
  await write.getByRole("region", { name: "計算結果" }).waitFor();
  await write.getByRole("button", { name: "書き込む", exact: true }).click();
  if (confirm) {
    await write.getByText(new RegExp(`!${target} は空ではありません`)).waitFor();
    await write.getByRole("button", { name: "上書き" }).click();
  }
  await write.getByText(new RegExp(`!${target} に .+ を書き込みました`)).waitFor();
  await panel.getByRole("button", { name: "一覧に戻る" }).click();
}

export const VALUE_WRITING_CASE = {
  name: "value-writing-recalc-remove",
  async run({ page, origin, shot }) {
    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole("combobox", { name: "サンプル" }).selectOption("himi-fiscal-outlook");
    await page.getByRole("grid").waitFor();
    await page.getByRole("tab", { name: "関数" }).click();
    const panel = page.getByRole("tabpanel", { name: "関数" });
    await panel.getByText("このブックに書き込んだ値はまだありません。").waitFor();

    await writeValue(page, panel, "1,200千円", "N2");
    assert.equal((await gridCell(page, 2, 14).textContent())?.trim(), "1200000");

    // UNIT_COST(N2, 400): the insert button is disabled with its reason (no custom functions here).
    const write = await openFunction(panel, "単位当たりコスト", "UNIT_COST");
    const insert = panel.getByRole("button", { name: "挿入", exact: true });
    assert.equal(await insert.getAttribute("aria-disabled"), "true");
    const box = await write.boundingBox();
    const insertBox = await insert.boundingBox();
    assert.ok(box && insertBox && box.y < insertBox.y, "値として書き込む comes before 挿入");
    await selectAddress(page, "N2");
    await write
      .getByRole("group", { name: /コスト/ })
      .getByRole("button", { name: "選択範囲を使う" })
      .click();
    const output = write.getByRole("group", { name: /アウトプット/ });
    await output.getByRole("radio", { name: "値を入力" }).check();
    await output.getByRole("textbox").fill("400");
    await selectAddress(page, "N3");
    await write.getByRole("button", { name: "計算", exact: true }).click();
    const result = write.getByRole("region", { name: "計算結果" });
    await result.getByText("3000", { exact: true }).waitFor();
    await result.getByText(/^=ZAISEI\.UNIT_COST\(.+!N2,400\)$/).waitFor();
    await write.getByRole("button", { name: "書き込む", exact: true }).click();
    await write.getByText(/!N3 に 3000 を書き込みました/).waitFor();
    await shot("value-writing-written");
    await panel.getByRole("button", { name: "一覧に戻る" }).click();

    // The input changes (N2 rewritten after the question), then 再計算 from the keyboard.
    await writeValue(page, panel, "1,500千円", "N2", true);
    const list = panel.getByRole("list", { name: "書き込んだ値" });
    assert.equal(await list.getByRole("listitem").count(), 2);
    await panel.getByRole("button", { name: "再計算", exact: true }).focus();
    await page.keyboard.press("Enter");
    const report = panel.getByRole("region", { name: "再計算の結果" });
    await report.getByText(/!N3\(単位当たりコスト\):3000 → 3750$/).waitFor();
    assert.equal((await gridCell(page, 3, 14).textContent())?.trim(), "3750");
    await list
      .getByRole("listitem", { name: /!N3\(単位当たりコスト\)$/ })
      .getByText(/^=ZAISEI\.UNIT_COST\(.+!N2,400\)$/)
      .waitFor();
    await shot("value-writing-recalculated");

    // Remove: N3 back as before the first write (empty), N2 keeps its value.
    await list.getByRole("listitem", { name: /!N3/ }).getByRole("button", { name: "削除" }).click();
    await panel.getByRole("button", { name: "書き込み前に戻す" }).click();
    await panel.getByText(/!N3 を書き込む前の状態に戻し、記録を削除しました。$/).waitFor();
    await list.getByRole("listitem", { name: /!N2/ }).getByRole("button", { name: "削除" }).click();
    await panel.getByRole("button", { name: "値を残す" }).click();
    await panel.getByText("このブックに書き込んだ値はまだありません。").waitFor();
    assert.equal((await gridCell(page, 2, 14).textContent())?.trim(), "1500000");
    assert.equal((await gridCell(page, 3, 14).textContent())?.trim() ?? "", "");
  },
};
