import type { CellValue, Grid } from "../../../src/core/grid";
import {
  DEFAULT_SLICE_CELLS,
  finishSteps,
  recognizeTable,
  recognizeTableSteps,
  type RecognizeStep,
  type TableRecognition,
} from "../../../src/core/table";
import { SliceMeter } from "../../../src/core/table/SliceMeter";
import { asExcelNumbers, gridFromTsv } from "./himiGrids";

/** Every step the generator yields, and what it returns. */
function drain(steps: Generator<RecognizeStep, TableRecognition>) {
  const seen: RecognizeStep[] = [];
  for (;;) {
    const next = steps.next();
    if (next.done) return { steps: seen, result: next.value };
    seen.push(next.value);
  }
}

/** A year header (令和2…10年度) over `rows` item rows of 10 cells: a label and 9 figures. */
function uniformGrid(rows: number): Grid {
  const values: CellValue[][] = [["", ...Array.from({ length: 9 }, (_, i) => `令和${i + 2}年度`)]];
  for (let r = 1; r <= rows; r++)
    values.push([`項目${r}`, ...Array.from({ length: 9 }, (_, c) => (r * 9 + c) % 5000)]);
  return { sheet: "s", top: 0, left: 0, values };
}

/** 3,000 rows × 10 columns: caption, unit, years, then numbers, △ text, blanks and dashes. */
function largeGrid(): Grid {
  const values: CellValue[][] = [["財政見通し"], ["", "単位:千円"], uniformGrid(0).values[0]!];
  for (let r = 3; r < 3000; r++) {
    const row: CellValue[] = [`項目${r}`];
    for (let c = 1; c < 10; c++) {
      const k = (r * 31 + c * 7) % 10;
      row.push(k < 6 ? (r * 13 + c) % 9000 : k < 8 ? `△ ${(r + c) % 500}` : k < 9 ? "" : "－");
    }
    values.push(row);
  }
  return { sheet: "s", top: 4, left: 1, values };
}

describe("recognizeTableSteps", () => {
  it("yields the start, then once per full slice of both passes, ending at the total", () => {
    // 1 header row + 1,000 rows × 10 columns: each pass counts 10,000 cells, so 1,000-cell
    // slices give 10 steps per pass after the start step.
    const { steps, result } = drain(recognizeTableSteps(uniformGrid(1000), {}, 1000));
    expect(steps).toHaveLength(21);
    expect(steps.every((s) => s.total === 10_010)).toBe(true);
    expect(steps[0]).toEqual({ done: 0, total: 10_010 });
    // Step 10 ends the first pass (parsing), which covers half of the total.
    expect(steps[10]).toEqual({ done: 5005, total: 10_010 });
    expect(steps[20]).toEqual({ done: 10_010, total: 10_010 });
    const dones = steps.map((s) => s.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(result.rows).toHaveLength(1000);
  });

  it("yields only the start step when the slice is larger than the grid", () => {
    const { steps } = drain(recognizeTableSteps(uniformGrid(50), {}, Infinity));
    expect(steps).toEqual([{ done: 0, total: 510 }]);
  });

  it.each([
    ["fiscal outlook, printed strings", () => gridFromTsv("himi-fiscal-outlook.tsv")],
    ["fiscal outlook, Excel numbers", () => asExcelNumbers(gridFromTsv("himi-fiscal-outlook.tsv"))],
    ["peer staffing, printed strings", () => gridFromTsv("himi-peer-staffing.tsv")],
    ["peer staffing, Excel numbers", () => asExcelNumbers(gridFromTsv("himi-peer-staffing.tsv"))],
  ])("returns what recognizeTable returns on the 氷見 %s, even one row per slice", (_, build) => {
    const grid = build();
    const whole = recognizeTable(grid);
    const { steps, result } = drain(recognizeTableSteps(grid, {}, 1));
    // A slice of one cell ends after every row of each pass: many steps, the same answer.
    expect(steps.length).toBeGreaterThan(2 * whole.rows.length);
    expect(result).toEqual(whole);
    expect(result.rows.length).toBeGreaterThan(5);
  });

  it("returns what recognizeTable returns on a 30,000-cell grid in 5,000-cell slices", () => {
    const grid = largeGrid();
    const { steps, result } = drain(recognizeTableSteps(grid));
    // 2 passes × 2,997 body rows × 10 cells / 5,000 → 11 full slices (+ the start step).
    expect(DEFAULT_SLICE_CELLS).toBe(5000);
    expect(steps).toHaveLength(12);
    expect(result).toEqual(recognizeTable(grid));
    expect(result.rows).toHaveLength(2997);
    expect(result.yearAxis?.years.map((y) => y.fiscalYear)).toEqual([
      2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028,
    ]);
  });

  it("passes the era option through, as recognizeTable does", () => {
    const grid: Grid = {
      sheet: "s",
      top: 0,
      left: 0,
      values: [
        ["", "6年度", "7年度"],
        ["市税", 100, 200],
      ],
    };
    const sliced = finishSteps(recognizeTableSteps(grid, { era: "R" }, 1));
    // 令和n年度 = 2018 + n (domain.md §1)
    expect(sliced.yearAxis?.years.map((y) => y.fiscalYear)).toEqual([2024, 2025]);
    expect(sliced).toEqual(recognizeTable(grid, { era: "R" }));
  });
});

describe("SliceMeter", () => {
  it("answers a step each time the counted cells fill a slice, a row never split", () => {
    const meter = new SliceMeter(1000, 25);
    const steps = Array.from({ length: 10 }, (_, i) => meter.count(10, (i + 1) / 10));
    // 10-cell rows fill a 25-cell slice on every third row.
    expect(steps.map((s) => s?.done ?? null)).toEqual([
      null,
      null,
      300,
      null,
      null,
      600,
      null,
      null,
      900,
      null,
    ]);
  });

  it.each([0, -5, Number.NaN])("rejects a slice of %p cells", (cells) => {
    expect(() => new SliceMeter(10, cells)).toThrow(RangeError);
  });
});
