import { parseTableUnit } from "../../../src/core/notation";

describe("parseTableUnit", () => {
  // domain.md §2 "A table-level unit (単位:百万円, (単位：千円・%))"; captions of data/*.tsv.
  it.each<[string, { money: string | null; others: string[] } | null]>([
    ["単位:百万円", { money: "百万円", others: [] }],
    ["単位：千円", { money: "千円", others: [] }],
    ["（単位：千円・%）", { money: "千円", others: ["%"] }],
    ["(単位:百万円)", { money: "百万円", others: [] }],
    ["単位 百万円", { money: "百万円", others: [] }],
    ["単位：円", { money: "円", others: [] }],
    ["【単位：億円】", { money: "億円", others: [] }],
    ["単位:百万円 / △は負数 / 令和2年度は確定額", { money: "百万円", others: [] }], // himi-fiscal-outlook.tsv caption
    ["単位：人、%", { money: null, others: ["人", "%"] }],
    ["（単位：千円、ポイント）", { money: "千円", others: ["ポイント"] }],
    ["(千円)", { money: "千円", others: [] }],
    ["（百万円・%）", { money: "百万円", others: ["%"] }],
    ["市税", null],
    ["単位", null],
    ["単位:適当", null],
    ["(1) 将来負担", null],
    ["", null],
  ])("reads %j as %j", (text, expected) => {
    expect(parseTableUnit(text)).toEqual(expected);
  });
});
