/**
 * Sample workbooks the build copies to `samples/<file>.xlsx` beside taskpane.html. Their
 * display names live in the message catalogue under `ui.host.sample.<file>`.
 */
export const SAMPLE_FILES = [
  "himi-fiscal-outlook",
  "himi-peer-staffing",
  "himi-kpi-register",
  "tomakomai-kpi-register",
] as const;

export type SampleFile = (typeof SAMPLE_FILES)[number];

/**
 * URL of a sample, relative to the page so it works under any path prefix.
 *
 * @example sampleUrl("himi-fiscal-outlook") // "samples/himi-fiscal-outlook.xlsx"
 */
export function sampleUrl(file: SampleFile): string {
  return `samples/${file}.xlsx`;
}
