import type { MessageText } from "./types";

/** Messages of the functions area. Codes start with "functions.". */
export const functionsMessages: Record<string, MessageText> = {};
