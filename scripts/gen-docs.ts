/**
 * Writes docs/functions.md from the catalogue (src/core/catalogue FUNCTIONS), formatted with the
 * project's Prettier settings. Run: npx tsx scripts/gen-docs.ts
 * test/functions/docs.test.ts fails when the committed file is stale.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FUNCTIONS } from "../src/core/catalogue";
import { formatGenerated } from "../src/functions/generate/formatGenerated";
import { renderFunctionsDoc } from "../src/functions/generate/renderFunctionsDoc";

function main(): void {
  const root = join(__dirname, "..");
  const file = join(root, "docs/functions.md");
  mkdirSync(join(root, "docs"), { recursive: true });
  writeFileSync(file, formatGenerated(file, renderFunctionsDoc(FUNCTIONS)), "utf8");
  console.log(`wrote docs/functions.md (${FUNCTIONS.length} functions)`);
}

main();
