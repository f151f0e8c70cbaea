import { D } from "../decimal";
import type { Decimal } from "../decimal";
import { checkMessages } from "../messages/check";
import type { Finding, FindingKind, Severity } from "./types";

/** A rule as a check used it: what the pane lists and the working paper prints. */
export interface RuleUsed {
  id: string;
  text: string;
  source: "inferred" | "user";
  enabled: boolean;
}

/** A check kept in the workbook: what was checked, when, the findings and the rules used. */
export interface StoredCheckData {
  ref: { sheet: string; address: string };
  /** ISO 8601 (the caller's clock; core has none). */
  checkedAt: string;
  findings: Finding[];
  rules: RuleUsed[];
  /** Findings left out because the stored form has a size budget (the first ones are kept). */
  omittedFindings?: number;
}

/** Bounds of the stored form: a setting from the file is never trusted to be small. */
export const STORED_LIMITS = {
  findings: 2_000,
  cellsPerFinding: 2_000,
  rules: 5_000,
  text: 4_000,
  params: 16,
  /** Rough size budget in characters of the JSON (Office settings hold a few MB at most). */
  chars: 1_500_000,
} as const;

type CompactFinding = [
  kind: FindingKind,
  severity: Severity,
  address: string,
  cells: string,
  printed: string | null,
  expected: string | null,
  difference: string | null,
  lo: string | null,
  hi: string | null,
  rules: number[],
  years: number[],
  code: string,
  params: Record<string, string | number>,
];

/** The JSON form ("zaisei.check.last"): rules as a table, findings as arrays pointing into it. */
export interface CompactCheck {
  v: 1;
  ref: [string, string];
  at: string;
  /** Rule identities [id, text]; findings and `r` point into it. */
  t: [string, string][];
  /** Rules used: [index in t, "i" inferred | "u" user, 1 on | 0 off]. */
  r: [number, "i" | "u", 0 | 1][];
  f: CompactFinding[];
  /** Findings left out for the size budget. */
  o?: number;
}

const KINDS: readonly FindingKind[] = [
  "sum",
  "difference",
  "carryForward",
  "fundRollForward",
  "average",
  "share",
  "ratio",
  "yearOnYear",
  "indicator",
  "threshold",
  "target",
];
const SEVERITIES: readonly Severity[] = ["error", "confirm", "note"];
const DECIMAL = /^-?\d{1,40}(\.\d{1,40})?$/;
const CELL = /^([A-Z]{1,3})([1-9]\d{0,6})$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/;

/** Whether a text is one cell's A1 address inside Excel's grid (A1 … XFD1048576). */
export function isCellAddress(text: unknown): text is string {
  if (typeof text !== "string") return false;
  const m = CELL.exec(text);
  if (!m) return false;
  const letters = m[1]!;
  return (letters.length < 3 || letters <= "XFD") && Number(m[2]) <= 1_048_576;
}

/** Whether a text is a cell or a range ("B2:M40") inside Excel's grid. */
export function isRangeAddress(text: unknown): text is string {
  if (typeof text !== "string") return false;
  const parts = text.split(":");
  return parts.length <= 2 && parts.every(isCellAddress);
}

function decimalText(d: Decimal | null): string | null {
  return d === null ? null : d.toFixed();
}

/** A message's params, less the rule text when it is the finding's rule (stored once, in t). */
function paramsWithoutRule(x: Finding): Record<string, string | number> {
  const params = { ...(x.message.params ?? {}) };
  if (params.rule === x.rule.text) delete params.rule;
  return params;
}

/**
 * The compact JSON of a stored check: each rule's text once, findings as short arrays, at most
 * {@link STORED_LIMITS}.findings findings and about {@link STORED_LIMITS}.chars characters (the
 * rest counted in `o`, so a reader knows the list is cut).
 *
 * @example JSON.stringify(compactCheck({ ref, checkedAt, findings, rules }))
 */
