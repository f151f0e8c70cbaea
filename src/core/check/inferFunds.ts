import { baseLabel } from "./lineRoles";
import { makeRule, refTo, sumOf } from "./makeRule";
import type { TableMatrix } from "./TableMatrix";
import type { LineAxis, Ref, Rule } from "./types";

const BALANCE = /^(.+基金)(?:の)?(?:年度末)?(?:現在高|残高)$/;
const FLOW = /^(.+?基金)(?:への|から|の)?.*?(積立|繰入|取崩|取り崩)/;

/**
 * Fund roll-forward: 基金残高(t) = 残高(t − 1) ± that fund's 積立 and 繰入 (取崩) lines, the fund
 * matched by name. The sign convention is the table's: four variants (積立 ±, 繰入 ±), one per
 * convention for every fund at once, for {@link chooseVariant} — in the 氷見 table 積立 is printed
 * as a negative flow of the general account, so the balance moves by −(積立 + 繰入).
 */
export function inferFunds(matrix: TableMatrix, axis: LineAxis): Rule[][] {
  if (!matrix.positions(axis).some((p) => p.fiscalYear !== null)) return [];
  const lines = matrix.lines(axis);
  const flows = new Map<string, { line: number; into: boolean }[]>();
  const balances: { fund: string; line: number }[] = [];
  for (const l of lines) {
    const key = baseLabel(l.key);
    const b = BALANCE.exec(key);
    if (b) {
      balances.push({ fund: b[1]!, line: l.index });
      continue;
    }
    const f = FLOW.exec(key);
    if (!f) continue;
    const list = flows.get(f[1]!) ?? [];
    list.push({ line: l.index, into: f[2] === "積立" });
    flows.set(f[1]!, list);
  }
  const conventions: [1 | -1, 1 | -1][] = [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ];
  return conventions
    .map(([into, out]) =>
      balances.flatMap(({ fund, line }) => {
        const own = flows.get(fund);
        if (!own) return [];
        const terms: { ref: Ref; sign: 1 | -1 }[] = [
          { ref: refTo(matrix, axis, line, -1), sign: 1 },
          ...own.map((f) => ({ ref: refTo(matrix, axis, f.line), sign: f.into ? into : out })),
        ];
        const target = refTo(matrix, axis, line);
        return [makeRule(matrix, "fundRollForward", axis, target, sumOf(terms), "inferred")];
      })
    )
    .filter((v) => v.length > 0);
}
