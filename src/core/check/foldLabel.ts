/**
 * A label as rules match it: NFKC (全角 → 半角, `（Ａ）` → `(A)`), minus signs unified, every
 * whitespace removed, so 「収支差引額（Ａ－Ｂ）」 and 「収支差引額(A-B)」 are the same line.
 *
 * @example foldLabel("比較(氷見市 - 平均)") // "比較(氷見市-平均)"
 */
export function foldLabel(label: string): string {
  return label
    .normalize("NFKC")
    .replace(/[−–—‐]/g, "-")
    .replace(/\s+/g, "");
}
