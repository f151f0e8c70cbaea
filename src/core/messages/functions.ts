import type { MessageText } from "./types";
import { INDICATOR_MESSAGES } from "../indicators/indicatorMessages";

/**
 * Messages of the functions area. Codes start with "functions.".
 * Argument messages take `{arg}` / `{arg}` — a label naming the argument by position and
 * catalogue name (「引数2（基準財政収入額）」 / "Argument 2 (standard fiscal revenue)"), built by
 * `argLabel` in src/core/catalogue/coerce.ts — so every failure says which argument and why.
 */
export const functionMessages: Record<string, MessageText> = {
  "functions.argMissing": {
    ja: "{arg}が指定されていません",
    en: "{arg} is missing",
  },
  "functions.argBlank": {
    ja: "{arg}が空欄です（空欄は0とみなしません）",
    en: "{arg} is blank (a blank is not taken as 0)",
  },
  "functions.argNotNumber": {
    ja: '{arg}が数値として読めません: "{text}"',
    en: '{arg} cannot be read as a number: "{text}"',
  },
  "functions.argUnreadable": {
    ja: '{arg}が数値として読めません: "{text}"（{reason}）',
    en: '{arg} cannot be read as a number: "{text}" ({reason})',
  },
  "functions.argNotComputed": {
    ja: "{arg}が「{text}」（該当なし・算出せず）です",
    en: '{arg} is "{text}" (none / not computed)',
  },
  "functions.argApproximate": {
    ja: "{arg}の「{text}」は範囲や概数で、計算に使える確定値ではありません",
    en: '{arg} "{text}" is a bound or an approximation, not an exact figure',
  },
  "functions.argUnitMismatch": {
    ja: "{arg}の「{text}」は単位が{unit}で、{expected}として使えません",
    en: '{arg} "{text}" is in {unit}, which cannot be used as {expected}',
  },
  "functions.argBoolean": {
    ja: "{arg}に真偽値 {text} は使えません（数値を指定してください）",
    en: "{arg} cannot be the logical value {text} (give a number)",
  },
  "functions.argErrorValue": {
    ja: "{arg}がエラー値 {text} です",
    en: "{arg} is the error value {text}",
  },
  "functions.argNotFinite": {
    ja: "{arg}が有限の数値ではありません: {text}",
    en: "{arg} is not a finite number: {text}",
  },
  "functions.argNotScalar": {
    ja: "{arg}には1つのセルを指定してください（{rows}行×{columns}列の範囲が指定されました）",
    en: "{arg} must be a single cell (a {rows} × {columns} range was given)",
  },
  "functions.argSeriesLength": {
    ja: "{arg}には{expected}個のセル（1行または1列）を指定してください（{actual}個・{rows}行×{columns}列）",
    en: "{arg} must be {expected} cells in one row or column ({actual} cells, {rows} × {columns} given)",
  },
  "functions.argEmptyRange": {
    ja: "{arg}に数値が1つもありません",
    en: "{arg} contains no numbers",
  },
  "functions.argNotText": {
    ja: "{arg}には文字列を指定してください: {text}",
    en: "{arg} must be text: {text}",
  },
  "functions.argChoice": {
    ja: "{arg}の「{text}」は使えません（{choices} のいずれか）",
    en: '{arg} "{text}" is not allowed (one of {choices})',
  },
  "functions.tooManyArgs": {
    ja: "関数 {name} の引数は{max}個までです（{actual}個指定されました）",
    en: "{name} takes at most {max} arguments ({actual} given)",
  },
  "functions.internalError": {
    ja: "関数 {name} の内部エラーです。入力を確認し、解決しない場合は報告してください: {detail}",
    en: "Internal error in {name}. Check the inputs and report it if it persists: {detail}",
  },
  "functions.resultTooLarge": {
    ja: "{name} の結果（{value}）は、Excel で扱える数値の上限（±1.7976931348623157E+308）を超えています。入力の大きさと単位を確認してください。",
    en: "The result of {name} ({value}) is beyond the largest number Excel can hold (±1.7976931348623157E+308). Check the size and unit of the inputs.",
  },
  "functions.resultTooLargeAt": {
    ja: "{name} の結果の{row}行{column}列目（{value}）は、Excel で扱える数値の上限（±1.7976931348623157E+308）を超えています。入力の大きさと単位を確認してください。",
    en: "The result of {name} in row {row}, column {column} ({value}) is beyond the largest number Excel can hold (±1.7976931348623157E+308). Check the size and unit of the inputs.",
  },
  "functions.unknownFunction": {
    ja: "関数 {name} はありません（ZAISEI 名前空間の関数名を確認してください）",
    en: "There is no function {name} (check the function name in the ZAISEI namespace)",
  },
  "functions.formulaSyntax": {
    ja: "数式を読めません（{position}文字目）: {detail}",
    en: "Cannot read the formula (at character {position}): {detail}",
  },
  "functions.formula.expected": {
    ja: "「{expected}」が必要です（「{found}」があります）",
    en: 'expected "{expected}", found "{found}"',
  },
  "functions.formula.expectedAtEnd": {
    ja: "「{expected}」が必要ですが、式が終わっています",
    en: 'expected "{expected}" but the formula ends',
  },
  "functions.formula.nameExpected": {
    ja: "関数名が必要です",
    en: "a function name is expected",
  },
  "functions.formula.unterminatedString": {
    ja: '文字列の終わりの「"」がありません',
    en: 'unterminated string (missing ")',
  },
  "functions.formula.unreadableValue": {
    ja: "値として読めません: 「{text}」",
    en: 'cannot read a value at "{text}"',
  },
  "functions.formula.raggedArray": {
    ja: "配列定数の行の長さがそろっていません",
    en: "the rows of the array constant differ in length",
  },
  "functions.formula.trailingText": {
    ja: "式の後に余分な文字があります",
    en: "unexpected text after the call",
  },
  "functions.valueUnknownUnit": {
    ja: "{arg}の「{unit}」は使えません（円・千円・万円・百万円・千万円・億円 のいずれか）",
    en: '{arg}: unknown unit "{unit}" (one of 円, 千円, 万円, 百万円, 千万円, 億円)',
  },
  "functions.valueUnitMismatch": {
    ja: "{arg}の「{text}」は金額ではない（単位: {found}）ため、{unit}に換算できません",
    en: '{arg} "{text}" is not an amount of money (unit: {found}), so it cannot be converted to {unit}',
  },
  "functions.argReason": {
    ja: "{arg}について: {reason}",
    en: "{arg}: {reason}",
  },
  "functions.argDateSerial": {
    ja: "{arg}のシリアル値 {text} は日付として扱えません（1900年以降、9999年12月31日まで）",
    en: "{arg}: the serial number {text} is not a date Excel can show (1900 to 9999-12-31)",
  },
  "functions.warekiYearRange": {
    ja: "{arg}の {text} は和暦で書ける年度の範囲外です（{first}年度＝明治元年度 から {last}年度まで）",
    en: "{arg}: {text} is outside the fiscal years WAREKI writes ({first}, the first year of Meiji, to {last})",
  },
  "functions.warekiDateSerial": {
    ja: "{arg}の {text} は年度ではなく日付のシリアル値（{date}）とみなしました（{first}〜{last} の整数は日付として扱います）。WAREKI には年度（例: 2025）を指定してください。日付の年度は FISCALYEAR で求められます（例: =ZAISEI.WAREKI(ZAISEI.FISCALYEAR(A1))）",
    en: "{arg}: {text} is taken as a date serial ({date}), not a fiscal year (whole numbers from {first} to {last} are dates). WAREKI wants a fiscal year (e.g. 2025); get the fiscal year of a date with FISCALYEAR, e.g. =ZAISEI.WAREKI(ZAISEI.FISCALYEAR(A1))",
  },
  "functions.argNotInteger": {
    ja: "{arg}には整数を指定してください: {text}",
    en: "{arg} must be a whole number: {text}",
  },
  ...INDICATOR_MESSAGES,
};
