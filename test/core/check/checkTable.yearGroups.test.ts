import fc from "fast-check";
import { checkTable, type CheckResult } from "../../../src/core/check";
import { D } from "../../../src/core/decimal";
import { recognizeTable } from "../../../src/core/table";
import { transposed } from "./himiTables";
import {
  withCells,
  yearGroupGrid,
  yearOnYearLinesGrid,
  type YearGroupOptions,
} from "./yearGroupTable";

const serious = (r: CheckResult) =>
  r.findings
    .filter((f) => f.severity !== "note")
    .map((f) => [f.severity, f.kind, f.address, f.expected?.toDecimalPlaces(2).toFixed()]);

/*
 * Made-up exact 円 amounts, 令和2年度 (not in the table) then 令和3–5年度:
 * 歳入1 6,000,000 6,300,000 6,930,000 7,000,000; 歳入2 4,000,000 4,200,000 3,780,000 4,000,000.
 * 合計 10,000,000 10,500,000 10,710,000 11,000,000. In 千円 (exact): R3 6,300 (60.0%, +300,
 * +5.0%), 4,200 (40.0%, +200, +5.0%), 10,500 (+500, +5.0%); R4 6,930 (64.7%: 6,930 / 10,710 =
 * 64.71), 3,780 (35.3%, △420, △10.0%), 10,710 (+210, +2.0%); R5 7,000 (63.6%: 63.64, +70,
 * +1.0%: 70 / 6,930 = 1.01), 4,000 (36.4%, +220, +5.8%: 220 / 3,780 = 5.82), 11,000 (+290,
 * +2.7%: 290 / 10,710 = 2.71). Columns: R3 B–E, R4 F–I, R5 J–M; rows 5, 6, 合計 7.
 */
const exact = [
  [6_000_000, 6_300_000, 6_930_000, 7_000_000],
  [4_000_000, 4_200_000, 3_780_000, 4_000_000],
].map((r) => r.map((v) => new D(v)));

describe("checkTable on year groups under a two-row header", () => {
  const table = (unit: "千円" | "円" = "千円") => yearGroupGrid(exact, { unit, mode: "half-up" });

  it("infers shares and year-on-year within each group, the first year from its own 増減額", () => {
    const r = checkTable(recognizeTable(table()));
    expect(r.rules.filter((x) => x.kind === "yearOnYear").map((x) => x.text)).toEqual([
      "令和3年度 / 増減率 = 令和3年度 / 増減額 / (令和3年度 / 決算額 - 令和3年度 / 増減額) × 100",
      "令和4年度 / 増減額 = 令和4年度 / 決算額 - 令和3年度 / 決算額",
      "令和4年度 / 増減率 = (令和4年度 / 決算額 - 令和3年度 / 決算額) / 令和3年度 / 決算額 × 100",
      "令和5年度 / 増減額 = 令和5年度 / 決算額 - 令和4年度 / 決算額",
      "令和5年度 / 増減率 = (令和5年度 / 決算額 - 令和4年度 / 決算額) / 令和4年度 / 決算額 × 100",
    ]);
    expect(r.rules.filter((x) => x.kind === "share")).toHaveLength(3);
    expect(serious(r)).toEqual([]);
  });

  it.each([
    // 歳入2 R4 構成比 35.3 → 36.3 (3,780 / 10,710 = 35.29).
    ["a wrong share", { G6: "36.3" }, ["error", "share", "G6", "35.29"]],
    // 歳入2 R5 増減率 5.8 → 8.5 (220 / 3,780 = 5.82).
    ["a wrong year-on-year rate", { M6: "8.5" }, ["error", "yearOnYear", "M6", "5.82"]],
    // 歳入1 R3 増減率 5.0 → 6.0: 300 / (6,300 − 300) = 5.0 from its own 増減額.
    ["a wrong rate in the first year", { E5: "6.0" }, ["error", "yearOnYear", "E5", "5"]],
  ])("finds %s at its cell", (_, change, expected) => {
    for (const unit of ["千円", "円"] as const) {
      const r = checkTable(recognizeTable(withCells(table(unit), change)));
      expect(serious(r)).toEqual([expected]);
    }
  });

  it("finds them the same with the newest year first, the previous year found by year", () => {
    const grid = yearGroupGrid(exact, { unit: "千円", mode: "half-up", newestFirst: true });
    // R5 is B–E, R4 F–I, R3 J–M: 歳入2 R4 構成比 is G6 again; 歳入2 R5 増減率 is E6.
    const r = checkTable(recognizeTable(withCells(grid, { G6: "36.3", E6: "8.5" })));
    expect(serious(r)).toEqual([
      ["error", "yearOnYear", "E6", "5.82"],
      ["error", "share", "G6", "35.29"],
    ]);
  });

  it("allows no rounding gap in a whole-円 table and ±½ in a 千円 table", () => {
    // 合計 R3 決算額 off by 1 unit: 10,500,001 円 is 1 円 more than the parts; 10,501 千円 is
    // within the ±1.5 千円 three rounded figures allow.
    const yen = checkTable(recognizeTable(withCells(table("円"), { B7: "10,500,001" })));
    expect(yen.rounding.method).not.toBe("down");
    expect(serious(yen).map((f) => [f[1], f[2]])).toContainEqual(["sum", "B7"]);
    const thousand = checkTable(recognizeTable(withCells(table("千円"), { B7: "10,501" })));
    expect(serious(thousand).filter((f) => f[1] === "sum")).toEqual([]);
    expect(thousand.findings.find((f) => f.address === "B7")?.severity).toBe("note");
  });
});

