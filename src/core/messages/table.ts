import type { MessageText } from "./types";

/** Messages of the table area. Codes start with "table.". */
export const tableMessages: Record<string, MessageText> = {};
