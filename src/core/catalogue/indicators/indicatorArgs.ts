import { D } from "../../decimal";
import type { Decimal } from "../../decimal";
import { INPUT_NAMES, nameParams } from "../../indicators/inputNames";
import { parseRatioKind } from "../../indicators/ratioKind";
import type { RatioKind } from "../../indicators/ratioKind";
import { convertMoney, isMoneyUnit } from "../../notation";
import {
  argNumber,
  argOptionalNumber,
  argOptionalText,
  readNumberCell,
  scalarArg,
} from "../coerce";
import { failArg, ok } from "../outcome";
import type { ArgResult } from "../outcome";
import { argCellGrid } from "./argCellGrid";
import { failIndicator } from "./indicatorOutcome";
import type { ExcelArg, FunctionSpec } from "../types";

/** The kinds as a message lists them: English messages list the English ids only. */
const KIND_CHOICES = {
  choicesJa:
    "実質赤字, 連結実質赤字, 実質公債費, 将来負担, 資金不足 (deficit, consolidatedDeficit, debtService, futureBurden, fundShortage)",
  choicesEn: "deficit, consolidatedDeficit, debtService, futureBurden, fundShortage",
};

/**
 * The ratio kind argument (Japanese with or without 比率, or the English id).
 *
 * @example argKind(["実質公債費比率"], 0, spec) // { ok: true, value: "debtService" }
 */
export function argKind(args: ExcelArg[], index: number, spec: FunctionSpec): ArgResult<RatioKind> {
  const text = argOptionalText(args, index, spec);
  if (!text.ok) return text;
  if (text.value === null) return failArg("value", "functions.argMissing", spec, index);
  const kind = parseRatioKind(text.value);
  return kind
    ? ok(kind)
    : failArg("value", "functions.argChoice", spec, index, {
        text: text.value,
        ...KIND_CHOICES,
      });
}

/**
 * 標準財政規模 in 億円 from the amount argument and the optional unit argument (default 千円, the
 * unit of 決算カード). A blank 標準財政規模 is an error, never 0.
 *
 * @example argScaleOku([null, 12363, "百万円"], 1, 2, spec) // { ok: true, value: 123.63 }
 */
export function argScaleOku(
  args: ExcelArg[],
  scaleIndex: number,
  unitIndex: number,
  spec: FunctionSpec
): ArgResult<Decimal> {
  const unitText = argOptionalText(args, unitIndex, spec);
  if (!unitText.ok) return unitText;
  const unit = unitText.value === null ? "千円" : unitText.value.normalize("NFKC").trim();
  if (!isMoneyUnit(unit)) {
    return failArg("value", "functions.argChoice", spec, unitIndex, {
      text: unitText.value ?? "",
      choices: "円, 千円, 百万円, 億円",
    });
  }
  const scale = argNumber(args, scaleIndex, spec, { unit });
  if (!scale.ok) return scale;
  if (!scale.value.isPositive() || scale.value.isZero()) {
    return failIndicator(
      spec,
      scaleIndex,
      {
        code: "functions.indicator.notPositive",
        params: nameParams(INPUT_NAMES.standardFiscalScale),
      },
      "num"
    );
  }
  return ok(convertMoney(scale.value, unit, "億円"));
}

/**
 * An amount that may be printed "－" (none): returns "none" for it, else the number. Blank is an
 * error (blank is not zero).
 *
 * @example argAmountOrNone(["－"], 0, spec) // { ok: true, value: "none" }
 */
export function argAmountOrNone(
  args: ExcelArg[],
  index: number,
  spec: FunctionSpec
): ArgResult<Decimal | "none"> {
  const cell = scalarArg(args, index, spec);
  if (cell.ok && typeof cell.value === "string" && readNumberCell(cell.value).kind === "none")
    return ok("none");
  return argNumber(args, index, spec);
}

/**
 * A sum of positive amounts: a single cell must hold a number; in a range blank cells are skipped
 * (no such account). A negative cell is refused, naming it: △ conventions vary, so it is not guessed.
 *
 * @example argSum([[[300, ""], [200, ""]]], 0, spec) // { ok: true, value: 500 }
 */
export function argSum(args: ExcelArg[], index: number, spec: FunctionSpec): ArgResult<Decimal> {
  const read = Array.isArray(args[index])
    ? argCellGrid(args, index, spec, "none")
    : argNumber(args, index, spec);
  if (!read.ok) return read;
  const values = read.value instanceof D ? [read.value] : read.value.values;
  let total = new D(0);
  for (const [i, v] of values.entries()) {
    if (v === null) continue;
    if (v.isNegative() && !v.isZero()) {
      const issue = {
        code: "functions.indicator.negativeAmount",
        params: {
          nameJa: spec.params[index]?.ja.name ?? "",
          nameEn: spec.params[index]?.en.name ?? "",
        },
      };
      return failIndicator(spec, index, issue, "value", values.length > 1 ? i + 1 : undefined);
    }
    total = total.plus(v);
  }
  return ok(total);
}

/**
 * An optional whole number in [min, max] (digits); omitted gives the default.
 *
 * @example argDigits([null], 0, spec, 2, 0, 10) // { ok: true, value: 2 }
 */
export function argDigits(
  args: ExcelArg[],
  index: number,
  spec: FunctionSpec,
  fallback: number,
  min: number,
  max: number
): ArgResult<number> {
  const read = argOptionalNumber(args, index, spec);
  if (!read.ok) return read;
  if (read.value === null) return ok(fallback);
  if (!read.value.isInteger())
    return failArg("value", "functions.argNotInteger", spec, index, { text: read.value.toFixed() });
  const n = read.value.toNumber();
  if (n < min || n > max)
    return failArg("value", "functions.argChoice", spec, index, {
      text: String(n),
      choices: `${min}…${max}`,
    });
  return ok(n);
}
