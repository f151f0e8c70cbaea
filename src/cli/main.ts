import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatMessage, MESSAGES } from "../core/messages";
import type { Issue, Language } from "../core/messages";
import { WorkbookError } from "../workbook/port";
import { CliError, EXIT } from "./cli-error";
import { detectLanguage, parseArgs } from "./parse-args";
import { streamFailure, watchBrokenPipe, type Output } from "./output";
import { escapeForTerminal } from "./terminal-text";
import { inspectCommand } from "./inspect-command";
import { calcCommand } from "./calc-command";
import { checkCommand } from "./check-command";
import { kpiCommand } from "./kpi-command";

export type { Output } from "./output";
export { EXIT } from "./cli-error";

/** The package version; src/cli and lib/cli both sit two folders below package.json. */
function version(): string {
  const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as {
    version: string;
  };
  return pkg.version;
}

/**
 * Runs `zaisei` with the arguments after the program name and returns the exit code
 * (0 ok, 1 formula error, check findings or KPI rows needing attention, 2 bad input, 3 internal error). Errors are one line on stderr, in
 * Japanese unless `--lang en`. Never calls process.exit, so tests and bin/zaisei.js share it.
 *
 * @example process.exitCode = await main(process.argv.slice(2));
 */
export async function main(argv: string[], io: Output = process): Promise<number> {
  const lang = detectLanguage(argv);
  watchBrokenPipe(io.stdout);
  const code = await run(argv, io, lang);
  const failure = streamFailure(io.stdout);
  if (failure === undefined) return code;
  io.stderr.write(
    `${render({ code: "cli.unexpected", params: { detail: failure.message } }, lang)}\n`
  );
  return EXIT.internal;
}

/** A message for stderr: every text from outside (file, sheet and cell names) escaped. */
function render(issue: Issue, lang: Language): string {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(issue.params ?? {}))
    params[key] = typeof value === "string" ? escapeForTerminal(value) : value;
  return formatMessage({ code: issue.code, params }, lang);
}

async function run(argv: string[], io: Output, lang: Language): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.command === "help") {
      io.stdout.write(
        `${formatMessage("cli.usage", "ja")}\n\n${formatMessage("cli.usage", "en")}\n`
      );
      return EXIT.ok;
    }
    if (args.command === "version") {
      io.stdout.write(`zaisei ${version()}\n`);
      return EXIT.ok;
    }
    if (args.command === "check") return await checkCommand(args, io);
    if (args.command === "kpi") return await kpiCommand(args, io);
    return args.command === "inspect" ? await inspectCommand(args, io) : calcCommand(args, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`${render(error.issue, lang)}\n`);
      return error.exitCode;
    }
    // A port failure the user can act on (a range too large to read…) has its own message.
    if (error instanceof WorkbookError && MESSAGES[error.code]) {
      io.stderr.write(`${render({ code: error.code, params: error.params }, lang)}\n`);
      return EXIT.badInput;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr.write(`${render({ code: "cli.unexpected", params: { detail } }, lang)}\n`);
    return EXIT.internal;
  }
}

// Process glue only when this file is the program (`tsx src/cli/main.ts`); bin/zaisei.js
// requires the compiled module and calls main itself.
if (typeof require !== "undefined" && typeof module !== "undefined" && require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
