import { MESSAGE_PARTS, formatMessage } from "../../src/core/messages";

describe("MESSAGE_PARTS", () => {
  it("keeps every code unique across parts and prefixed by its area", () => {
    const seen = new Map<string, string>();
    for (const [area, part] of Object.entries(MESSAGE_PARTS)) {
      for (const code of Object.keys(part)) {
        expect(seen.get(code)).toBeUndefined();
        seen.set(code, area);
        expect(code.startsWith(`${area}.`)).toBe(true);
      }
    }
  });

  it("has Japanese and English text for every code, with the same placeholders", () => {
    for (const part of Object.values(MESSAGE_PARTS)) {
      for (const [code, text] of Object.entries(part)) {
        expect(text.ja.trim()).not.toBe("");
        expect(text.en.trim()).not.toBe("");
        const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect({ code, placeholders: names(text.ja) }).toEqual({
          code,
          placeholders: names(text.en),
        });
        const words = text.ja.replace(/\{\w+\}/g, "");
        if (/[A-Za-z]/.test(words))
          expect({ code, japanese: /[ぁ-んァ-ン一-龥]/.test(words) }).toEqual({
            code,
            japanese: true,
          });
      }
    }
  });
});

describe("formatMessage", () => {
  it("throws on an unknown code, which is a programmer error", () => {
    expect(() => formatMessage("nope.missing")).toThrow(/unknown message code/);
  });
});
