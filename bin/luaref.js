#!/usr/bin/env node
// Entry point of the `luaref` command; the implementation lives in interpreter/cli.
require("../dist/interpreter/cli/main.js").main();
