import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatMessage, type Language } from "../../src/core/messages";
import {
  FEATURE_IDS,
  FEATURE_REQUIREMENTS,
  OFFICE_PROFILES,
  detectCapabilities,
  profileIsSetSupported,
} from "../../src/workbook/capabilities";

const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");

const version = (minor: number | null) => (minor === null ? "—" : `1.${minor}`);

/** The README's requirement-set table in one language, as OFFICE_PROFILES and detection give it. */
function expectedTable(lang: Language): string[] {
  const head =
    lang === "ja"
      ? "| Office（`?office=`） | ExcelApi | CustomFunctionsRuntime | SharedRuntime | 使えない機能 |"
      : "| Office (`?office=`) | ExcelApi | CustomFunctionsRuntime | SharedRuntime | Features that cannot run |";
  const rows = OFFICE_PROFILES.map((p) => {
    const c = detectCapabilities(profileIsSetSupported(p), "excel");
    const missing = FEATURE_IDS.filter((id) => !c.features[id].available);
    const cannot = !c.features.readTables.available
      ? lang === "ja"
        ? "すべて（ExcelApi 1.4 がないためアドインが起動しません）"
        : "everything (without ExcelApi 1.4 the add-in does not start)"
      : missing.length === 0
        ? lang === "ja"
          ? "なし"
          : "none"
        : missing
            .map((id) => formatMessage(`capabilities.feature.${id}`, lang))
            .join(lang === "ja" ? "、" : "; ");
    return `| ${p.name} (\`${p.id}\`) | ${version(p.excelApi)} | ${version(p.customFunctionsRuntime)} | ${version(p.sharedRuntime)} | ${cannot} |`;
  });
  return [head, "| --- | --- | --- | --- | --- |", ...rows];
}

/** The README's table of features and the sets each needs (FEATURE_REQUIREMENTS). */
function featureTable(lang: Language): string[] {
  const head =
    lang === "ja" ? "| 機能 | 必要な要件セット |" : "| Feature | Requirement sets it needs |";
  const rows = FEATURE_IDS.map((id) => {
    const sets = [...new Set(FEATURE_REQUIREMENTS[id].map((s) => `${s.name} ${s.version}`))];
    return `| ${formatMessage(`capabilities.feature.${id}`, lang)} | ${sets.join(", ")} |`;
  });
  return [head, "| --- | --- |", ...rows];
}

/** The table lines right after the marker comment in the README. */
function readmeTable(marker: string): string[] {
  const at = readme.indexOf(marker);
  if (at < 0) return [];
  const lines = readme.slice(at + marker.length).split("\n");
  const start = lines.findIndex((l) => l.startsWith("|"));
  const table: string[] = [];
  for (const line of lines.slice(start)) {
    if (!line.startsWith("|")) break;
    table.push(line);
  }
  return table;
}

/** Prettier realigns markdown tables; compare cell texts, not padding. */
const cells = (lines: string[]) =>
  lines.map((l) =>
    l
      .split(/(?<!\\)\|/)
      .slice(1, -1)
      .map((c) =>
        c
          .trim()
          .replace(/\\(.)/g, "$1")
          .replace(/^:?-+:?$/, "---")
      )
  );

describe("README — 要件セットと Office のバージョン", () => {
  it.each(["ja", "en"] as const)(
    "has the %s table as OFFICE_PROFILES and detectCapabilities give it",
    (lang) => {
      const marker = `<!-- requirement-sets-table:${lang} -->`;
      expect(cells(readmeTable(marker))).toEqual(cells(expectedTable(lang)));
    }
  );

  it.each(["ja", "en"] as const)("has the %s table of features and their sets", (lang) => {
    const marker = `<!-- feature-sets-table:${lang} -->`;
    expect(cells(readmeTable(marker))).toEqual(cells(featureTable(lang)));
  });

  it("sits under the heading the deployment guide links to", () => {
    expect(readme).toContain(
      "### 要件セットと Office のバージョン / Requirement sets and Office versions"
    );
  });
});
