import type { MessageText } from "./types";

/** Messages of the table area. Codes start with "table.". */
export const tableMessages: Record<string, MessageText> = {
  "table.noData": {
    ja: "範囲に表のデータ（見出しと数値の欄）が見つかりません。表全体を選択してください。",
    en: "No table data (headers and figure columns) was found in the range. Select the whole table.",
  },
};
