// The implementation's limits (llimits.h, luaconf.h and the few lparser.c, lcode.c, lopcodes.h,
// lfunc.h, lvm.c and ldo.c define for themselves), one definition each, with PUC 5.3.6's values.
// They bind the front end (locals, upvalues, registers, nesting) and the interpreter (stack
// slots, C levels) alike, so they live here, at the bottom of the one-way import graph: the
// grammar imports nothing from the interpreter, and the interpreter may import this.

// --- luaconf.h -------------------------------------------------------------------------------

/** LUAI_MAXSTACK: slots of a Lua stack ("stack overflow" beyond them). */
export const LUAI_MAXSTACK = 1_000_000;

/** LUA_IDSIZE: the size of a chunk's short name in messages (luaO_chunkid), with its final '\0'. */
export const LUA_IDSIZE = 60;

/** LUA_MAXCAPTURES: captures in one pattern. */
export const LUA_MAXCAPTURES = 32;

/** LUAL_BUFFERSIZE: 0x80 * sizeof(void*) * sizeof(lua_Integer) (read_all's freads, setvbuf's default). */
export const LUAL_BUFFERSIZE = 8192;

// --- llimits.h -------------------------------------------------------------------------------

/**
 * LUAI_MAXCCALLS: nested C calls (native → Lua calls, metamethods, pcall, resume: "C stack
 * overflow") and, in the parser, nested statements and subexpressions ("C levels").
 */
export const LUAI_MAXCCALLS = 200;

// --- the compiler (lparser.c, lcode.c, lfunc.h, lopcodes.h) -------------------------------------

/** lparser.c's MAXVARS: active local variables in one function. */
export const MAXVARS = 200;

/** lfunc.h's MAXUPVAL: upvalues of one closure (the value must fit in a VM register). */
export const MAXUPVAL = 255;

/** lcode.c's MAXREGS: registers one function may use. */
export const MAXREGS = 255;

/** lopcodes.h's MAXARG_sBx: the longest jump, 2^17 - 1 instructions. */
export const MAXARG_sBx = (1 << 17) - 1;

/** lopcodes.h's LFIELDS_PER_FLUSH: positional items of a table constructor stored per SETLIST. */
export const LFIELDS_PER_FLUSH = 50;

// --- the virtual machine (lvm.c, ldo.c) ---------------------------------------------------------

/** lvm.c's MAXTAGLOOP: the longest `__index`/`__newindex` chain followed. */
export const MAXTAGLOOP = 2000;

/** ldo.c's ERRORSTACKSIZE: the stack's size while a stack overflow is being handled. */
export const ERRORSTACKSIZE = LUAI_MAXSTACK + 200;

// --- the string library (lstrlib.c) --------------------------------------------------------------

/** lstrlib.c's MAXSIZE: the longest string a string function builds (a C int). */
export const MAXSIZE = 0x7fffffff;

/** lstrlib.c's MAXCCALLS (not llimits.h's LUAI_MAXCCALLS): how deep the pattern matcher recurses. */
export const MAXCCALLS = 200;
