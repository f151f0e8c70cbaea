import { readFileSync } from "node:fs";
import { join } from "node:path";
import { manifestTools, repoRoot } from "./tools";

const { validateManifest, toProductionManifest } = manifestTools;
const manifest = readFileSync(join(repoRoot, "manifest.xml"), "utf8");

/** Applies one textual change and fails loudly if the text to change is not there. */
function changed(find: string | RegExp, replace: string): string {
  const result = manifest.replace(find, replace);
  if (result === manifest) throw new Error(`test setup: ${String(find)} not found in manifest.xml`);
  return result;
}

const english = (xml: string) =>
  validateManifest(xml, { webRoot: repoRoot }).map((p: { en: string }) => p.en);

describe("validateManifest — requirement sets", () => {
  it("accepts the real manifest: base ExcelApi 1.4, VersionOverrides SharedRuntime + CustomFunctionsRuntime", () => {
    expect(english(manifest)).toEqual([]);
    expect(
      validateManifest(toProductionManifest(manifest, "https://zaisei.test/"), {
        webRoot: repoRoot,
        production: true,
      })
    ).toEqual([]);
  });

  it("refuses custom-function sets in the base requirements (the add-in would not open at all)", () => {
    const xml = changed(
      '<Set Name="ExcelApi" MinVersion="1.4" />',
      '<Set Name="ExcelApi" MinVersion="1.4" /><Set Name="CustomFunctionsRuntime" MinVersion="1.1" />'
    );
    expect(english(xml)).toEqual([
      "the base manifest's requirements must be exactly ExcelApi 1.4 (found: CustomFunctionsRuntime 1.1, ExcelApi 1.4)",
    ]);
  });

  it("refuses a base requirement higher than ExcelApi 1.4", () => {
    expect(
      english(
        changed(
          '<Set Name="ExcelApi" MinVersion="1.4" />',
          '<Set Name="ExcelApi" MinVersion="1.9" />'
        )
      )
    ).toEqual([
      "the base manifest's requirements must be exactly ExcelApi 1.4 (found: ExcelApi 1.9)",
    ]);
  });

  it("refuses VersionOverrides without CustomFunctionsRuntime, or without a Requirements at all", () => {
    expect(
      english(changed(/\s*<bt:Set Name="CustomFunctionsRuntime" MinVersion="1.1" \/>/, ""))
    ).toEqual([
      "the VersionOverrides' requirements must be exactly CustomFunctionsRuntime 1.1, SharedRuntime 1.1 (found: SharedRuntime 1.1)",
    ]);
    expect(english(changed(/\s*<Requirements>\s*<bt:Sets[\s\S]*?<\/Requirements>/, ""))).toEqual([
      "the VersionOverrides' requirements must be exactly CustomFunctionsRuntime 1.1, SharedRuntime 1.1 (found: none)",
    ]);
  });

  it("reads the Sets' DefaultMinVersion for a Set without MinVersion", () => {
    const xml = changed(
      '<bt:Set Name="SharedRuntime" MinVersion="1.1" />',
      '<bt:Set Name="SharedRuntime" />'
    );
    expect(english(xml)).toEqual([]);
  });

  it("refuses the VersionOverrides' Requirements after its Hosts (the schema's order)", () => {
    const block = /\s*<Requirements>\s*<bt:Sets[\s\S]*?<\/Requirements>/.exec(manifest)![0];
    const xml = changed(block, "").replace(
      "</Hosts>\n    <Resources>",
      `</Hosts>${block}\n    <Resources>`
    );
    expect(english(xml)).toEqual(["the VersionOverrides' Requirements must come before its Hosts"]);
  });
});
