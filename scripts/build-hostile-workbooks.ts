/**
 * `npx tsx scripts/build-hostile-workbooks.ts [dir]`: writes the hostile-input workbooks the CLI
 * tests use (test/cli/hostile-workbooks.ts) into a folder, to open them in Excel or feed them to
 * `npm run zaisei -- inspect`. Includes the large ones: 130,000 rows and 140,000 unreadable cells.
 */
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildHostileWorkbooks, largeWorkbook } from "../test/cli/hostile-workbooks";

async function main(): Promise<void> {
  const arg = process.argv[2];
  const dir = arg === undefined ? mkdtempSync(join(tmpdir(), "zaisei-hostile-")) : resolve(arg);
  mkdirSync(dir, { recursive: true });
  const files = await buildHostileWorkbooks(dir);
  files.rows130k = await largeWorkbook(dir, "rows-130k.xlsx", { rows: 130_000, cols: 4 });
  files.unreadable140k = await largeWorkbook(dir, "unreadable-140k.xlsx", {
    rows: 70_000,
    cols: 3,
    unreadable: true,
  });
  for (const [name, file] of Object.entries(files)) console.log(`${name}\t${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
