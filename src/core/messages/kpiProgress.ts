import type { MessageText } from "./types";

/** Messages of KPI progress, grading and 3E (kpiProgress.*). Codes start with "kpiProgress.". */
export const kpiProgressMessages: Record<string, MessageText> = {};
