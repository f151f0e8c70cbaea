// ESLint flat config: typescript-eslint (no type information, so `npm run lint` stays fast —
// tsc already type-checks), the office-addins rules (missing load/sync), react-hooks, Prettier
// compatibility (Prettier owns formatting; run `npm run prettier`), and the dependency direction
//   core ← workflows ← (taskpane, cli);  functions → core;  nothing imports taskpane or cli.
import path from "node:path";
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const SRC = path.join(import.meta.dirname, "src");

/** Which top-level folders of src/ each folder must not import (checked on the resolved path). */
const FORBIDDEN_LAYERS = {
  core: ["workbook", "workflows", "functions", "taskpane", "cli"],
  workflows: ["taskpane", "cli", "functions"],
  workbook: ["workflows", "functions", "taskpane", "cli"],
  functions: ["taskpane", "cli"],
  taskpane: ["cli"],
  cli: ["taskpane"],
};

function layerOf(file) {
  const relative = path.relative(SRC, file);
  if (relative.startsWith("..") || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep)[0];
}

// A string pattern (no-restricted-imports) cannot tell "../workbook/port" from core's own
// "./workbook" message part, so the folder direction is checked on the resolved file.
const dependencyDirection = {
  meta: {
    type: "problem",
    schema: [],
    messages: { forbidden: "src/{{from}} must not import src/{{to}} ({{source}})." },
  },
  create(context) {
    const from = layerOf(context.filename);
    const forbidden = FORBIDDEN_LAYERS[from] ?? [];
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== "string" || !source.startsWith(".")) return;
      const to = layerOf(path.resolve(path.dirname(context.filename), source));
      if (to && forbidden.includes(to)) {
        context.report({ node: node.source, messageId: "forbidden", data: { from, to, source } });
      }
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

const NODE_BUILTINS = [
  "fs",
  "path",
  "os",
  "child_process",
  "url",
  "util",
  "stream",
  "buffer",
  "crypto",
];
const ui = ["react", "react-dom", "react/*", "react-dom/*", "@fluentui/*"];
const office = ["office-*", "@microsoft/*", "@types/office-*"];

const officeAddinsRules = Object.fromEntries(
  Object.entries(officeAddins.configs.recommended.at(-1).rules).filter(([rule]) =>
    rule.startsWith("office-addins/")
  )
);

export default tseslint.config(
  { ignores: ["dist/**", "lib/**", "node_modules/**", "coverage/**", "test-results/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Japanese text legitimately contains the ideographic space (U+3000) in strings and patterns.
      "no-irregular-whitespace": [
        "error",
        {
          skipStrings: true,
          skipComments: true,
          skipRegExps: true,
          skipTemplates: true,
          skipJSXText: true,
        },
      ],
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // Only the Excel adapter calls Excel.run; elsewhere (exceljs, the memory workbook) these
    // heuristics mistake ordinary objects for unloaded Excel proxies.
    files: ["src/workbook/excel/**/*.{ts,tsx}", "src/commands/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: officeAddinsRules,
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}", "test/taskpane/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    // The two classic rules; the React Compiler rules in v7's preset target code compiled by it.
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "warn" },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { zaisei: { rules: { "dependency-direction": dependencyDirection } } },
    rules: { "zaisei/dependency-direction": "error" },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["exceljs", ...NODE_BUILTINS].map((name) => ({
            name,
            message: "src/core is pure: no I/O, Office, React or node.",
          })),
          patterns: [
            {
              group: [...ui, ...office, "node:*", "exceljs/*"],
              message: "src/core is pure: no I/O, Office, React or node.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/workflows/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [...ui, ...office],
              message: "Workflows talk to a WorkbookPort: no Office, no React.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["**/*.cjs", "webpack.config.js", "scripts/functions-ja-plugin.js"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
  },
  prettier
);
