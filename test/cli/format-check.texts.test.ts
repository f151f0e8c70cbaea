import { textCells } from "../../src/cli/format-check";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { checkTableInWorkbook } from "../../src/workflows";

describe("textCells", () => {
  it("lists words where figures belong, not a column of words such as a classification", async () => {
    const wb = MemoryWorkbook.fromSheets([
      {
        name: "表",
        rows: [
          ["団体名", "分類", "職員数(人)", "人口(人)"],
          ["A市", "I-2", 195, 33_940],
          ["B市", "II-2", "未定", 47_923],
        ],
      },
    ]);
    const report = await checkTableInWorkbook(wb, {
      target: { kind: "sheet", sheet: "表" },
      lang: "ja",
    });
    expect(Array.from(textCells(report))).toEqual([{ address: "C3", text: "未定" }]);
  });
});
