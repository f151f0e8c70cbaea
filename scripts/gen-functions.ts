/**
 * Writes src/functions/functions.ts and src/functions/functions-ja-localization.json from the
 * catalogue (src/core/catalogue FUNCTIONS), formatted with the project's Prettier settings.
 * Run: npx tsx scripts/gen-functions.ts
 * test/functions/generated.test.ts fails when the committed files differ from what this writes.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { FUNCTIONS } from "../src/core/catalogue";
import { formatGenerated } from "../src/functions/generate/formatGenerated";
import { renderFunctionsSource } from "../src/functions/generate/renderFunctionsSource";
import { renderJaLocalization } from "../src/functions/generate/renderJaLocalization";

function main(): void {
  const root = join(__dirname, "..");
  const outputs: [string, string][] = [
    ["src/functions/functions.ts", renderFunctionsSource(FUNCTIONS)],
    ["src/functions/functions-ja-localization.json", renderJaLocalization(FUNCTIONS)],
  ];
  for (const [path, text] of outputs) {
    const file = join(root, path);
    writeFileSync(file, formatGenerated(file, text), "utf8");
    console.log(`wrote ${path} (${FUNCTIONS.length} functions)`);
  }
}

main();
