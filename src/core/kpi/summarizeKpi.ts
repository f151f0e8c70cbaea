import { D } from "../decimal";
import type { GradingScheme, KpiGroupSummary, KpiProgress, KpiSummary } from "./types";

const HUNDRED = new D(100);

function group(
  theme: string | null,
  rows: readonly KpiProgress[],
  scheme: GradingScheme
): KpiGroupSummary {
  const byCode = new Map<string, number>();
  for (const p of rows) byCode.set(p.grade.code, (byCode.get(p.grade.code) ?? 0) + 1);
  const total = rows.length;
  const counts = scheme.bands.map((b) => {
    const count = byCode.get(b.code) ?? 0;
    const share = total === 0 ? new D(0) : new D(count).times(HUNDRED).div(total);
    return { code: b.code, label: b.label, count, share };
  });
  return { theme, total, counts };
}

/**
 * Counts and shares per status of the scheme, for the whole plan and per テーマ (themes in order
 * of first appearance; rows without a theme form their own group only when others have one).
 * Every band is listed, with 0 where no row has it; shares are exact percent of the group
 * (33.3…% for 1 of 3, rounded only for display), 0 for an empty group.
 *
 * @example summarizeKpi(progress, scheme, 2026).whole.total // progress.length
 */
export function summarizeKpi(
  progress: readonly KpiProgress[],
  scheme: GradingScheme,
  fiscalYear: number
): KpiSummary {
  const themes = new Map<string | null, KpiProgress[]>();
  for (const p of progress) {
    const list = themes.get(p.item.theme);
    if (list) list.push(p);
    else themes.set(p.item.theme, [p]);
  }
  const onlyUnthemed = themes.size === 1 && themes.has(null);
  const byTheme = onlyUnthemed
    ? []
    : Array.from(themes, ([theme, rows]) => group(theme, rows, scheme));
  return { scheme, fiscalYear, whole: group(null, progress, scheme), byTheme };
}
