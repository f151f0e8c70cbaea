import type { MessageText } from "./types";

/** Messages of the notation area. Codes start with "notation.". */
export const notationMessages: Record<string, MessageText> = {
  "notation.ambiguousParentheses": {
    ja: "括弧付きの数値は前年度値か負数か判断できません。（{text}）負数は△で、前年度値は別のセルに入力してください。",
    en: "A figure in parentheses may be the previous year's value or a negative ({text}). Write negatives with △ and put previous-year values in their own cell.",
  },
  "notation.badThousands": {
    ja: "桁区切りのカンマの位置が正しくありません。（{text}）",
    en: "The thousands separators are misplaced ({text}).",
  },
  "notation.malformedNumber": {
    ja: "小数点の使い方が正しくないため数値として読めません。（{text}）",
    en: "The decimal point is misused, so the figure cannot be read ({text}).",
  },
  "notation.unexpectedText": {
    ja: "数値の後に読めない文字「{rest}」があります。（{text}）",
    en: 'Unreadable characters "{rest}" follow the figure ({text}).',
  },
  "notation.badMultiplierOrder": {
    ja: "兆・億・万の順序が正しくありません。（{text}）",
    en: "The 兆/億/万 multipliers are out of order ({text}).",
  },
  "notation.conflictingQualifiers": {
    ja: "「約」と「以上」などの限定語が重なっています。（{text}）",
    en: "The figure has two qualifiers (for example 約 and 以上) ({text}).",
  },
  "notation.negativeBand": {
    ja: "負の数に「台」を付けた範囲は解釈できません。（{text}）",
    en: "A band (台) on a negative figure cannot be interpreted ({text}).",
  },
  "notation.malformedInterval": {
    ja: "範囲の両端の単位または書き方が一致しません。（{text}）",
    en: "The two ends of the range differ in unit or form ({text}).",
  },
  "notation.intervalReversed": {
    ja: "範囲の下限が上限より大きくなっています。（{text}）",
    en: "The lower end of the range is above the upper end ({text}).",
  },
  "notation.notFinite": {
    ja: "セルの値が有限の数値ではありません。（{text}）",
    en: "The cell value is not a finite number ({text}).",
  },
  "notation.percentPerYearAmbiguous": {
    ja: "「{text}」は率の年ごとの変化です。%（比率）かポイント（差）か確認してください。",
    en: '"{text}" is a yearly change of a rate: check whether it means percent or percentage points.',
  },
  "notation.footnoteIgnored": {
    ja: "注記記号「{note}」を除いて数値を読みました。（{text}）",
    en: 'The footnote mark "{note}" was set aside when reading the figure ({text}).',
  },
  "notation.annotationIgnored": {
    ja: "括弧内の注記「{note}」を除いて数値を読みました。（{text}）",
    en: 'The note "{note}" in parentheses was set aside when reading the figure ({text}).',
  },
};
