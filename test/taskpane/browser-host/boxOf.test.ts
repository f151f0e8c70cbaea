import { boxOf } from "../../../src/taskpane/browser-host/useGridSelection";

describe("boxOf", () => {
  it.each([
    // Dragging down-right, up-left and across: the same box whichever corner came first.
    [
      { row: 0, col: 0 },
      { row: 3, col: 2 },
      { top: 0, left: 0, rows: 4, cols: 3 },
    ],
    [
      { row: 3, col: 2 },
      { row: 0, col: 0 },
      { top: 0, left: 0, rows: 4, cols: 3 },
    ],
    [
      { row: 5, col: 1 },
      { row: 2, col: 4 },
      { top: 2, left: 1, rows: 4, cols: 4 },
    ],
    [
      { row: 7, col: 7 },
      { row: 7, col: 7 },
      { top: 7, left: 7, rows: 1, cols: 1 },
    ],
  ])("spans %p and %p as %p", (a, b, box) => {
    expect(boxOf(a, b)).toEqual(box);
  });
});
