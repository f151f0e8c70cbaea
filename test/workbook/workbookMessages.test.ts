import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { formatMessage, MESSAGES } from "../../src/core/messages";
import { workbookMessages } from "../../src/core/messages/workbook";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : [path];
  });
}

describe("workbookMessages", () => {
  it("has every workbook.* code that src/workbook uses", () => {
    const used = new Set(
      sources(join(__dirname, "../../src/workbook")).flatMap((f) =>
        [...readFileSync(f, "utf8").matchAll(/"(workbook\.[A-Za-z]+)"/g)].map((m) => m[1]!)
      )
    );
    expect(used.size).toBeGreaterThan(10);
    for (const code of used) expect(MESSAGES[code]).toBeDefined();
  });

  it("uses the same placeholders in Japanese and English", () => {
    for (const [code, text] of Object.entries(workbookMessages)) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect({ code, ja: names(text.ja) }).toEqual({ code, ja: names(text.en) });
    }
  });

  it("renders a message with its parameters", () => {
    expect(formatMessage({ code: "workbook.noSuchSheet", params: { sheet: "歳入" } }, "ja")).toBe(
      "シート「歳入」が見つかりません。シート名を確認してください。"
    );
  });
});
