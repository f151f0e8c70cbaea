/**
 * Illustrative (例示) actuals, statuses and 3E figures for the two KPI register samples, so that
 * every chart kind of the KPI進捗 work has something to show. They are NOT official figures: the
 * headers say 「（例示）」 and a caption row above the register says so in words. The values are
 * derived deterministically from each row's own plan or goal (no randomness), so `npm run
 * samples` stays byte-reproducible, and they are plausible: some rows meet their target, some
 * are behind, some have no actual yet; milestones are 完了 / 取組中 / 未着手.
 */

/** The caption written above a register with illustrative columns. */
export const ILLUSTRATIVE_NOTE =
  "※「（例示）」と付いた列（実績・状況・事業費・人件費・活動量）は、グラフや進捗表示を試すための説明用の例示値であり、市の公式の数値ではありません。";

export interface IllustrationPlan {
  /** Fiscal-year labels of the illustrative actual columns ("R7"). */
  actualYears: string[];
  /** Fiscal-year labels that get 3E columns. */
  costYears: string[];
  /** Item numbers (No) whose first numeric row gets 3E figures. */
  costItems: string[];
  /** Plan column of a year label, when the register has yearly plans ("R7" → "R7計画"). */
  planHeader: (year: string) => string;
  /** The k-th year of the plan period (1-based) for a year label, and the period length. */
  periodIndex: (year: string) => number;
  periodLength: number;
}

/** One number to write (with its decimals for the △ format), a text, or nothing. */
export type IllustrativeField = { value: number; decimals: number } | string | null;

export interface Illustration {
  headers: string[];
  /** One array per data row (same order as the TSV body), aligned with `headers`. */
  rows: IllustrativeField[][];
}

/** How far a row is from its target, cycled by the row's position: met, on plan, slightly behind, behind, no actual. */
const PATTERN = [0.05, 0, -0.05, -0.2, null] as const;
/** A small year-to-year movement so that a yearly level is not the same figure every year. */
const YEAR_WIGGLE = [0, 0.02, -0.01] as const;
const MILESTONE_PATTERN = ["完了", "取組中", "取組中", "未着手"] as const;

function decimalsOf(text: string): number {
  const m = /\.(\d+)$/.exec(text.trim());
  return m ? m[1]!.length : 0;
}

/** Rounds an illustrative figure to a printable step: the plan's decimals, 万円 steps for large money. */
function roundFigure(value: number, decimals: number, unit: string): number {
  if (decimals > 0) return Number(value.toFixed(decimals));
  const step = unit === "円" && Math.abs(value) >= 1_000_000 ? 10_000 : 1;
  const rounded = Math.round(value / step) * step;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** The figure a row aims at in a year: its yearly plan, else (毎年度) its goal, else a path toward the goal. */
function yearBasis(
  field: (name: string) => string,
  plan: IllustrationPlan,
  year: string
): { value: number; decimals: number } | null {
  const type = field("目標の種類");
  const planColumn = plan.planHeader(year);
  const planText = field(planColumn);
  if (planText !== "") return { value: Number(planText), decimals: decimalsOf(planText) };
  // A register with yearly plans: a year without a plan has no actual unless the target is yearly.
  if (planColumn !== "" && type !== "毎年度") return null;
  const goalText = field("目標値") || field("下限") || field("上限");
  if (goalText === "") return null;
  const goal = Number(goalText);
  const decimals = decimalsOf(goalText);
  if (type === "累計" || (type === "最終" && goal < 0))
    return { value: (goal * plan.periodIndex(year)) / plan.periodLength, decimals };
  return { value: goal, decimals };
}

/** Illustrative columns for one register, derived from its own rows. */
export function illustrate(
  header: string[],
  body: string[][],
  plan: IllustrationPlan
): Illustration {
  const at = (name: string) => header.indexOf(name);
  const headers = [
    ...plan.actualYears.map((y) => `${y}実績（例示）`),
    "状況（例示）",
    ...plan.costYears.flatMap((y) => [
      `${y}事業費（千円）（例示）`,
      `${y}人件費（千円）（例示）`,
      `${y}活動量（例示）`,
    ]),
  ];
  const costDone = new Set<string>();
  const rows = body.map((line, r) => {
    const field = (name: string) => (at(name) >= 0 ? (line[at(name)] ?? "") : "");
    const no = field("No");
    const direction = field("方向");
    const out: IllustrativeField[] = [];
    if (field("指標") === "") return headers.map(() => null);
    if (direction === "達成") {
      const status = MILESTONE_PATTERN[r % MILESTONE_PATTERN.length]!;
      plan.actualYears.forEach((_y, k) => {
        // Earlier years of a milestone that is under way or done were worked on (取組中).
        const last = k === plan.actualYears.length - 1;
        out.push(status === "未着手" ? (k === 0 ? "未着手" : null) : last ? status : "取組中");
      });
      out.push(status);
    } else {
      const shift = PATTERN[r % PATTERN.length]!;
      const sign = direction === "減少" ? -1 : 1;
      const unit = field("単位");
      plan.actualYears.forEach((y, k) => {
        const basis = yearBasis(field, plan, y);
        // A row "behind" has no actual yet in the last illustrative year (not reported yet).
        if (
          basis === null ||
          shift === null ||
          (shift === -0.2 && k === plan.actualYears.length - 1)
        ) {
          out.push(null);
          return;
        }
        const band = direction === "範囲" && field("下限") !== "" && field("上限") !== "";
        let value: number;
        if (band) {
          const lower = Number(field("下限"));
          const upper = Number(field("上限"));
          value =
            shift < -0.1
              ? upper + (upper - lower) * 0.05 + 1
              : shift < 0
                ? lower
                : (lower + upper) / 2;
        } else {
          // A percentage moves by points (99.0% → 99.5%, 97.0%), anything else by its share.
          const wiggle = YEAR_WIGGLE[k % YEAR_WIGGLE.length]!;
          const magnitude = unit === "%" ? 10 : Math.abs(basis.value) || 1;
          value = basis.value + sign * magnitude * (shift + wiggle);
        }
        out.push({ value: roundFigure(value, basis.decimals, unit), decimals: basis.decimals });
      });
      out.push(null);
    }
    const costs = plan.costItems.includes(no) && direction !== "達成" && !costDone.has(no);
    if (costs) costDone.add(no);
    plan.costYears.forEach((_y, k) => {
      if (!costs) {
        out.push(null, null, null);
        return;
      }
      const n = Number(no);
      const cost = (((n * 37) % 90) + 10) * 1_000 + k * ((n % 2 === 0 ? 3 : -4) * 100);
      const personnel = Math.round(cost * 0.4);
      const output = ((n * 7) % 40) + 20 + k * (n % 3);
      out.push(
        { value: cost, decimals: 0 },
        { value: personnel, decimals: 0 },
        { value: output, decimals: 0 }
      );
    });
    return out;
  });
  return { headers, rows };
}
