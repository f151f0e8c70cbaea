import type { KpiItem, KpiYear } from "./types";

/** Implementation status of a row (未着手 / 取組中 / 完了), or none when nothing is written. */
export type MilestoneState = "completed" | "notStarted" | "inProgress" | "none";

const COMPLETED = ["完了", "達成", "済", "実施済み", "導入済み", "completed", "done", "achieved"];
const NOT_STARTED = ["未着手", "未実施", "未達成", "not started"];

/**
 * Reads the status of a row for a year: the year's actual text first (a milestone's actual cell),
 * then the register's status column. 完了 / 達成 / …済 → completed; 未着手 / 未実施 → not started;
 * any other text (取組中, 検討中, free text) → in progress; nothing written → none.
 *
 * @example milestoneState(item /* status 完了 *\/, year) // "completed"
 */
export function milestoneState(item: KpiItem, year: KpiYear | undefined): MilestoneState {
  const text = (year?.actualText ?? item.status ?? "").normalize("NFKC").trim().toLowerCase();
  if (text === "") return "none";
  if (NOT_STARTED.some((w) => text.includes(w))) return "notStarted";
  if (COMPLETED.some((w) => text === w || text.endsWith(w))) return "completed";
  return "inProgress";
}
