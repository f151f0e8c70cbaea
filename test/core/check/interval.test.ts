import { figureInterval, intersects } from "../../../src/core/check";
import { D } from "../../../src/core/decimal";

const show = (iv: { lo: { toFixed(): string }; hi: { toFixed(): string } }) => [
  iv.lo.toFixed(),
  iv.hi.toFixed(),
];

describe("figureInterval", () => {
  // domain.md §4: half-up [v − ½·10^−d, v + ½·10^−d]; truncated [v, v + 10^−d), mirrored below 0.
  it.each([
    ["65", 0, "half-up", ["64.5", "65.5"]],
    ["-65", 0, "half-up", ["-65.5", "-64.5"]],
    ["12.7", 1, "half-up", ["12.65", "12.75"]],
    ["12.7", 1, "down", ["12.7", "12.8"]],
    ["-12.7", 1, "down", ["-12.8", "-12.7"]],
    ["0", 0, "down", ["-1", "1"]],
    ["12.7", 1, "up", ["12.6", "12.7"]],
    ["-12.7", 1, "up", ["-12.7", "-12.6"]],
    ["5159", 0, "exact", ["5159", "5159"]],
  ] as const)("reads %s with %i places %s as %j", (v, d, method, expected) => {
    expect(show(figureInterval(new D(v), d, method))).toEqual(expected);
  });
});

describe("intersects", () => {
  it("holds when the two sides share a value, touching ends included", () => {
    const a = { lo: new D(1), hi: new D(2) };
    expect(intersects(a, { lo: new D(2), hi: new D(3) })).toBe(true);
    expect(intersects(a, { lo: new D("2.0001"), hi: new D(3) })).toBe(false);
    expect(intersects({ lo: new D(0), hi: new D(5) }, a)).toBe(true);
  });
});
