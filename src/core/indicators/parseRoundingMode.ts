import type { RoundingMode } from "../decimal";

const MODE_ALIASES: Record<string, RoundingMode> = {
  四捨五入: "half-up",
  "half-up": "half-up",
  halfup: "half-up",
  切り捨て: "down",
  切捨て: "down",
  切捨: "down",
  down: "down",
  truncate: "down",
  切り上げ: "up",
  切上げ: "up",
  切上: "up",
  up: "up",
};

/**
 * Reads a rounding mode as typed: 四捨五入 / 切り捨て / 切り上げ (and 切捨て, 切上げ) or
 * half-up / down / up. Unknown text gives null.
 *
 * @example parseRoundingMode("切り捨て") // "down"
 */
export function parseRoundingMode(text: string): RoundingMode | null {
  return MODE_ALIASES[text.normalize("NFKC").trim().toLowerCase().replace(/[\s_]/g, "")] ?? null;
}
