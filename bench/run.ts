/**
 * `npm run bench`: every benchmark runs in this one process so each ratio compares against a
 * baseline measured under the same conditions. Benchmarks are never part of `npm test`.
 * `npm run bench -- memory` runs only the benchmarks whose name contains "memory".
 */
import { run as notation } from "./notation";
import { run as excelSync } from "./excel-sync";
import { run as indicators } from "./indicators";
import { run as table } from "./table";
import { run as cli } from "./cli";
import { run as tableMemory } from "./table-memory";
import { run as check } from "./check";
import { run as kpi } from "./kpi";

type Bench = () => string[] | Promise<string[]>;

const benches: [string, Bench][] = [
  ["notation parsing", notation],
  ["Excel adapter round trips", excelSync],
  ["fiscal indicators", indicators],
  ["table recognition", table],
  ["table recognition memory per cell (child process)", tableMemory],
  ["table check (検算) vs HyperFormula", check],
  ["KPI進捗 for 1,000 indicators", kpi],
  ["CLI on large workbooks (child process)", cli],
];

async function main(): Promise<void> {
  const only = process.argv[2];
  for (const [name, bench] of benches) {
    if (only !== undefined && !name.includes(only)) continue;
    console.log(`\n## ${name}`);
    for (const line of await bench()) console.log(line);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
