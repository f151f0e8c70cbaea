import type { MessageText } from "./types";

/** Messages of the calendar area. Codes start with "calendar.". */
export const calendarMessages: Record<string, MessageText> = {};
