import type { Issue, MessageText } from "../messages/types";
import type { GradeBand, GradeRule, GradingScheme } from "./types";

export type CheckedScheme = { ok: true; scheme: GradingScheme } | { ok: false; issue: Issue };

const PLAIN_RULES = [
  "completed",
  "notStarted",
  "noActual",
  "undefined",
  "achieved",
  "aboveBaseline",
  "otherwise",
];
const PERCENT_RULES = ["rateAtLeast", "withinOfBaseline"];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function messageText(v: unknown): MessageText | null {
  if (!isRecord(v) || typeof v.ja !== "string" || typeof v.en !== "string") return null;
  if (v.ja.trim() === "" || v.en.trim() === "") return null;
  return { ja: v.ja, en: v.en };
}

function bad(field: string): CheckedScheme {
  return { ok: false, issue: { code: "kpiProgress.scheme.badField", params: { field } } };
}

function badBand(index: number, field: string): CheckedScheme {
  return { ok: false, issue: { code: "kpiProgress.scheme.badBand", params: { index, field } } };
}

function ruleOf(v: unknown, index: number): GradeRule | CheckedScheme {
  if (!isRecord(v) || typeof v.kind !== "string") return badBand(index, "rule");
  if (PLAIN_RULES.includes(v.kind)) return { kind: v.kind } as GradeRule;
  if (!PERCENT_RULES.includes(v.kind)) return badBand(index, "rule.kind");
  const p = v.percent;
  if (typeof p !== "number" || !Number.isFinite(p) || p < 0)
    return {
      ok: false,
      issue: { code: "kpiProgress.scheme.badPercent", params: { index, value: String(p) } },
    };
  return { kind: v.kind, percent: p } as GradeRule;
}

/**
 * Checks a grading scheme read from settings or edited by the user, in shape: id, name (ja and
 * en), basis, and a non-empty list of bands with unique codes, labels, known rules and
 * thresholds ≥ 0; the last band is "otherwise" so every row gets a grade. Band numbers in the
 * reasons are 1-based. Returns a fresh copy (extra fields dropped).
 *
 * @example checkGradingScheme(JSON.parse(saved)).ok // true for a saved preset
 */
export function checkGradingScheme(value: unknown): CheckedScheme {
  if (!isRecord(value)) return { ok: false, issue: { code: "kpiProgress.scheme.notObject" } };
  if (typeof value.id !== "string" || value.id.trim() === "") return bad("id");
  const name = messageText(value.name);
  if (!name) return bad("name");
  if (value.basis !== "yearTarget" && value.basis !== "yearlyPlan") return bad("basis");
  if (!Array.isArray(value.bands)) return bad("bands");
  if (value.bands.length === 0) return { ok: false, issue: { code: "kpiProgress.scheme.noBands" } };
  const bands: GradeBand[] = [];
  const codes = new Set<string>();
  for (const [i, raw] of (value.bands as unknown[]).entries()) {
    const index = i + 1;
    if (!isRecord(raw)) return badBand(index, "band");
    if (typeof raw.code !== "string" || raw.code.trim() === "") return badBand(index, "code");
    if (codes.has(raw.code))
      return {
        ok: false,
        issue: { code: "kpiProgress.scheme.duplicateCode", params: { code: raw.code } },
      };
    codes.add(raw.code);
    const label = messageText(raw.label);
    if (!label) return badBand(index, "label");
    const rule = ruleOf(raw.rule, index);
    if ("ok" in rule) return rule;
    if (typeof raw.attention !== "boolean") return badBand(index, "attention");
    bands.push({ code: raw.code, label, rule, attention: raw.attention });
  }
  if (bands[bands.length - 1]?.rule.kind !== "otherwise")
    return { ok: false, issue: { code: "kpiProgress.scheme.lastNotOtherwise" } };
  return { ok: true, scheme: { id: value.id, name, basis: value.basis, bands } };
}
