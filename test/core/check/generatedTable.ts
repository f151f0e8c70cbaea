import type { CellValue, Grid } from "../../../src/core/grid";

/**
 * A large consistent 百万円 table: blocks of `parts` rows and their 小計, a 合計 over every five
 * 小計, and a fund (balance, 積立 printed △, 繰入) per block, with `years` year columns.
 * Whole numbers, so every identity holds exactly.
 */
export function generatedOutlook(blocks: number, years: number, parts = 8): Grid {
  const header: CellValue[] = ["", ...Array.from({ length: years }, (_, t) => `${2000 + t}年度`)];
  const values: CellValue[][] = [["生成した見通し"], ["単位:百万円"], header];
  const row = (label: string, v: (t: number) => number) =>
    values.push([label, ...Array.from({ length: years }, (_, t) => String(v(t)))]);
  let group: ((t: number) => number)[] = [];
  for (let b = 0; b < blocks; b++) {
    const item = (k: number) => (t: number) => ((b * 31 + k * 17 + t * 7) % 900) + 100;
    for (let k = 0; k < parts; k++) row(`項目${b}-${k}`, item(k));
    const subtotal = (t: number) =>
      Array.from({ length: parts }, (_, k) => item(k)(t)).reduce((s, v) => s + v, 0);
    row(`ブロック${b}小計`, subtotal);
    group.push(subtotal);
    if (group.length === 5) {
      const members = group;
      row(`グループ${b}合計`, (t) => members.reduce((s, f) => s + f(t), 0));
      group = [];
    }
    const put = (t: number) => (b + t) % 50;
    const take = (t: number) => (b * 3 + t) % 40;
    values.push([
      `第${b}基金への積立`,
      ...Array.from({ length: years }, (_, t) => (put(t) === 0 ? "" : `△ ${put(t)}`)),
    ]);
    row(`第${b}基金からの繰入`, take);
    let balance = 1000 + b;
    const balances = Array.from({ length: years }, (_, t) => {
      if (t > 0) balance += put(t) - take(t);
      return balance;
    });
    row(`第${b}基金残高`, (t) => balances[t]!);
    values.push([]);
  }
  return { sheet: "generated", top: 0, left: 0, values };
}
