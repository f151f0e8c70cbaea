import type { MessageText } from "./types";

/** Messages of KPI register recognition (kpiRegister.*). Codes start with "kpiRegister.". */
export const kpiRegisterMessages: Record<string, MessageText> = {};
