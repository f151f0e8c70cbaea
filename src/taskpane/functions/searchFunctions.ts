import type { FunctionSpec } from "../../core/catalogue/types";

/** Folds full-width letters/digits and case so 「ｒａｔｉｏ」, "Ratio" and "RATIO" match alike. */
function fold(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

function haystack(spec: FunctionSpec): string {
  return fold(
    [
      spec.id,
      `zaisei.${spec.id}`,
      spec.ja.name,
      spec.en.name,
      spec.ja.description,
      spec.en.description,
    ].join("\n")
  );
}

/**
 * Filters the function catalogue by a Japanese or English query: every space-separated word
 * must occur in the id, a name or a description (either language). Matches on id or name come
 * before matches in descriptions only; catalogue order is kept otherwise.
 *
 * @example searchFunctions(FUNCTIONS, "公債費").map((f) => f.id) // ["REAL_DEBT_SERVICE_RATIO", …]
 */
export function searchFunctions(functions: readonly FunctionSpec[], query: string): FunctionSpec[] {
  const words = fold(query)
    .split(/[\s　]+/)
    .filter((w) => w !== "");
  if (words.length === 0) return [...functions];
  const matches = functions.filter((spec) => {
    const text = haystack(spec);
    return words.every((w) => text.includes(w));
  });
  const named = (spec: FunctionSpec) =>
    words.some((w) => fold(`${spec.id}\n${spec.ja.name}\n${spec.en.name}`).includes(w)) ? 0 : 1;
  return matches
    .map((spec, index) => ({ spec, index, rank: named(spec) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((m) => m.spec);
}
