import type { MessageText } from "./types";

/** Messages of the value-writing workflow and its pane section (writtenValues.*). */
export const writtenValuesMessages: Record<string, MessageText> = {};
