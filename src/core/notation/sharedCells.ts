import type { Issue } from "../messages/types";
import type { ParsedCell } from "./types";

/**
 * The one blank cell: every empty cell reads as this same frozen object (a table of five million
 * cells holds millions of blanks, and a blank carries nothing of its own).
 */
export const BLANK_CELL: ParsedCell = Object.freeze({ kind: "blank" as const });

/**
 * The `warnings` of a figure read without any: one frozen empty array shared by every such
 * figure, never a fresh `[]` per cell. Frozen, so a caller that tried to add to it fails loudly
 * instead of adding a warning to every figure; code that adds warnings builds its own array.
 */
export const NO_WARNINGS: Issue[] = Object.freeze([]) as unknown as Issue[];
