import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { screen, within } from "@testing-library/react";
import { displayFigures } from "../../../src/cli/format-figure";
import { MAX_SHOWN_ROWS, RowTable } from "../../../src/taskpane/read/RowTable";
import { recognizeTable } from "../../../src/core/table";
import { MemoryWorkbook } from "../../../src/workbook/memory/MemoryWorkbook";
import { inspectSheet } from "../../../src/workflows/inspect-sheet";
import { renderInPane } from "../renderWithPane";

const sample = (name: string) =>
  readFileSync(join(resolve(__dirname, "..", "..", ".."), "assets", "samples", `${name}.xlsx`));

async function recognitionOf(name: string) {
  const wb = await MemoryWorkbook.fromXlsx(sample(name));
  const [sheet] = await wb.listSheets();
  return (await inspectSheet(wb, sheet!)).recognition;
}

/** The texts of a row's data cells, by its row label. */
function rowCells(label: string): (string | null)[] {
  const rows = screen.getByRole("region", { name: "行見出しと数値" });
  const tr = within(rows).getByRole("rowheader", { name: label }).closest("tr")!;
  return within(tr)
    .getAllByRole("cell")
    .map((c) => c.textContent);
}

describe("RowTable", () => {
  it("prints ratios with the decimals the cells show and the row's unit", async () => {
    renderInPane(<RowTable recognition={await recognitionOf("himi-fiscal-outlook")} />);
    // data/himi-fiscal-outlook.tsv (単位:百万円): 実質公債費比率 11.3, 12.0, …; 将来負担比率
    // 令和8年度 43.0; 人口 43,995 人; 収支差引額 △65 under #,##0;"△ "#,##0.
    expect(rowCells("実質公債費比率").slice(0, 3)).toEqual(["11.3%", "12.0%", "12.1%"]);
    expect(rowCells("将来負担比率")[6]).toBe("43.0%");
    expect(rowCells("人口(国勢調査ベース)")[0]).toBe("43,995人");
    expect(rowCells("市税")[0]).toBe("5,159");
    expect(rowCells("収支差引額(A-B)")[0]).toBe("△65");
    expect(rowCells("減債基金への積立")[0]).toBe(""); // blank, not zero
  });

  it("prints every figure of a table with column units exactly as the CLI does", async () => {
    const recognition = await recognitionOf("himi-peer-staffing");
    renderInPane(<RowTable recognition={recognition} />);
    // data/himi-peer-staffing.tsv: 大川市 33,940 人, 高齢化率 33.0 (%), 財政力指数 0.53.
    expect(rowCells("福岡県 大川市").slice(1, 4)).toEqual(["33,940", "33.0", "0.53"]);
    const cli = displayFigures(recognition);
    recognition.rows.forEach((row, r) => {
      const byCol = recognition.columns.map((c) => {
        const i = row.cells.findIndex((cell) => cell.col === c.col);
        return i < 0 ? "" : (cli[r]?.[i] ?? "");
      });
      expect(rowCells(row.label)).toEqual(byCol);
    });
  });

  it("draws the first MAX_SHOWN_ROWS rows of a long table and says how many there are", () => {
    const values = [["", "令和5年度", "令和6年度"]];
    for (let r = 1; r <= 600; r++) values.push([`項目${r}`, String(r), String(r + 1)]);
    renderInPane(
      <RowTable recognition={recognizeTable({ sheet: "s", top: 0, left: 0, values })} />
    );
    const rows = screen.getByRole("region", { name: "行見出しと数値" });
    const labels = within(rows).getAllByRole("rowheader");
    expect(MAX_SHOWN_ROWS).toBe(500);
    expect(labels).toHaveLength(500);
    expect(labels.at(-1)).toHaveTextContent("項目500");
    expect(screen.getByText("先頭の 500 行を表示しています(全 600 行)。")).toBeInTheDocument();
  });

  it("draws every row, without the note, when the table is short", async () => {
    renderInPane(<RowTable recognition={await recognitionOf("himi-fiscal-outlook")} />);
    expect(screen.queryByText(/行を表示しています/)).not.toBeInTheDocument();
  });
});
