import type { Decimal } from "../decimal";
import { pairedSeriesIssue } from "./pairedSeriesIssue";
import type { Issue } from "../messages/types";
import { INPUT_NAMES } from "./inputNames";

const isNegative = (flow: Decimal | null): boolean =>
  flow !== null && flow.isNegative() && !flow.isZero();

/** A failure says which series it is about, so the caller can name that argument. */
export type FundBalanceResult =
  | { ok: true; balances: Decimal[] }
  | { ok: false; issue: Issue; series: "deposits" | "withdrawals" };

/**
 * Yearly fund balances: balance(t) = balance(t − 1) + 積立(t) − 取崩(t), from the opening balance.
 * A blank flow (null) is no flow that year. Flows are positive amounts: a 行革 table that prints
 * 積立 as △ (a negative flow of the general account) must be sign-flipped by the caller, so a
 * negative flow is refused rather than guessed.
 *
 * @example fundBalance(new D(2990), [new D(491)], [new D(530)]) // balances [2951] (氷見 財調 R3)
 */
export function fundBalance(
  opening: Decimal,
  deposits: readonly (Decimal | null)[],
  withdrawals: readonly (Decimal | null)[]
): FundBalanceResult {
  const unpaired = pairedSeriesIssue(
    deposits,
    withdrawals,
    INPUT_NAMES.deposits,
    INPUT_NAMES.withdrawals,
    true
  );
  if (unpaired) return { ok: false, issue: unpaired, series: "deposits" };
  const balances: Decimal[] = [];
  let balance = opening;
  for (let i = 0; i < deposits.length; i++) {
    const deposit = deposits[i] ?? null;
    const withdrawal = withdrawals[i] ?? null;
    const negative = isNegative(deposit)
      ? "deposits"
      : isNegative(withdrawal)
        ? "withdrawals"
        : null;
    if (negative !== null) {
      const name = INPUT_NAMES[negative];
      return {
        ok: false,
        issue: {
          code: "functions.indicator.negativeAmount",
          params: {
            nameJa: `${name.ja} (${i + 1})`,
            nameEn: `the ${negative === "deposits" ? "deposit" : "withdrawal"} of year ${i + 1}`,
          },
        },
        series: negative,
      };
    }
    if (deposit !== null) balance = balance.plus(deposit);
    if (withdrawal !== null) balance = balance.minus(withdrawal);
    balances.push(balance);
  }
  return { ok: true, balances };
}
