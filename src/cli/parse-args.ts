import type { Language } from "../core/messages";
import { CliError } from "./cli-error";

export type CommandName = "inspect" | "check" | "kpi" | "calc" | "help" | "version";

export interface ParsedArgs {
  command: CommandName;
  /** Arguments that are not options, after the command name. */
  positional: string[];
  sheet?: string;
  range?: string;
  /** `check --rules FILE`: the rules file replacing the rules saved in the workbook. */
  rules?: string;
  /** `kpi --year R8`: the evaluation year as written (R8, 令和8年度, 2026). */
  year?: string;
  json: boolean;
  lang: Language;
}

/** Options each command accepts; a value option takes the next argument or `--opt=value`. */
const VALUE_OPTIONS: Record<string, readonly CommandName[]> = {
  "--sheet": ["inspect", "check", "kpi"],
  "--range": ["inspect", "check"],
  "--rules": ["check"],
  "--year": ["kpi"],
  "--lang": ["inspect", "check", "kpi", "calc", "help", "version"],
};
const FLAG_OPTIONS: Record<string, readonly CommandName[]> = {
  "--json": ["inspect", "check", "kpi", "calc"],
};
const COMMANDS: Record<string, CommandName> = {
  inspect: "inspect",
  check: "check",
  kpi: "kpi",
  calc: "calc",
  help: "help",
  "--help": "help",
  "-h": "help",
  "--version": "version",
  "-V": "version",
};

/**
 * The language for messages, found before anything else is parsed so that even an error about
 * the first argument is shown in the language the user asked for. Japanese unless `--lang en`.
 *
 * @example detectLanguage(["inspect", "a.xlsx", "--lang", "en"]) // "en"
 */
export function detectLanguage(argv: readonly string[]): Language {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (i < 0) return "ja";
  const value = argv[i]!.includes("=") ? argv[i]!.slice("--lang=".length) : argv[i + 1];
  return value === "en" ? "en" : "ja";
}

/** "-1+2" or "-5" is a negative figure (a formula for calc), not an option. */
function looksLikeOption(arg: string): boolean {
  return arg.startsWith("-") && !/^-[\d.]/.test(arg) && arg !== "-";
}

/**
 * Parses the arguments after `zaisei` (process.argv.slice(2)). Throws {@link CliError} for an
 * unknown command or option, a missing option value or a bad --lang.
 *
 * @example parseArgs(["inspect", "a.xlsx", "--sheet", "表1", "--json"]).sheet // "表1"
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const first = argv[0];
  if (first === undefined) return { command: "help", positional: [], json: false, lang: "ja" };
  const command = COMMANDS[first];
  if (command === undefined) {
    throw new CliError(
      looksLikeOption(first)
        ? { code: "cli.unknownOption", params: { option: first } }
        : { code: "cli.unknownCommand", params: { command: first } }
    );
  }
  const parsed: ParsedArgs = { command, positional: [], json: false, lang: "ja" };
  let onlyPositional = false;
  for (let i = 1; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (onlyPositional || !looksLikeOption(arg)) {
      parsed.positional.push(arg);
      continue;
    }
    if (arg === "--") {
      onlyPositional = true;
      continue;
    }
    const [name, inline] = arg.includes("=")
      ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
      : [arg, undefined];
    if (FLAG_OPTIONS[name]?.includes(command) && inline === undefined) {
      parsed.json = true;
      continue;
    }
    if (!VALUE_OPTIONS[name]?.includes(command))
      throw new CliError({ code: "cli.unknownOption", params: { option: arg } });
    const value = inline ?? argv[i + 1];
    if (value === undefined || (inline === undefined && looksLikeOption(value))) {
      throw new CliError({ code: "cli.missingValue", params: { option: name } });
    }
    if (inline === undefined) i += 1;
    if (name === "--lang") {
      if (value !== "ja" && value !== "en")
        throw new CliError({ code: "cli.badLanguage", params: { lang: value } });
      parsed.lang = value;
    } else if (name === "--sheet") parsed.sheet = value;
    else if (name === "--rules") parsed.rules = value;
    else if (name === "--year") parsed.year = value;
    else parsed.range = value;
  }
  return parsed;
}
