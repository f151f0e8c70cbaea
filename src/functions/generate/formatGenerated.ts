import { execFileSync } from "node:child_process";

/**
 * Formats a generated file with the project's Prettier settings, so that `npm run prettier`
 * leaves generated files alone and the "up to date" tests compare like with like. Prettier 3 runs
 * in a child process: its API needs dynamic import(), which jest's CommonJS runtime refuses.
 * Node-only (build scripts and tests); nothing in the add-in bundle imports it.
 *
 * @example formatGenerated("src/functions/functions.ts", source)
 */
export function formatGenerated(filepath: string, text: string): string {
  const bin = require.resolve("prettier/bin/prettier.cjs");
  return execFileSync(process.execPath, [bin, "--stdin-filepath", filepath], {
    input: text,
    encoding: "utf8",
  });
}
