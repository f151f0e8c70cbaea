// ESLint flat config: typescript-eslint (no type information, so `npm run lint` stays fast —
// tsc already type-checks), the office-addins rules (missing load/sync), react-hooks, Prettier
// compatibility (Prettier owns formatting; run `npm run prettier`), and the layering, checked
// (test/build/lint-dependency-direction.test.ts lints bad snippets and expects these errors):
//   core ← workflows ← (taskpane, cli);  functions → core only;  nothing imports taskpane or cli;
//   only src/workbook/excel and the entry points touch the Office host's globals, and only the
//   task pane's excelHost.ts imports the Excel adapter;  src/core reads no clock or randomness.
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
  // Custom functions run in Excel's functions runtime on core alone (no port, no workflow).
  functions: ["workbook", "workflows", "taskpane", "cli"],
  taskpane: ["cli"],
  cli: ["taskpane"],
};

/**
 * Folders below the top level that a folder must not import: workflows, the task pane and the CLI
 * see the WorkbookPort, never the Excel adapter — except the one file that constructs it for
 * the task pane (excelHost.ts); the two port implementations do not import each other.
 */
const FORBIDDEN_PATHS = [
  { from: "workflows", to: "workbook/excel" },
  { from: "taskpane", to: "workbook/excel", except: ["taskpane/excelHost.ts"] },
  { from: "cli", to: "workbook/excel" },
  { from: "workbook/memory", to: "workbook/excel" },
  { from: "workbook/excel", to: "workbook/memory" },
];

/** A file's path below src/ with "/" separators, or undefined outside src/. */
function srcPath(file) {
  const relative = path.relative(SRC, file);
  if (relative.startsWith("..") || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join("/");
}

function layerOf(file) {
  return srcPath(file)?.split("/")[0];
}

const within = (file, folder) => file === folder || file.startsWith(`${folder}/`);

// A string pattern (no-restricted-imports) cannot tell "../workbook/port" from core's own
// "./workbook" message part, so the folder direction is checked on the resolved file.
const dependencyDirection = {
  meta: {
    type: "problem",
    schema: [],
    messages: { forbidden: "src/{{from}} must not import src/{{to}} ({{source}})." },
  },
  create(context) {
    const file = srcPath(context.filename);
    const from = layerOf(context.filename);
    const forbidden = FORBIDDEN_LAYERS[from] ?? [];
    const paths = FORBIDDEN_PATHS.filter(
      (rule) => file && within(file, rule.from) && !(rule.except ?? []).includes(file)
    );
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== "string" || !source.startsWith(".")) return;
      const target = srcPath(path.resolve(path.dirname(context.filename), source));
      const to = target?.split("/")[0];
      if (to && forbidden.includes(to)) {
        context.report({ node: node.source, messageId: "forbidden", data: { from, to, source } });
        return;
      }
      const rule = target && paths.find((r) => within(target, r.to));
      if (rule) {
        context.report({
          node: node.source,
          messageId: "forbidden",
          data: { from: rule.from, to: rule.to, source },
        });
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

/** The Office host's globals (office.js, the custom-functions runtime). */
const HOST_GLOBALS = new Set([
  "Excel",
  "Office",
  "OfficeExtension",
  "OfficeRuntime",
  "CustomFunctions",
]);
/** Objects through which a global can be reached by name. */
const GLOBAL_OBJECTS = new Set(["globalThis", "window", "self"]);

/**
 * The files that may touch the host's globals, besides src/workbook/excel (the adapter, the only
 * code that calls Excel.run):
 * - src/taskpane/index.tsx — webpack entry "taskpane": the one place that awaits Office.onReady and
 *   hands `Office` and `Excel` to excelHost.ts;
 * - src/functions/functions.ts — webpack entry "functions" (generated), and the two files of that
 *   bundle its functions run through: runner.ts (returns `CustomFunctions.Error`) and language.ts
 *   (reads `Office.context.displayLanguage`, lazily, so it also runs outside Office).
 * Not entry points: excelHost.ts and quietOfficeOutsideOffice.ts receive what they need as
 * arguments from index.tsx, typed by their own small interfaces, so tests call them without Office.
 */
const HOST_ENTRY_FILES = [
  "src/taskpane/index.tsx",
  "src/functions/functions.ts",
  "src/functions/runner.ts",
  "src/functions/language.ts",
];

/** Unwraps `(globalThis as T)`, `globalThis!` and parentheses down to the expression itself. */
function unwrap(node) {
  let n = node;
  while (
    n &&
    (n.type === "TSAsExpression" ||
      n.type === "TSNonNullExpression" ||
      n.type === "TSSatisfiesExpression")
  )
    n = n.expression;
  return n;
}

// Scope-based: a parameter or local named `Office` is not the global; type references
// (`Excel.Range`) count too, since a type from the host ties the code to the host's API.
const noHostGlobals = {
  meta: {
    type: "problem",
    schema: [],
    messages: {
      forbidden:
        "{{name}} is a global of the Office host: only src/workbook/excel and the entry points use it. Receive what you need as an argument.",
    },
  },
  create(context) {
    const report = (node, name) => context.report({ node, messageId: "forbidden", data: { name } });
    return {
      Program(node) {
        const scope = context.sourceCode.getScope(node);
        for (const ref of scope.through)
          if (HOST_GLOBALS.has(ref.identifier.name)) report(ref.identifier, ref.identifier.name);
        for (const variable of scope.variables)
          if (HOST_GLOBALS.has(variable.name) && variable.defs.length === 0)
            for (const ref of variable.references) report(ref.identifier, variable.name);
      },
      MemberExpression(node) {
        const object = unwrap(node.object);
        if (object?.type !== "Identifier" || !GLOBAL_OBJECTS.has(object.name)) return;
        const name = node.computed
          ? node.property.type === "Literal" && node.property.value
          : node.property.name;
        if (typeof name === "string" && HOST_GLOBALS.has(name)) report(node.property, name);
      },
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
    files: ["src/workbook/excel/**/*.{ts,tsx}"],
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
    plugins: {
      zaisei: {
        rules: { "dependency-direction": dependencyDirection, "no-host-globals": noHostGlobals },
      },
    },
    rules: { "zaisei/dependency-direction": "error", "zaisei/no-host-globals": "error" },
  },
  {
    files: ["src/workbook/excel/**/*.{ts,tsx}", ...HOST_ENTRY_FILES],
    rules: { "zaisei/no-host-globals": "off" },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      // Core is deterministic: the same input gives the same output in a test, the CLI and Excel.
      // The caller passes today's date or a seed when one is needed.
      "no-restricted-properties": [
        "error",
        ...[
          ["Date", "now"],
          ["performance", "now"],
          ["Math", "random"],
          ["crypto", "getRandomValues"],
          ["crypto", "randomUUID"],
          ["globalThis", "crypto"],
          ["globalThis", "performance"],
        ].map(([object, property]) => ({
          object,
          property,
          message: "src/core reads no clock or randomness: take the value as an argument.",
        })),
      ],
      "no-restricted-globals": [
        "error",
        ...["crypto", "performance"].map((name) => ({
          name,
          message: "src/core reads no clock or randomness: take the value as an argument.",
        })),
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "src/core reads no clock: new Date() is now; take the date as an argument.",
        },
        {
          selector: "CallExpression[callee.name='Date']",
          message: "src/core reads no clock: Date() is now as text; take the date as an argument.",
        },
      ],
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
