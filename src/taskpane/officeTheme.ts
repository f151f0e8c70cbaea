/**
 * Decides whether Office's body background is dark, so the task pane follows Excel's theme.
 * Office gives colours as "#RRGGBB" (officeTheme.bodyBackgroundColor); anything else is light.
 *
 * @example isDarkBackground("#262626") // true
 */
export function isDarkBackground(color: string | undefined | null): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color?.trim() ?? "");
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? "0", 16) / 255) as [
    number,
    number,
    number,
  ];
  // Relative luminance (WCAG 2.x, sRGB without gamma is close enough for a light/dark split).
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/**
 * Picks the UI language from a BCP 47 tag: English when it starts with "en", Japanese otherwise
 * (the add-in is for Japanese municipalities, so Japanese is the default).
 *
 * @example languageFromTag("en-US") // "en"
 */
export function languageFromTag(tag: string | undefined | null): "ja" | "en" {
  return (tag ?? "").toLowerCase().startsWith("en") ? "en" : "ja";
}
