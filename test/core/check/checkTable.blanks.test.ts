import { checkTable } from "../../../src/core/check";
import { formatMessage } from "../../../src/core/messages";
import type { CellValue } from "../../../src/core/grid";
import { recognizeTable } from "../../../src/core/table";

const check = (rows: CellValue[][]) =>
  checkTable(
    recognizeTable({
      sheet: "t",
      top: 0,
      left: 0,
      values: [["表"], ["単位:千円"], ["", "令和3年度", "令和4年度", "令和5年度"], ...rows],
    })
  );

describe("checkTable with blank cells", () => {
  it("takes a blank or dashed term as no flow", () => {
    const r = check([
      ["a", "10", "", "10"],
      ["b", "－", "5", "5"],
      ["合計", "10", "5", "15"],
    ]);
    expect(r.findings).toEqual([]);
  });

  it("does not check a blank total, and says so when its parts are not all blank", () => {
    const r = check([
      ["a", "10", "", "10"],
      ["b", "5", "", "5"],
      ["合計", "", "", "15"],
    ]);
    expect(r.findings.map((f) => [f.severity, f.address, f.fiscalYears])).toEqual([
      ["confirm", "B6", [2021]],
    ]);
    expect(formatMessage(r.findings[0]!.message)).toBe(
      "B6 は空欄のため検算していませんが、右辺は 15 です。合計 = a + b"
    );
  });
});