export function compactCheck(check: StoredCheckData): CompactCheck {
  const t: [string, string][] = [];
  const index = new Map<string, number>();
  const ruleIndex = (id: string, text: string): number => {
    const key = `${id}\u0000${text}`;
    let i = index.get(key);
    if (i === undefined) {
      i = t.length;
      t.push([id, text]);
      index.set(key, i);
    }
    return i;
  };
  const r = check.rules
    .slice(0, STORED_LIMITS.rules)
    .map((u): [number, "i" | "u", 0 | 1] => [
      ruleIndex(u.id, u.text),
      u.source === "user" ? "u" : "i",
      u.enabled ? 1 : 0,
    ]);
  let chars = t.reduce((n, [id, text]) => n + id.length + text.length + 8, 0);
  const f: CompactFinding[] = [];
  for (const x of check.findings) {
    if (f.length >= STORED_LIMITS.findings || chars > STORED_LIMITS.chars) break;
    const entry: CompactFinding = [
      x.kind,
      x.severity,
      x.address,
      x.cells.slice(0, STORED_LIMITS.cellsPerFinding).join(","),
      decimalText(x.printed),
      decimalText(x.expected),
      decimalText(x.difference),
      decimalText(x.tolerance?.lo ?? null),
      decimalText(x.tolerance?.hi ?? null),
      [x.rule, ...x.rules.filter((o) => o.id !== x.rule.id)].map((o) => ruleIndex(o.id, o.text)),
      x.fiscalYears,
      x.message.code,
      paramsWithoutRule(x),
    ];
    chars += JSON.stringify(entry).length;
    f.push(entry);
  }
  const omitted = check.findings.length - f.length + (check.omittedFindings ?? 0);
  const compact: CompactCheck = {
    v: 1,
    ref: [check.ref.sheet, check.ref.address],
    at: check.checkedAt,
    t,
    r,
    f,
  };
  if (omitted > 0) compact.o = omitted;
  return compact;
}

/** The stored rule identities; an entry that is not [id, text] is undefined. */
type RuleTable = ([string, string] | undefined)[];

const isText = (v: unknown, max: number = STORED_LIMITS.text): v is string =>
  typeof v === "string" && v.length <= max;
const isDecimalOrNull = (v: unknown): v is string | null =>
  v === null || (typeof v === "string" && DECIMAL.test(v));

/** A short array of at most `max` items, or null (a huge array is not read at all). */
function shortArray(v: unknown, max: number): unknown[] | null {
  return Array.isArray(v) && v.length <= max ? v : null;
}

function readParams(v: unknown): Record<string, string | number> | null {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return null;
  const entries = Object.entries(v as Record<string, unknown>);
  if (entries.length > STORED_LIMITS.params) return null;
  const params: Record<string, string | number> = {};
  for (const [key, value] of entries) {
    if (!/^\w{1,32}$/.test(key)) return null;
    if (typeof value === "number" && Number.isFinite(value)) params[key] = value;
    else if (isText(value)) params[key] = value;
    else return null;
  }
  return params;
}

