import { readFile, stat } from "node:fs/promises";
import { formatMessage } from "../core/messages";
import type { Issue, Language } from "../core/messages";
import type { CheckReport, CheckRuleSettings } from "../workflows";
import { MAX_RULE_TEXT, MAX_SAVED_RULES } from "../workflows";
import { CliError } from "./cli-error";
import { fileError, isErrno } from "./load-workbook";

/** Largest rules file read: a thousand long rules fit many times over. */
export const MAX_RULES_FILE_BYTES = 1024 * 1024;

/** A rules file read: the settings, and the line each rule and each `off:` came from. */
export interface RulesFile {
  file: string;
  settings: CheckRuleSettings;
  /** Line number (1-based) of each user rule, in the order of `settings.userRules`. */
  ruleLines: number[];
  /** Line number of each disabled id, in the order of `settings.disabledRules`. */
  offLines: number[];
}

const OFF = /^off\s*:\s*(.*)$/i;

/**
 * Parses a rules file: one rule per line in the checker's syntax (core parseRule), blank lines
 * and lines starting with `#` ignored, `off: <rule id>` switching an inferred rule off. The rules
 * themselves are checked against the table later ({@link rulesFileProblem}).
 *
 * @example parseRulesFile("r.txt", "# 見通し\n歳入合計 = 市税 + 地方交付税\noff: sum:A16\n")
 */
export function parseRulesFile(file: string, text: string): RulesFile {
  const settings: CheckRuleSettings = { userRules: [], disabledRules: [] };
  const ruleLines: number[] = [];
  const offLines: number[] = [];
  const lines = text.replace(/^\ufeff/, "").split(/\r\n|\n|\r/);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    if (line.length > MAX_RULE_TEXT)
      throw new CliError({
        code: "cli.ruleTooLong",
        params: { file, line: i + 1, limit: MAX_RULE_TEXT },
      });
    const off = OFF.exec(line);
    if (off) {
      const id = off[1]!.trim();
      if (id === "")
        throw new CliError({ code: "cli.ruleOffWithoutId", params: { file, line: i + 1 } });
      settings.disabledRules.push(id);
      offLines.push(i + 1);
    } else {
      settings.userRules.push(line);
      ruleLines.push(i + 1);
    }
  });
  if (settings.userRules.length + settings.disabledRules.length > MAX_SAVED_RULES)
    throw new CliError({ code: "cli.tooManyRules", params: { file, limit: MAX_SAVED_RULES } });
  return { file, settings, ruleLines, offLines };
}

/**
 * Reads and parses the rules file of `check --rules FILE`; every way the file can be wrong is a
 * {@link CliError} (exit 2), the file-system ones worded as for the workbook.
 */
export async function readRulesFile(file: string): Promise<RulesFile> {
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new CliError({ code: "cli.notAFile", params: { file } });
    if (info.size > MAX_RULES_FILE_BYTES)
      throw new CliError({
        code: "cli.rulesFileTooLarge",
        params: { file, size: info.size, limit: MAX_RULES_FILE_BYTES },
      });
    bytes = await readFile(file);
  } catch (error) {
    if (isErrno(error)) throw fileError(file, error);
    throw error;
  }
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  if (text.includes("\ufffd") || bytes.includes(0))
    throw new CliError({ code: "cli.rulesFileNotText", params: { file } });
  return parseRulesFile(file, text);
}

/**
 * The first problem of a rules file once the table is known: a rule the checker cannot read
 * (its line and the position inside it, from core's message), or an `off:` naming no rule of
 * the table. Null when every line was used.
 */
export function rulesFileProblem(
  rules: RulesFile,
  report: CheckReport,
  lang: Language
): Issue | null {
  const problems: { line: number; issue: Issue }[] = [];
  for (const { rule, issue } of report.result.ruleIssues) {
    const i = rules.settings.userRules.indexOf(rule);
    if (i >= 0)
      problems.push({
        line: rules.ruleLines[i]!,
        issue: {
          code: "cli.badRule",
          params: {
            file: rules.file,
            line: rules.ruleLines[i]!,
            detail: formatMessage(issue, lang),
          },
        },
      });
  }
  const ids = new Set(report.result.rules.map((r) => r.id));
  rules.settings.disabledRules.forEach((id, i) => {
    if (!ids.has(id))
      problems.push({
        line: rules.offLines[i]!,
        issue: {
          code: "cli.unknownRuleId",
          params: { file: rules.file, line: rules.offLines[i]!, id },
        },
      });
  });
  problems.sort((a, b) => a.line - b.line);
  return problems[0]?.issue ?? null;
}
