import type { MessageText } from "./types";

/** Messages of the ui area. Codes start with "ui.". */
export const uiMessages: Record<string, MessageText> = {};
