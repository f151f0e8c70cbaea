/** One message in the catalogue: Japanese first, English second. `{name}` placeholders. */
export interface MessageText {
  ja: string;
  en: string;
}

export type Language = "ja" | "en";

/** A domain outcome with a code from the catalogue and the values for its placeholders. */
export interface Issue {
  code: string;
  params?: Record<string, string | number>;
}
