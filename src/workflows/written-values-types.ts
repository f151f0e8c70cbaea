import type { FunctionOutcome } from "../core/catalogue/types";
import type { Issue } from "../core/messages/types";
import type { CellSnapshot, RangeRef } from "../workbook/port";

/**
 * 「値として書き込む」: where custom functions cannot run (volume-licensed Office, iPad) the pane
 * computes a ZAISEI function with the same catalogue and writes the result into a cell as a
 * value. Each written value is remembered in the workbook's settings with its function and
 * argument references, so that 「再計算」 can redo them after the inputs change and an auditor can
 * see how each number was made (its equivalent formula).
 */

/** Where one argument comes from. */
export type ArgSource =
  /** A cell or range on a sheet, read when computing. */
  | { kind: "cells"; ref: RangeRef }
  /** A constant as the user typed it ("12.5", "令和7年度", "△1,234"). */
  | { kind: "typed"; text: string }
  /** An optional argument left out. */
  | { kind: "omitted" };

/** A value the add-in writes into a cell: never a formula, text stays text. */
export type WrittenScalar = number | string | boolean;

/** One value (or block of values, for a function with a matrix result) the add-in wrote. */
export interface WrittenValue {
  /** Stable id ("wv-1", "wv-2", …): never reused within a workbook. */
  id: string;
  /** Catalogue id without namespace ("REAL_DEBT_SERVICE_RATIO"). */
  functionId: string;
  /** The cell (or block, "E5:F5") written. */
  target: RangeRef;
  /** One source per catalogue parameter, in order. */
  args: ArgSource[];
  /** What the add-in last wrote, rows × columns of `target`. */
  values: WrittenScalar[][];
  /** When it was last written (ISO 8601, from the caller's clock). */
  writtenAt: string;
  /** What the cells held before the add-in's first write there: 「書き込み前に戻す」 restores it. */
  previous: CellSnapshot[][];
}

/** A computation without writing: the result the pane shows before 「書き込む」. */
export interface Computation {
  functionId: string;
  args: ArgSource[];
  /** The catalogue's outcome (value or Excel-style error with its message). */
  outcome: FunctionOutcome;
  /** Inputs that could not be read (an error value, a date where an amount belongs, a sheet that is gone): nothing was computed when this is not empty. */
  problems: Issue[];
  /** The equivalent formula ("=ZAISEI.REAL_DEBT_SERVICE_RATIO('R7決算'!B2:D2,12.5)"). */
  formula: string;
}

/** What 「再計算」 found for one record. */
export type RecalcItem =
  | { id: string; status: "unchanged" }
  | {
      id: string;
      status: "changed";
      before: WrittenScalar[][];
      after: WrittenScalar[][];
      /** The record's `writtenAt` before this run (「再計算を元に戻す」 puts it back). */
      beforeWrittenAt?: string;
    }
  /** The inputs now give an error or cannot be read: the cell was left as it was. */
  | { id: string; status: "failed"; issue: Issue }
  /** The cell no longer holds what the add-in wrote (someone edited it): not overwritten. */
  | { id: string; status: "edited"; current: WrittenScalar[][] }
  /** The target's sheet is gone. */
  | { id: string; status: "missing" };

export interface RecalcReport {
  items: RecalcItem[];
  /**
   * What the changed cells held before this run, for an exact 「再計算を元に戻す」: one entry per
   * "changed" item, in the order of `items`.
   */
  undo: { ref: RangeRef; previous: CellSnapshot[][] }[];
  /** Records of the workbook's setting that were damaged and ignored (not recalculated). */
  ignored?: number;
}
