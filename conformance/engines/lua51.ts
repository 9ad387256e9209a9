// PUC-Rio Lua 5.1 (Debian's lua5.1): an earlier version, for contrast.
import { nativeEngine } from "./native";

export const lua51 = nativeEngine({ id: "lua5.1", description: "PUC-Rio Lua 5.1 (earlier version, for contrast)", command: ["lua5.1"] });
