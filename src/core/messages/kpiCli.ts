import type { MessageText } from "./types";

/** Messages of the CLI kpi command (kpiCli.*). Codes start with "kpiCli.". */
export const kpiCliMessages: Record<string, MessageText> = {};
