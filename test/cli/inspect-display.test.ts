import { join, resolve } from "node:path";
import { main } from "../../src/cli/main";
import type { InspectionJson } from "../../src/cli/inspection-json";

const repoRoot = resolve(__dirname, "..", "..");
const sample = (name: string) => join(repoRoot, "assets", "samples", name);

async function run(...argv: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = "";
  const code = await main(argv, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: () => undefined },
  });
  return { code, stdout };
}

async function json(name: string): Promise<InspectionJson> {
  const { code, stdout } = await run("inspect", sample(name), "--json");
  expect(code).toBe(0);
  return JSON.parse(stdout) as InspectionJson;
}

const row = (j: InspectionJson, label: string) => {
  const found = j.rows.find((r) => r.label === label);
  if (!found) throw new Error(`no row ${label}`);
  return found;
};

// Expected figures: data/himi-fiscal-outlook.tsv (printed 11.3, 12.0, 43.0; 単位:百万円).
describe("inspect on the fiscal outlook sample", () => {
  it("keeps exact values and adds the figures as shown, with the row units", async () => {
    const j = await json("himi-fiscal-outlook.xlsx");
    const debt = row(j, "実質公債費比率");
    expect([debt.unit, debt.values[0], debt.display[0]]).toEqual(["%", "11.3", "11.3"]);
    expect([debt.values[1], debt.display[1]]).toEqual(["12", "12.0"]); // 令和3年度
    const burden = row(j, "将来負担比率");
    expect([burden.unit, burden.values[6], burden.display[6]]).toEqual(["%", "43", "43.0"]); // 令和8年度
    const people = row(j, "人口(国勢調査ベース)");
    expect([people.unit, people.display[0]]).toEqual(["人", "43,995"]);
    const tax = row(j, "市税");
    expect([tax.unit, tax.values[0], tax.display[0]]).toEqual(["百万円", "5159", "5,159"]);
    expect(row(j, "収支差引額(A-B)").display[0]).toBe("△65");
    expect(row(j, "減債基金への積立").display[0]).toBe(""); // blank, not zero
  });

  it("prints the ratio rows with their decimals and their unit beside the label", async () => {
    const { stdout } = await run("inspect", sample("himi-fiscal-outlook.xlsx"));
    expect(stdout).toMatch(/実質公債費比率 +% +11\.3 +12\.0 /);
    expect(stdout).toMatch(/将来負担比率 +% +63\.8 +52\.6 +43\.2 +36\.4 +36\.8 +39\.0 +43\.0 /);
    expect(stdout).toMatch(/人口\(国勢調査ベース\) +人 +43,995/);
    expect(stdout).toMatch(/市税 +5,159/);
  });
});

// Expected figures: data/himi-peer-staffing.tsv (福岡県 大川市: 33.0, 0.53, 57.45; 笠岡市 62.60).
describe("inspect on the staffing sample", () => {
  it("shows each column's printed decimals", async () => {
    const j = await json("himi-peer-staffing.xlsx");
    const okawa = row(j, "福岡県 大川市");
    expect(okawa.values.slice(1, 4)).toEqual(["33940", "33", "0.53"]);
    expect(okawa.display.slice(1, 4)).toEqual(["33,940", "33.0", "0.53"]);
    expect(row(j, "岡山県 笠岡市").display[5]).toBe("62.60");
    expect(row(j, "比較(氷見市 - 平均)").display[3]).toBe("△0.09");
    const { stdout } = await run("inspect", sample("himi-peer-staffing.xlsx"));
    expect(stdout).toMatch(/福岡県 大川市 +I-2 +33,940 +33\.0 +0\.53 /);
  });
});

// Sources: data/himi-kpi-register.tsv, data/tomakomai-kpi-register.tsv (No + 指標, else 項目名).
describe("inspect on the KPI register samples", () => {
  it.each([
    ["himi-kpi-register.xlsx", 36, "1 現年度収納率"],
    ["tomakomai-kpi-register.xlsx", 98, "1 返礼品拡大の補助制度等導入"],
  ])("labels every row of %s", async (name, count, first) => {
    const j = await json(name);
    expect(j.rowLabels).toHaveLength(count);
    expect(j.rowLabels.filter((l) => l === "")).toEqual([]);
    expect(j.rowLabels[0]).toBe(first);
  });

  it("still finds the R7計画…R11計画 years of the 苫小牧 register, then its （例示） year columns", async () => {
    const j = await json("tomakomai-kpi-register.xlsx");
    expect(j.fiscalYears.slice(0, 5)).toEqual([2025, 2026, 2027, 2028, 2029]);
    expect(j.yearLabels.slice(5, 7)).toEqual(["R7実績（例示）", "R8実績（例示）"]);
    expect(j.rowLabels).toContain("53 自治体情報システムの標準化・共通化");
  });
});
