/**
 * `npm run bench`: every benchmark runs in this one process so each ratio compares against a
 * baseline measured under the same conditions. Benchmarks are never part of `npm test`.
 */
import { run as notation } from "./notation";
import { run as excelSync } from "./excel-sync";
import { run as indicators } from "./indicators";
import { run as table } from "./table";
import { run as cli } from "./cli";
import { run as check } from "./check";

type Bench = () => string[] | Promise<string[]>;

const benches: [string, Bench][] = [
  ["notation parsing", notation],
  ["Excel adapter round trips", excelSync],
  ["fiscal indicators", indicators],
  ["table recognition", table],
  ["table check (検算) vs HyperFormula", check],
  ["CLI on large workbooks (child process)", cli],
];

async function main(): Promise<void> {
  for (const [name, bench] of benches) {
    console.log(`\n## ${name}`);
    for (const line of await bench()) console.log(line);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
