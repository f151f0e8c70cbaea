import { readFileSync } from "fs";
import { join } from "path";
import { checkTable, compactCheck, expandCheck, STORED_LIMITS } from "../../../src/core/check";
import type { StoredCheckData } from "../../../src/core/check";
import { recognizeTable } from "../../../src/core/table";
import { MemoryWorkbook } from "../../../src/workbook/memory";

async function outlookCheck(): Promise<StoredCheckData> {
  const wb = await MemoryWorkbook.fromXlsx(
    readFileSync(join(__dirname, "../../../assets/samples/himi-peer-staffing.xlsx"))
  );
  const [sheet] = await wb.listSheets();
  const result = checkTable(recognizeTable((await wb.readUsedRange(sheet!))!));
  return {
    ref: { sheet: sheet!, address: "A1:K14" },
    checkedAt: "2026-12-01T09:30:00.000Z",
    findings: result.findings,
    rules: result.rules.map((r) => ({
      id: r.id,
      text: r.text,
      source: r.source,
      enabled: r.enabled,
    })),
  };
}

/** A JSON round trip: what a setting gives back. */
const stored = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

describe("compactCheck / expandCheck", () => {
  it("round-trips a check's findings and rules through JSON", async () => {
    const check = await outlookCheck();
    const back = expandCheck(stored(compactCheck(check)));
    expect(back).not.toBeNull();
    expect(stored(back)).toEqual(stored(check));
    expect(back!.findings[0]!.printed!.toFixed()).toBe(check.findings[0]!.printed!.toFixed());
  });

  it("stores each rule's text once", async () => {
    const check = await outlookCheck();
    const compact = compactCheck(check);
    const text = check.findings[0]!.rule.text;
    expect(JSON.stringify(compact).split(text).length - 1).toBe(1);
  });

  it("keeps at most the budget of findings and counts the rest", async () => {
    const check = await outlookCheck();
    const one = check.findings[0]!;
    const many = {
      ...check,
      findings: Array.from({ length: STORED_LIMITS.findings + 5 }, () => one),
    };
    const back = expandCheck(stored(compactCheck(many)))!;
    expect(back.findings).toHaveLength(STORED_LIMITS.findings);
    expect(back.omittedFindings).toBe(5);
  });

  it("drops a finding whose cells are not A1, whose figures are not decimals or whose code is unknown", async () => {
    const compact = stored(compactCheck(await outlookCheck())) as { f: unknown[] };
    const good = compact.f[0] as unknown[];
    const bad: unknown[] = [
      Object.assign([...good], { 2: '=HYPERLINK("x")' }),
      Object.assign([...good], { 2: "XFE1" }),
      Object.assign([...good], { 3: "G12,Sheet2!A1" }),
      Object.assign([...good], { 4: "1e5" }),
      Object.assign([...good], { 4: 290 }),
      Object.assign([...good], { 9: [999] }),
      Object.assign([...good], { 11: "cli.usage" }),
      Object.assign([...good], { 12: { cell: { toString: "x" } } }),
      Object.assign([...good], { 0: "macro" }),
      [...good, "extra"],
      "G12",
    ];
    compact.f = [good, ...bad];
    const back = expandCheck(compact)!;
    expect(back.findings.map((f) => f.address)).toEqual([good[2]]);
  });

  it("rejects the whole setting for a wrong version, sheet, range, time or a huge array", async () => {
    const compact = stored(compactCheck(await outlookCheck())) as Record<string, unknown>;
    const variants: Record<string, unknown>[] = [
      { v: 2 },
      { ref: ["", "A1:K14"] },
      { ref: ["s", "A1:K14:Z9"] },
      { ref: ["s", "R1C1"] },
      { at: "yesterday" },
      { f: Array.from({ length: STORED_LIMITS.findings + 1 }, () => 0) },
      { r: "all" },
    ];
    for (const change of variants) expect(expandCheck({ ...compact, ...change })).toBeNull();
    expect(expandCheck(null)).toBeNull();
    expect(expandCheck([compact])).toBeNull();
  });

  it("drops a rule entry that names nothing but keeps the others", async () => {
    const compact = stored(compactCheck(await outlookCheck())) as { r: unknown[] };
    const count = compact.r.length;
    compact.r.push([99_999, "i", 1], [0, "x", 1], [0, "u", true]);
    expect(expandCheck(compact)!.rules).toHaveLength(count);
  });
});
