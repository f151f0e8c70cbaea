#!/usr/bin/env node
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS entry that loads the compiled CLI */
// Entry of the `zaisei` command: the compiled CLI (npm run build:cli → lib/cli/main.js).
const { main } = require("../lib/cli/main.js");

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 3;
  }
);