function readFinding(v: unknown, t: RuleTable): Finding | null {
  const a = shortArray(v, 13);
  if (a === null || a.length !== 13) return null;
  const [
    kind,
    severity,
    address,
    cells,
    printed,
    expected,
    difference,
    lo,
    hi,
    rules,
    years,
    code,
    params,
  ] = a;
  if (!KINDS.includes(kind as FindingKind) || !SEVERITIES.includes(severity as Severity))
    return null;
  if (!isCellAddress(address) || !isText(cells, STORED_LIMITS.cellsPerFinding * 12)) return null;
  const cellList = cells === "" ? [] : cells.split(",");
  if (!cellList.every(isCellAddress)) return null;
  if (![printed, expected, difference, lo, hi].every(isDecimalOrNull)) return null;
  if ((lo === null) !== (hi === null)) return null;
  const ruleList = shortArray(rules, 1_000);
  if (ruleList === null || ruleList.length === 0) return null;
  const named = ruleList.map((i) => (Number.isInteger(i) ? t[i as number] : undefined));
  if (named.some((n) => n === undefined)) return null;
  const yearList = shortArray(years, 1_000);
  if (yearList === null || !yearList.every((y) => Number.isInteger(y) && (y as number) > 0))
    return null;
  if (typeof code !== "string" || !code.startsWith("check.") || !(code in checkMessages))
    return null;
  const messageParams = readParams(params);
  if (messageParams === null) return null;
  if (!("rule" in messageParams) && checkMessages[code]!.en.includes("{rule}"))
    messageParams.rule = named[0]![1];
  const dec = (s: unknown) => (s === null ? null : new D(s as string));
  const ruleRefs = (named as [string, string][]).map(([id, text]) => ({ id, text }));
  return {
    kind: kind as FindingKind,
    severity: severity as Severity,
    address,
    cells: cellList,
    printed: dec(printed),
    expected: dec(expected),
    difference: dec(difference),
    tolerance: lo === null ? null : { lo: dec(lo)!, hi: dec(hi)! },
    rule: ruleRefs[0]!,
    rules: ruleRefs,
    fiscalYears: yearList as number[],
    message: { code, params: messageParams },
  };
}

function readRules(v: unknown, t: RuleTable): RuleUsed[] | null {
  const list = shortArray(v, STORED_LIMITS.rules);
  if (list === null) return null;
  const rules: RuleUsed[] = [];
  for (const item of list) {
    const a = shortArray(item, 3);
    if (a === null || a.length !== 3) continue;
    const [i, source, on] = a;
    const named = Number.isInteger(i) ? t[i as number] : undefined;
    if (named === undefined || (source !== "i" && source !== "u") || (on !== 0 && on !== 1))
      continue;
    rules.push({
      id: named[0],
      text: named[1],
      source: source === "u" ? "user" : "inferred",
      enabled: on === 1,
    });
  }
  return rules;
}

/**
 * A stored check read back from a setting anyone may have written: null unless the shape is the
 * one {@link compactCheck} writes (version, sheet and A1 range, ISO time, arrays within
 * {@link STORED_LIMITS}); a finding or rule with a wrong type, a cell that is not A1, an unknown
 * message code or an out-of-range index is dropped, never repaired.
 *
 * @example expandCheck(await port.getSetting("zaisei.check.last"))?.findings.length
 */
export function expandCheck(value: unknown): StoredCheckData | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const c = value as Partial<Record<keyof CompactCheck, unknown>>;
  if (c.v !== 1) return null;
  const ref = shortArray(c.ref, 2);
  if (ref === null || !isText(ref[0], 31) || ref[0] === "" || !isRangeAddress(ref[1])) return null;
  if (typeof c.at !== "string" || !ISO_TIME.test(c.at) || Number.isNaN(Date.parse(c.at)))
    return null;
  const tList = shortArray(c.t, STORED_LIMITS.rules + STORED_LIMITS.findings);
  if (tList === null) return null;
  // A bad entry keeps its place (the indices after it stay right) but names nothing.
  const t: RuleTable = tList.map((item) => {
    const pair = shortArray(item, 2);
    return pair && isText(pair[0], 200) && isText(pair[1]) ? [pair[0], pair[1]] : undefined;
  });
  const rules = readRules(c.r, t);
  const list = shortArray(c.f, STORED_LIMITS.findings);
  if (rules === null || list === null) return null;
  const findings = list.map((f) => readFinding(f, t)).filter((f): f is Finding => f !== null);
  const check: StoredCheckData = {
    ref: { sheet: ref[0] as string, address: ref[1] as string },
    checkedAt: c.at,
    findings,
    rules,
  };
  if (Number.isInteger(c.o) && (c.o as number) > 0) check.omittedFindings = c.o as number;
  return check;
}
