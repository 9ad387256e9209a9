// PUC-Rio Lua 5.3 (Debian's lua5.3): the reference column.
import { nativeEngine } from "./native";

export const lua53 = nativeEngine({ id: "lua5.3", description: "PUC-Rio Lua 5.3 (the reference)", command: ["lua5.3"] });
