import { readFileSync } from "fs";
import { join } from "path";
import { parseJapaneseNumber, parseTableUnit } from "../../../src/core/notation";

const DATA = join(__dirname, "../../../data");

function cells(file: string): { captions: string[]; cells: string[] } {
  const captions: string[] = [];
  const out: string[] = [];
  for (const line of readFileSync(join(DATA, file), "utf8").split(/\r?\n/)) {
    if (line.startsWith("#")) captions.push(line.slice(1));
    else out.push(...line.split("\t"));
  }
  return { captions, cells: out };
}

describe("parseJapaneseNumber on the data files", () => {
  it.each(["himi-fiscal-outlook.tsv", "himi-peer-staffing.tsv"])(
    "reads every cell of %s without an invalid one",
    (file) => {
      const { cells: all } = cells(file);
      const invalid = all.filter(
        (cell) => parseJapaneseNumber(cell, { tableUnit: "百万円" }).kind === "invalid"
      );
      expect(invalid).toEqual([]);
      expect(
        all.filter((cell) => parseJapaneseNumber(cell).kind === "number").length
      ).toBeGreaterThan(70);
    }
  );

  it("reads the 氷見 outlook caption's unit and its △ figures", () => {
    const { captions, cells: all } = cells("himi-fiscal-outlook.tsv");
    const unit = captions.map(parseTableUnit).find((u) => u !== null);
    expect(unit).toEqual({ money: "百万円", others: [] });
    const cell = parseJapaneseNumber("△ 65", { tableUnit: unit?.money ?? null });
    expect(cell.kind === "number" && cell.quantity.value.toFixed()).toBe("-65");
    // 収支差引額(A-B) is negative in every year (himi-fiscal-outlook.tsv).
    const row = all.indexOf("収支差引額(A-B)");
    const figures = all.slice(row + 1, row + 12).map((c) => parseJapaneseNumber(c));
    expect(figures.every((f) => f.kind === "number" && f.quantity.value.isNegative())).toBe(true);
  });
});
