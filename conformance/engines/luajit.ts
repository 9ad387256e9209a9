// LuaJIT (Debian's luajit): Lua 5.1 plus extensions, for contrast.
import { nativeEngine } from "./native";

export const luajit = nativeEngine({ id: "luajit", description: "LuaJIT (Lua 5.1 dialect, for contrast)", command: ["luajit"] });
