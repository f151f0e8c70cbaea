import { isDarkBackground, languageFromTag } from "../../src/taskpane/officeTheme";

describe("isDarkBackground", () => {
  // Office's officeTheme.bodyBackgroundColor values: white/colorful/light grey themes, dark grey and black.
  it.each([
    ["#FFFFFF", false],
    ["#E6E6E6", false],
    ["#262626", true],
    ["#000000", true],
    ["1f1f1f", true],
    ["", false],
    [undefined, false],
    ["not a colour", false],
  ])("reads %p as dark=%p", (color, dark) => {
    expect(isDarkBackground(color)).toBe(dark);
  });
});

describe("languageFromTag", () => {
  it.each([
    ["ja-JP", "ja"],
    ["en-US", "en"],
    ["EN-gb", "en"],
    ["en", "en"],
    ["fr-FR", "ja"],
    ["", "ja"],
    [null, "ja"],
  ])("picks the language of %p as %p", (tag, lang) => {
    expect(languageFromTag(tag)).toBe(lang);
  });
});
