import type { MessageText } from "./types";

/** Messages of the notation area. Codes start with "notation.". */
export const notationMessages: Record<string, MessageText> = {};
