import { escapeForTerminal, hasUnsafeCharacters } from "../../src/cli/terminal-text";
import { displayWidth, truncateDisplay } from "../../src/cli/display-width";

describe("escapeForTerminal", () => {
  it.each([
    ["bell", "a\u0007b", "a\\x07b"],
    ["escape sequence", "\u001b[2J", "\\x1b[2J"],
    ["tab and line break", "a\tb\nc", "a\\x09b\\x0ac"],
    ["delete", "\u007f", "\\x7f"],
    ["C1 control (CSI)", "\u009b31m", "\\x9b31m"],
    ["right-to-left override", "abc\u202edef", "abc\\u202edef"],
    ["isolate", "\u2066x\u2069", "\\u2066x\\u2069"],
    ["zero-width space and joiner", "市\u200b税\u200d", "市\\u200b税\\u200d"],
    ["byte order mark", "\ufeff市税", "\\ufeff市税"],
    ["line separator", "a\u2028b", "a\\u2028b"],
  ])("shows a %s escaped", (_name, text, shown) => {
    expect(escapeForTerminal(text)).toBe(shown);
    expect(hasUnsafeCharacters(text)).toBe(true);
  });

  it("leaves Japanese text, △ and full-width forms as they are", () => {
    const text = "収支差引額(A-B) △ 65 ＡＢＣ 令和２年度";
    expect(escapeForTerminal(text)).toBe(text);
    expect(hasUnsafeCharacters(text)).toBe(false);
  });

  it("is idempotent", () => {
    const once = escapeForTerminal("\u001b\u202e");
    expect(escapeForTerminal(once)).toBe(once);
  });
});

describe("truncateDisplay", () => {
  it("cuts to the display width with an ellipsis, counting wide characters as two", () => {
    expect(truncateDisplay("財政調整基金繰入金", 9)).toBe("財政調整…");
    expect(displayWidth(truncateDisplay("あ".repeat(5000), 40))).toBeLessThanOrEqual(40);
  });

  it("leaves a text that fits unchanged", () => {
    expect(truncateDisplay("市税", 4)).toBe("市税");
    expect(truncateDisplay("abc", 3)).toBe("abc");
  });
});
