import type { Decimal } from "../decimal";
import type { Checked } from "./evaluateRule";
import type { Interval } from "./types";

/** A failed identity as the grouping sees it: where, and which changes of each cell fix it. */
export interface Failure {
  id: number;
  checked: Checked;
}

export interface CellExplanation {
  address: string;
  /** The changes of this cell that make every one of `failures` hold. */
  change: Interval;
  failures: number[];
}

/** The changes of one cell that make one identity hold (target, or a term with coefficient c). */
function fixes(c: Checked, coefficient: Decimal | null): Interval | null {
  if (coefficient === null)
    return { lo: c.rhs.lo.minus(c.target.hi), hi: c.rhs.hi.minus(c.target.lo) };
  if (coefficient.isZero()) return null;
  const lo = c.target.lo.minus(c.rhs.hi).div(coefficient);
  const hi = c.target.hi.minus(c.rhs.lo).div(coefficient);
  return lo.lte(hi) ? { lo, hi } : { lo: hi, hi: lo };
}

/** The change shared by most intervals (a sweep over their ends) and which intervals share it. */
function mostShared(
  entries: { failure: number; fix: Interval }[]
): CellExplanation["change"] & { members: number[] } {
  let best: { lo: Decimal; hi: Decimal; members: number[] } | null = null;
  for (const e of entries) {
    const members = entries.filter((o) => o.fix.lo.lte(e.fix.lo) && o.fix.hi.gte(e.fix.lo));
    if (!best || members.length > best.members.length) {
      let hi = members[0]!.fix.hi;
      for (const m of members) if (m.fix.hi.lt(hi)) hi = m.fix.hi;
      best = { lo: e.fix.lo, hi, members: members.map((m) => m.failure) };
    }
  }
  return best!;
}

/**
 * One wrong cell, one finding: cells that one change would repair in two or more failed linear
 * identities (a changed total breaks its sum and the difference below it; a fund balance off in
 * one year breaks two roll-forwards), taken greedily, most identities first. Each failure is
 * explained at most once.
 */
export function explainByCell(failures: Failure[]): CellExplanation[] {
  const byCell = new Map<string, { failure: number; fix: Interval }[]>();
  for (const f of failures) {
    const linear = f.checked.linear;
    if (!linear) continue;
    const add = (address: string, fix: Interval | null) => {
      if (!fix) return;
      const list = byCell.get(address) ?? [];
      list.push({ failure: f.id, fix });
      byCell.set(address, list);
    };
    add(f.checked.address, fixes(f.checked, null));
    for (const t of linear)
      if (t.address !== f.checked.address) add(t.address, fixes(f.checked, t.coefficient));
  }
  // Greedy by a first count, each candidate re-counted on what is still unexplained: linear in
  // the failures' cells rather than a full re-scan per pick.
  const candidates = [...byCell]
    .filter(([, list]) => list.length >= 2)
    .map(([address, list]) => ({ address, list, count: mostShared(list).members.length }))
    .sort((a, b) => b.count - a.count);
  const used = new Set<number>();
  const out: CellExplanation[] = [];
  for (const { address, list } of candidates) {
    const open = list.filter((e) => !used.has(e.failure));
    if (open.length < 2) continue;
    const shared = mostShared(open);
    if (shared.members.length < 2) continue;
    for (const f of shared.members) used.add(f);
    out.push({ address, change: { lo: shared.lo, hi: shared.hi }, failures: shared.members });
  }
  return out;
}
