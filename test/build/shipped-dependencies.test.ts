import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The registry reached from here does not answer `npm audit`, so the dependencies that ship
 * (production tree: exceljs for the CLI and the browser host, React, Fluent, decimal.js) are held
 * to the patched versions of the advisories known to affect them. A lockfile change that brings
 * back a vulnerable version fails here.
 */
const PATCHED: [name: string, minimum: string, advisory: string][] = [
  ["tmp", "0.2.4", "GHSA-52f5-9888-hmc6 (high): symlink write outside the temp dir"],
  ["minimatch", "3.1.4", "ReDoS in minimatch ≤ 3.1.3 (high), reached via archiver"],
  ["fstream", "1.0.12", "CVE-2019-13173 (high): arbitrary file overwrite"],
  ["minimist", "1.2.6", "CVE-2021-44906 (critical): prototype pollution"],
  ["jszip", "3.8.0", "CVE-2022-48285: path traversal on load"],
  ["brace-expansion", "1.1.12", "CVE-2025-5889: ReDoS"],
];

function compare(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

interface LockPackage {
  version?: string;
  dev?: boolean;
}

const lock = JSON.parse(readFileSync(join(__dirname, "../../package-lock.json"), "utf8")) as {
  packages: Record<string, LockPackage>;
};

describe("shipped dependencies", () => {
  it.each(PATCHED)("keeps every shipped copy of %s at or above %s (%s)", (name, minimum) => {
    const shipped = Object.entries(lock.packages).filter(
      ([path, pkg]) => path.endsWith(`node_modules/${name}`) && !pkg.dev && pkg.version
    );
    expect(shipped.length).toBeGreaterThan(0);
    for (const [path, pkg] of shipped) {
      expect({ path, ok: compare(pkg.version!, minimum) >= 0 }).toEqual({ path, ok: true });
    }
  });

  it("ships no SheetJS xlsx (prototype-pollution and ReDoS advisories on the registry's 0.18.5)", () => {
    expect(lock.packages["node_modules/xlsx"]).toBeUndefined();
  });
});
