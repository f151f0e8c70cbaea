import type { MessageText } from "./types";

/** Messages of the cli area. Codes start with "cli.". */
export const cliMessages: Record<string, MessageText> = {};
