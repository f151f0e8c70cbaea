import type { MessageText } from "./types";

/** Messages of the 「このExcelで使える機能」 panel and the disabled features (capabilities.*). */
export const capabilitiesMessages: Record<string, MessageText> = {};
