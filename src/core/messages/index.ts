import type { Issue, Language, MessageText } from "./types";
import { notationMessages } from "./notation";
import { calendarMessages } from "./calendar";
import { tableMessages } from "./table";
import { functionMessages } from "./functions";
import { workbookMessages } from "./workbook";
import { cliMessages } from "./cli";
import { uiMessages } from "./ui";
import { checkMessages } from "./check";
import { checkPaperMessages } from "./checkPaper";
import { kpiRegisterMessages } from "./kpiRegister";
import { kpiProgressMessages } from "./kpiProgress";
import { chartMessages } from "./chart";
import { kpiPaneMessages } from "./kpiPane";
import { kpiCliMessages } from "./kpiCli";
import { capabilitiesMessages } from "./capabilities";
import { writtenValuesMessages } from "./writtenValues";

export type { Issue, Language, MessageText } from "./types";

/**
 * The one message catalogue. Each area keeps its part in its own file so that work on one area
 * does not collide with another; codes are unique across parts (a test checks it).
 */
export const MESSAGE_PARTS: Record<string, Record<string, MessageText>> = {
  notation: notationMessages,
  calendar: calendarMessages,
  table: tableMessages,
  functions: functionMessages,
  workbook: workbookMessages,
  cli: cliMessages,
  ui: uiMessages,
  check: checkMessages,
  checkPaper: checkPaperMessages,
  kpiRegister: kpiRegisterMessages,
  kpiProgress: kpiProgressMessages,
  chart: chartMessages,
  kpiPane: kpiPaneMessages,
  kpiCli: kpiCliMessages,
  capabilities: capabilitiesMessages,
  writtenValues: writtenValuesMessages,
};

export const MESSAGES: Record<string, MessageText> = {};
for (const part of Object.values(MESSAGE_PARTS)) Object.assign(MESSAGES, part);

/**
 * Renders a message in the given language, filling `{name}` placeholders.
 *
 * @example formatMessage({ code: "notation.ambiguousParentheses", params: { text: "(123)" } }, "ja")
 */
export function formatMessage(issue: Issue | string, lang: Language = "ja"): string {
  const { code, params } = typeof issue === "string" ? { code: issue, params: undefined } : issue;
  const entry = MESSAGES[code];
  if (!entry) throw new Error(`unknown message code: ${code}`);
  return entry[lang].replace(/\{(\w+)\}/g, (m, name: string) =>
    params && name in params ? String(params[name]) : m
  );
}
