import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { RulesList } from "../../../src/taskpane/check/RulesList";
import type { RuleRow } from "../../../src/taskpane/check/RulesList";
import { renderInPane } from "../renderWithPane";

const RULES: RuleRow[] = [
  {
    id: "sum:A7",
    text: "合計 = 市税 + 地方交付税 + 国庫支出金",
    source: "inferred",
    enabled: true,
  },
  { id: "sum:A8", text: "小計 = 市税 + 地方交付税", source: "user", enabled: false },
];

function renderRules(
  overrides: Partial<Parameters<typeof RulesList>[0]> = {},
  lang: "ja" | "en" = "ja"
) {
  const props = {
    rules: RULES,
    issues: [],
    onToggle: jest.fn(),
    onRemove: jest.fn(),
    onAdd: jest.fn(async () => null as string | null),
    busy: false,
    ...overrides,
  };
  renderInPane(<RulesList {...props} />, lang);
  return props;
}

describe("RulesList", () => {
  it("shows each rule with a switch in its state and switches it with the keyboard", async () => {
    const user = userEvent.setup();
    const props = renderRules();
    const on = screen.getByRole("switch", { name: "合計 = 市税 + 地方交付税 + 国庫支出金" });
    const off = screen.getByRole("switch", { name: "小計 = 市税 + 地方交付税" });
    expect(on).toBeChecked();
    expect(off).not.toBeChecked();
    on.focus();
    await user.keyboard(" ");
    expect(props.onToggle).toHaveBeenCalledWith("sum:A7", false);
    await user.click(off);
    expect(props.onToggle).toHaveBeenCalledWith("sum:A8", true);
  });

  it("offers 削除 only for the user's own rules", async () => {
    const user = userEvent.setup();
    const props = renderRules();
    const list = screen.getByRole("list", { name: "規則" });
    expect(within(list).getAllByRole("button")).toHaveLength(1);
    await user.click(
      screen.getByRole("button", { name: "規則「小計 = 市税 + 地方交付税」を削除" })
    );
    expect(props.onRemove).toHaveBeenCalledWith("sum:A8");
  });

  it("shows the parser's message under the input and keeps the text to correct", async () => {
    const user = userEvent.setup();
    const onAdd = jest.fn(async () => "規則の 6 文字目「歳入」に当たる行・列が表にありません。");
    renderRules({ onAdd });
    const input = screen.getByRole("textbox", { name: "規則を追加" });
    await user.type(input, "合計 = 歳入{Enter}");
    expect(onAdd).toHaveBeenCalledWith("合計 = 歳入");
    expect(await screen.findByText(/6 文字目「歳入」/)).toBeInTheDocument();
    expect(input).toHaveValue("合計 = 歳入");
    expect(input).toHaveAttribute("aria-invalid", "true");
  });

  it("clears the input once a rule is added", async () => {
    const user = userEvent.setup();
    const props = renderRules();
    const input = screen.getByRole("textbox", { name: "規則を追加" });
    await user.type(input, "合計 = 市税 + 地方交付税");
    await user.click(screen.getByRole("button", { name: "追加" }));
    expect(props.onAdd).toHaveBeenCalledWith("合計 = 市税 + 地方交付税");
    expect(input).toHaveValue("");
  });

  it("has no input when adding is not possible, and lists saved rules that cannot be read", () => {
    renderRules({ onAdd: undefined, issues: [{ rule: "合計 = ?", message: "読めません" }] });
    expect(screen.queryByRole("textbox")).not.toBeInTheDocument();
    expect(screen.getByText("読めない規則が 1 件あります")).toBeInTheDocument();
    expect(screen.getByText("合計 = ?:読めません")).toBeInTheDocument();
  });

  it("speaks English when Office does", () => {
    renderRules({}, "en");
    expect(screen.getByRole("textbox", { name: "Add a rule" })).toBeInTheDocument();
    expect(
      screen.getByRole("button", { name: "Remove the rule “小計 = 市税 + 地方交付税”" })
    ).toBeInTheDocument();
    expect(screen.getAllByText("inferred")).toHaveLength(1);
  });
});
