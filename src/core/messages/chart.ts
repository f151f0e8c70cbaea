import type { MessageText } from "./types";

/** Messages of chart plans and previews (chart.*). Codes start with "chart.". */
export const chartMessages: Record<string, MessageText> = {};
