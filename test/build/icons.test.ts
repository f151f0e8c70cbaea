import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { manifestTools, repoRoot } from "./tools";

// The sizes the manifest declares: 16/32/80 ribbon, 32 IconUrl, 64 HighResolutionIconUrl,
// plus 128 for a store listing.
const SIZES = [16, 32, 64, 80, 128];

describe("assets/icon-*.png", () => {
  it.each(SIZES)("icon-%i.png is a %i px square PNG", (size) => {
    const png = manifestTools.readPngSize(join(repoRoot, "assets", `icon-${size}.png`));
    expect(png).toEqual({ width: size, height: size });
  });

  it("are exactly what scripts/make-icons.mjs draws", () => {
    const dir = mkdtempSync(join(tmpdir(), "zaisei-icons-"));
    try {
      const result = spawnSync(process.execPath, [join(repoRoot, "scripts/make-icons.mjs"), dir]);
      expect(result.status).toBe(0);
      for (const size of SIZES) {
        const name = `icon-${size}.png`;
        expect(
          readFileSync(join(dir, name)).equals(readFileSync(join(repoRoot, "assets", name)))
        ).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
