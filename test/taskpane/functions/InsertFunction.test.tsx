import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Language } from "../../../src/core/messages";
import { findFunction } from "../../../src/core/catalogue";
import { InsertFunction } from "../../../src/taskpane/functions/InsertFunction";
import { MemoryWorkbook } from "../../../src/workbook/memory/MemoryWorkbook";
import type { WorkbookPort } from "../../../src/workbook/port";
import { renderInPane } from "../renderWithPane";

/** A port whose writeFormula waits until the test calls `release()`: the insert stays busy. */
function heldWrites() {
  const wb = MemoryWorkbook.fromSheets([{ name: "計算", rows: [["年度"], [""]] }]);
  wb.setSelection({ sheet: "計算", address: "A2" });
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const writeFormula: WorkbookPort["writeFormula"] = async (...args) => {
    await held;
    return wb.writeFormula(...args);
  };
  const port: WorkbookPort = Object.assign(Object.create(wb) as WorkbookPort, { writeFormula });
  return { port, release: () => release() };
}

describe("InsertFunction", () => {
  it.each([
    // Labels: ui.fn.busy in src/core/messages/ui.ts.
    ["ja", "挿入", "Excel のセルを更新しています…", "元に戻す"],
    ["en", "Insert", "Updating the cell in Excel…", "Undo"],
  ] as [Language, string, string, string][])(
    "names its progress spinner while the cell is written (%s)",
    async (lang, insert, label, undo) => {
      const user = userEvent.setup();
      const { port, release } = heldWrites();
      renderInPane(<InsertFunction spec={findFunction("WAREKI")!} port={port} />, lang);
      expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
      await user.click(screen.getByRole("button", { name: insert }));
      expect(await screen.findByRole("progressbar", { name: label })).toBeInTheDocument();
      release();
      expect(await screen.findByRole("button", { name: undo })).toBeInTheDocument();
      expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    }
  );
});
