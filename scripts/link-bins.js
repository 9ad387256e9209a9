#!/usr/bin/env node
// Links this checkout's own commands into node_modules/.bin (run by `npm install`/`npm ci` through
// `prepare`), so `npx luaref` in a checkout runs bin/luaref.js at once instead of npx copying the
// project into its cache and rebuilding it there. (Plain JS: it runs before the TypeScript build.)
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
const binDir = path.join(root, "node_modules", ".bin");
if (fs.existsSync(path.join(root, "node_modules"))) {
  fs.mkdirSync(binDir, { recursive: true });
  for (const [name, target] of Object.entries(pkg.bin ?? {})) {
    const link = path.join(binDir, name);
    fs.rmSync(link, { force: true });
    fs.symlinkSync(path.relative(binDir, path.join(root, target)), link);
  }
}
