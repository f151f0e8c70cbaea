import type { MessageText } from "./types";

/** Messages of the KPI tab of the task pane (kpiPane.*). Codes start with "kpiPane.". */
export const kpiPaneMessages: Record<string, MessageText> = {};
