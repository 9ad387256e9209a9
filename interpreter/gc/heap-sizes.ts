// The sizes collectgarbage("count") charges for Lua objects: those of PUC's structures on a
// 64-bit build (lobject.h, lstate.h), so that the count moves as lua5.3's does when a program
// builds or drops data. JS's own memory use is not observable from Lua.

/** A TValue: one array slot, one stack slot. */
export const SLOT_BYTES = 16;
/** A hash-part Node (key and value). */
export const NODE_BYTES = 32;
/** sizeof(Table), without its parts. */
export const TABLE_BYTES = 56;
/** sizeof(TString) plus the terminating NUL; the characters come on top. */
export const STRING_BYTES = 25;
/** A Lua closure without its upvalue pointers (8 bytes each). */
export const CLOSURE_BYTES = 32;
/** An UpVal. */
export const UPVALUE_BYTES = 40;
/** A C closure without its upvalues (a TValue each). */
export const NATIVE_BYTES = 32;
/** sizeof(Udata) without the payload. */
export const USERDATA_BYTES = 40;
/** A lua_State and its CallInfo list, without the stack. */
export const THREAD_BYTES = 200;
/** A CallInfo, charged per frame on a thread's stack. */
export const CALLINFO_BYTES = 72;

export function tableBytes(arraySize: number, hashSize: number): number {
  return TABLE_BYTES + arraySize * SLOT_BYTES + hashSize * NODE_BYTES;
}

export function stringBytes(s: string): number {
  return STRING_BYTES + s.length;
}

export function closureBytes(upvalues: number): number {
  return CLOSURE_BYTES + upvalues * 8;
}
