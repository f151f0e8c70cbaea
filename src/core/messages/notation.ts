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
  "notation.excelErrorNull": {
    ja: "Excel のエラー #NULL!(参照した範囲が交わっていません(範囲の間の空白など参照演算子の誤り))のため、数値として読めません。元の式やデータを直してください。",
    en: "Excel error #NULL! (the referenced ranges do not intersect (a wrong reference operator, such as a space between ranges)): not a figure. Fix the formula or its data.",
  },
  "notation.excelErrorDiv0": {
    ja: "Excel のエラー #DIV/0!(0 または空のセルで割っています)のため、数値として読めません。元の式やデータを直してください。",
    en: "Excel error #DIV/0! (a division by zero or by an empty cell): not a figure. Fix the formula or its data.",
  },
  "notation.excelErrorValue": {
    ja: "Excel のエラー #VALUE!(式の引数や値の種類が正しくありません)のため、数値として読めません。元の式やデータを直してください。",
    en: "Excel error #VALUE! (an argument or value of the wrong type): not a figure. Fix the formula or its data.",
  },
  "notation.excelErrorRef": {
    ja: "Excel のエラー #REF!(参照先のセルが削除されたか、無効です)のため、数値として読めません。元の式やデータを直してください。",
    en: "Excel error #REF! (the referenced cells were deleted or are invalid): not a figure. Fix the formula or its data.",
  },
  "notation.excelErrorName": {
    ja: "Excel のエラー #NAME?(関数名や名前が見つかりません)のため、数値として読めません。元の式やデータを直してください。",
    en: "Excel error #NAME? (a function or name Excel does not know): not a figure. Fix the formula or its data.",
  },
  "notation.excelErrorNum": {
    ja: "Excel のエラー #NUM!(計算結果が数値の範囲を超えたか、無効な数値です)のため、数値として読めません。元の式やデータを直してください。",
    en: "Excel error #NUM! (a result out of range or an invalid number): not a figure. Fix the formula or its data.",
  },
  "notation.excelErrorNA": {
    ja: "Excel のエラー #N/A(値がありません(検索で一致するものがない等))のため、数値として読めません。元の式やデータを直してください。",
    en: "Excel error #N/A (no value is available (for example, a lookup found no match)): not a figure. Fix the formula or its data.",
  },
  "notation.excelErrorSpill": {
    ja: "Excel のエラー #SPILL!(配列の結果を展開する先のセルが空いていません)のため、数値として読めません。元の式やデータを直してください。",
    en: "Excel error #SPILL! (the cells an array result spills into are not empty): not a figure. Fix the formula or its data.",
  },
  "notation.excelErrorCalc": {
    ja: "Excel のエラー #CALC!(計算できない式です(空の配列など))のため、数値として読めません。元の式やデータを直してください。",
    en: "Excel error #CALC! (a formula Excel cannot calculate (such as an empty array)): not a figure. Fix the formula or its data.",
  },
  "notation.excelErrorGettingData": {
    ja: "Excel のエラー #GETTING_DATA(データを取得中で、値がまだありません)のため、数値として読めません。元の式やデータを直してください。",
    en: "Excel error #GETTING_DATA (the data is still being fetched and has no value yet): not a figure. Fix the formula or its data.",
  },
  "notation.excelErrorField": {
    ja: "Excel のエラー #FIELD!(参照したデータ型のフィールドがありません)のため、数値として読めません。元の式やデータを直してください。",
    en: "Excel error #FIELD! (the referenced field of a data type does not exist): not a figure. Fix the formula or its data.",
  },
  "notation.excelErrorBlocked": {
    ja: "Excel のエラー #BLOCKED!(必要な機能(外部接続など)がブロックされています)のため、数値として読めません。元の式やデータを直してください。",
    en: "Excel error #BLOCKED! (a feature the formula needs (such as an external connection) is blocked): not a figure. Fix the formula or its data.",
  },
  "notation.excelErrorConnect": {
    ja: "Excel のエラー #CONNECT!(外部のサービスに接続できません)のため、数値として読めません。元の式やデータを直してください。",
    en: "Excel error #CONNECT! (an external service could not be reached): not a figure. Fix the formula or its data.",
  },
  "notation.excelErrorBusy": {
    ja: "Excel のエラー #BUSY!(計算中で、値がまだありません)のため、数値として読めません。元の式やデータを直してください。",
    en: "Excel error #BUSY! (the calculation is still running and has no value yet): not a figure. Fix the formula or its data.",
  },
  "notation.excelErrorUnknown": {
    ja: "Excel のエラー #UNKNOWN!(この Excel が知らないデータ型です)のため、数値として読めません。元の式やデータを直してください。",
    en: "Excel error #UNKNOWN! (a data type this version of Excel does not know): not a figure. Fix the formula or its data.",
  },
  "notation.booleanValue": {
    ja: "論理値 {text} は数値ではありません。数値の欄には数値を入力してください。",
    en: "The logical value {text} is not a figure. Enter a number in a figure cell.",
  },
  "notation.dateValue": {
    ja: "日付の書式({format})のセルです。日付 {text}(シリアル値 {serial})を金額や数値としては読みません。",
    en: "The cell has a date format ({format}): the date {text} (serial {serial}) is not read as an amount or figure.",
  },
  "notation.signOnly": {
    ja: "符号だけで数字がありません。（{text}）",
    en: "A sign without digits ({text}).",
  },
  "notation.doubleSign": {
    ja: "符号が二重になっているため、正負を判断できません。（{text}）",
    en: "Two signs: whether the figure is negative cannot be told ({text}).",
  },
  "notation.bracketedFigure": {
    ja: "括弧で囲まれた数値は読みません。注記か負数か判断できません。（{text}）",
    en: "A figure in brackets is not read: it may be a note or a negative ({text}).",
  },
  "notation.invisibleCharacters": {
    ja: "見えない文字({codes})が含まれているため、数値として読めません。文字を削除して数値を入力し直してください。（{text}）",
    en: "Invisible characters ({codes}) make the cell unreadable as a figure. Delete them and re-enter the number ({text}).",
  },
};
