// PUC-Rio Lua 5.4 (Debian's lua5.4): a later version, for contrast.
import { nativeEngine } from "./native";

export const lua54 = nativeEngine({ id: "lua5.4", description: "PUC-Rio Lua 5.4 (later version, for contrast)", command: ["lua5.4"] });