/*
 * Property: exact 円 amounts (every identity holds on them), each cell rounded on its own —
 * amounts to 千円, shares and rates to 1 place — half-up or truncated: only rounding separates
 * the sides, so there is never an error or 要確認, in either year order.
 */
describe("checkTable on year-group tables rounded cell by cell from exact data", () => {
  const yen = fc.integer({ min: 1_000_000, max: 5_000_000_000 }).map((n) => new D(n));
  const items = fc
    .record({ years: fc.integer({ min: 2, max: 4 }), count: fc.integer({ min: 2, max: 5 }) })
    .chain(({ years, count }) =>
      fc.array(fc.array(yen, { minLength: years + 1, maxLength: years + 1 }), {
        minLength: count,
        maxLength: count,
      })
    );

  it.each([
    ["half-up", false],
    ["down", false],
    ["half-up", true],
    ["down", true],
  ] as const)("never reports an error or 要確認 (%s, newest first: %s)", (mode, newestFirst) => {
    fc.assert(
      fc.property(items, (x) => {
        const r = checkTable(recognizeTable(yearGroupGrid(x, { unit: "千円", mode, newestFirst })));
        // Y shares; the first year's rate, then a change and a rate in each later year.
        expect(r.rules.filter((k) => k.kind === "share" || k.kind === "yearOnYear").length).toBe(
          3 * (x[0]!.length - 1) - 1
        );
        expect(r.findings.filter((f) => f.severity !== "note")).toEqual([]);
      }),
      { numRuns: 30 }
    );
  });
});

/*
 * The same exact amounts as a 推移 table with 対前年度増減額 / 増減率 lines under each item (千円):
 * 歳入1 6,300 6,930 7,000, 増減額 300 630 70, 増減率 5.0 10.0 1.0 (70 / 6,930 = 1.01);
 * 歳入2 4,200 3,780 4,000, △420 in R4 (△10.0%), 220 / 3,780 = 5.82 → 5.8 in R5.
 * Rows 4–6 歳入1, 7–9 歳入2; R3 B, R4 C, R5 D.
 */
describe("checkTable on year-on-year lines, as printed, transposed and newest first", () => {
  const lines = (o: Partial<YearGroupOptions> = {}) =>
    yearOnYearLinesGrid(exact, { unit: "千円", mode: "half-up", ...o });

  it.each([
    // 歳入2 R5 増減率 5.8 → 8.5; 歳入1 R3 (first year) 増減率 5.0 → 6.0 against 300 / 6,000.
    ["as printed", lines(), { D9: "8.5", B6: "6.0" }, ["B6", "D9"]],
    // Newest first: R5 is column B, R3 column D.
    ["newest first", lines({ newestFirst: true }), { B9: "8.5", D6: "6.0" }, ["D6", "B9"]],
  ])("finds a wrong rate and a wrong first-year rate %s", (_, grid, change, cells) => {
    const r = checkTable(recognizeTable(withCells(grid, change)));
    expect(serious(r)).toEqual([
      ["error", "yearOnYear", cells[0], "5"],
      ["error", "yearOnYear", cells[1], "5.82"],
    ]);
  });

  it("finds the same with years down the rows", () => {
    // Transposed: items across (歳入1 column B … 歳入2 増減率 column G), R3 row 4 … R5 row 6.
    const r = checkTable(recognizeTable(transposed(withCells(lines(), { D9: "8.5", B6: "6.0" }))));
    expect(serious(r)).toEqual([
      ["error", "yearOnYear", "D4", "5"],
      ["error", "yearOnYear", "G6", "5.82"],
    ]);
  });

  it.each([
    ["half-up", false, false],
    ["down", false, false],
    ["half-up", true, false],
    ["down", false, true],
  ] as const)(
    "reports only notes when rounded cell by cell (%s, newest first %s, transposed %s)",
    (mode, newestFirst, turn) => {
      const yen = fc.integer({ min: 1_000_000, max: 5_000_000_000 }).map((n) => new D(n));
      const items = fc.integer({ min: 2, max: 4 }).chain((years) =>
        fc.array(fc.array(yen, { minLength: years + 1, maxLength: years + 1 }), {
          minLength: 1,
          maxLength: 4,
        })
      );
      fc.assert(
        fc.property(items, (x) => {
          const grid = yearOnYearLinesGrid(x, { unit: "千円", mode, newestFirst });
          const r = checkTable(recognizeTable(turn ? transposed(grid) : grid));
          expect(r.rules.filter((k) => k.kind === "yearOnYear")).toHaveLength(2 * x.length);
          expect(r.findings.filter((f) => f.severity !== "note")).toEqual([]);
        }),
        { numRuns: 30 }
      );
    }
  );
});
