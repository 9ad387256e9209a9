// Chevrotain's runtime values, for every grammar module (types still come from "chevrotain").
// Loaded from the single-file bundle the package ships (lib/chevrotain.min.js, the same version
// as its modules) rather than through the package entry point, which requires some 280 modules
// (lodash functions one by one): that alone cost ~40 ms of every start of luaref. Everything
// must come from here, so that the process holds one Chevrotain (one EOF token type).
import * as path from "path";
import type * as Chevrotain from "chevrotain";

const bundle = path.join(path.dirname(require.resolve("chevrotain")), "..", "chevrotain.min.js");
const runtime = require(bundle) as typeof Chevrotain;

export const { createToken, CstParser, EOF, EMPTY_ALT, Lexer } = runtime;
