import type { MessageText } from "./types";

/** Messages of the workbook area. Codes start with "workbook.". */
export const workbookMessages: Record<string, MessageText> = {};
