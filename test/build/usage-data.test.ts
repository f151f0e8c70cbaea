import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./tools";

/** Every installed copy of a package: hoisted or nested under another package's node_modules. */
function installedCopies(name: string, dir = join(repoRoot, "node_modules")): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const entry of readdirSync(dir)) {
    if (entry.startsWith(".")) continue;
    const packages = entry.startsWith("@")
      ? readdirSync(join(dir, entry)).map((n) => join(dir, entry, n))
      : [join(dir, entry)];
    for (const pkg of packages) {
      if (pkg.endsWith(join("node_modules", name))) found.push(pkg);
      found.push(...installedCopies(name, join(pkg, "node_modules")));
    }
  }
  return found;
}

interface UsageData {
  readUsageDataLevel(groupName: string): string;
  OfficeAddinUsageData: new (options: Record<string, unknown>) => { getUsageDataLevel(): string };
}

// A municipal tool must not phone home: the Office-Addin-Scripts tools report through
// office-addin-usage-data, so every copy of it must answer "off".
describe("office-addin-usage-data", () => {
  const copies = installedCopies("office-addin-usage-data");

  it("is installed (office-addin-manifest and office-addin-dev-certs depend on it)", () => {
    expect(copies.length).toBeGreaterThan(0);
  });

  it.each(copies.map((c) => [c.slice(repoRoot.length + 1)]))(
    "%s reports usage data off",
    (copy) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const usage = require(join(repoRoot, copy)) as UsageData;
      expect(usage.readUsageDataLevel("office-addin-usage-data")).toBe("off");
      const reporter = new usage.OfficeAddinUsageData({
        projectName: "zaisei-toolkit-test",
        instrumentationKey: "00000000-0000-0000-0000-000000000000",
        raisePrompt: false,
        usageDataLevel: "on",
      });
      expect(reporter.getUsageDataLevel()).toBe("off");
    }
  );
});
