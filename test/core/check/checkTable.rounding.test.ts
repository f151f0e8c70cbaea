import fc from "fast-check";
import { checkTable } from "../../../src/core/check";
import { D, roundDecimal, type Decimal } from "../../../src/core/decimal";
import type { CellValue, Grid } from "../../../src/core/grid";
import { recognizeTable } from "../../../src/core/table";

/** A figure as the 氷見 table prints it: 「1,234」, 「△ 65」. */
function printed(v: Decimal): string {
  const s = v
    .abs()
    .toFixed(0)
    .replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return v.isNeg() ? `△ ${s}` : s;
}

interface Exact {
  revenue: Decimal[][];
  expense: Decimal[][];
  fundStart: Decimal;
  putIn: Decimal[];
  takeOut: Decimal[];
  carryStart: Decimal;
}

/**
 * A 中長期財政見通し from exact 円 amounts, every cell rounded to 百万円 on its own (half-up or
 * truncated): every identity holds on the exact amounts, so only rounding separates the sides.
 */
function outlookGrid(x: Exact, mode: "half-up" | "down"): Grid {
  const years = x.putIn.length;
  const m = (v: Decimal) => roundDecimal(v.div(1_000_000), 0, mode);
  const rows: [string, Decimal[]][] = [];
  const sumOf = (parts: Decimal[][]) =>
    Array.from({ length: years }, (_, t) => parts.reduce((s, p) => s.plus(p[t]!), new D(0)));
  x.revenue.forEach((p, i) => rows.push([`歳入${i + 1}`, p]));
  const a = sumOf(x.revenue);
  rows.push(["歳入合計(A)", a]);
  x.expense.forEach((p, i) => rows.push([`歳出${i + 1}`, p]));
  const b = sumOf(x.expense);
  rows.push(["歳出合計(B)", b]);
  const diff = a.map((v, t) => v.minus(b[t]!));
  const carry: Decimal[] = [];
  const closing: Decimal[] = [];
  const balance: Decimal[] = [];
  for (let t = 0; t < years; t++) {
    carry.push(t === 0 ? x.carryStart : closing[t - 1]!);
    closing.push(diff[t]!.plus(carry[t]!).minus(x.putIn[t]!).plus(x.takeOut[t]!));
    balance.push((t === 0 ? x.fundStart : balance[t - 1]!).plus(x.putIn[t]!).minus(x.takeOut[t]!));
  }
  rows.push(["収支差引額(A-B)", diff], ["前年度からの繰越金", carry]);
  rows.push(["財政調整基金への積立", x.putIn.map((v) => v.neg())]);
  rows.push(["財政調整基金からの繰入", x.takeOut], ["決算収支合計", closing]);
  const values: CellValue[][] = [
    ["見通し"],
    ["単位:百万円"],
    ["", ...x.putIn.map((_, t) => `令和${t + 3}年度`)],
  ];
  for (const [label, v] of rows) values.push([label, ...v.map((e) => printed(m(e)))]);
  values.push([]);
  values.push(["財政調整基金残高", ...balance.map((e) => printed(m(e)))]);
  return { sheet: "generated", top: 0, left: 0, values };
}

const yen = fc.integer({ min: 0, max: 5_000_000_000 }).map((n) => new D(n));
const exactTable = fc.integer({ min: 2, max: 5 }).chain((years) => {
  const series = fc.array(yen, { minLength: years, maxLength: years });
  const flows = fc.array(
    fc.integer({ min: 0, max: 900_000_000 }).map((n) => new D(n)),
    {
      minLength: years,
      maxLength: years,
    }
  );
  return fc.record({
    revenue: fc.array(series, { minLength: 2, maxLength: 5 }),
    expense: fc.array(series, { minLength: 2, maxLength: 5 }),
    fundStart: yen,
    putIn: flows,
    takeOut: flows,
    carryStart: yen,
  });
});

describe("checkTable on tables rounded cell by cell from exact data", () => {
  it.each(["half-up", "down"] as const)("never reports an error or 要確認 (%s)", (mode) => {
    fc.assert(
      fc.property(exactTable, (x) => {
        const r = checkTable(recognizeTable(outlookGrid(x, mode)));
        expect(r.rules.length).toBe(6);
        expect(r.findings.filter((f) => f.severity !== "note")).toEqual([]);
      }),
      { numRuns: 40 }
    );
  });
});

describe("checkTable rounding detection", () => {
  const grid = (cells: string[][], unit = "単位:千円"): Grid => ({
    sheet: "t",
    top: 0,
    left: 0,
    values: [["表"], [unit], ["", "令和3年度", "令和4年度", "令和5年度", "令和6年度"], ...cells],
  });

  it("detects truncation when every gap leans the way truncation predicts", () => {
    // Parts truncated from 1.6 + 1.7 + 1.8 (= 5.1 → 5): printed 1 + 1 + 1 = 3 against 5 is
    // outside half-up (±2) but inside truncation ([3, 6]); the other years lean the same way.
    const r = checkTable(
      recognizeTable(
        grid([
          ["a", "1", "2", "3", "4"],
          ["b", "1", "2", "3", "4"],
          ["c", "1", "2", "3", "4"],
          ["合計", "5", "7", "10", "14"],
        ])
      )
    );
    expect(r.rounding).toMatchObject({ method: "down", basis: "detected" });
    expect(r.findings.filter((f) => f.severity !== "note")).toEqual([]);
    const note = r.findings.find((f) => f.fiscalYears.includes(2021))!;
    expect(note).toMatchObject({ severity: "note", kind: "sum", address: "B7" });
    expect([note.tolerance!.lo.toFixed(), note.tolerance!.hi.toFixed()]).toEqual(["-1", "3"]);
  });

  it("calls a gap rounding explains 端数 and a larger one 誤り under half-up", () => {
    const r = checkTable(
      recognizeTable(
        grid([
          ["a", "1", "2", "3", "4"],
          ["b", "1", "2", "3", "4"],
          ["合計", "3", "3", "6", "11"],
        ])
      )
    );
    // Gaps +1 and −1 lean both ways, so the table rounds half-up; two parts and the total allow
    // ±1.5, so +3 in 令和6年度 is an error.
    expect(r.rounding).toMatchObject({ method: "half-up", basis: "detected" });
    expect(r.findings.map((f) => [f.severity, f.address, f.difference?.toFixed()])).toEqual([
      ["error", "E6", "3"],
      ["note", "B6", "1"],
      ["note", "C6", "-1"],
    ]);
  });

  it("allows nothing in a whole-円 table", () => {
    const r = checkTable(
      recognizeTable(
        grid(
          [
            ["a", "1", "2", "3", "4"],
            ["b", "1", "2", "3", "4"],
            ["合計", "3", "4", "6", "8"],
          ],
          "単位:円"
        )
      )
    );
    expect(r.rounding.method).toBe("exact");
    expect(r.findings.map((f) => [f.severity, f.address])).toEqual([["error", "B6"]]);
  });
});
