// lua-wasm-bindings (npm): PUC Lua 5.3.6 compiled to wasm, driven through its minimal C API bindings.
import { nodeEngine } from "./node-engine";

export const luaWasmBindings = nodeEngine(
  "lua-wasm-bindings",
  "lua-wasm-bindings (npm; PUC Lua 5.3.6 in wasm)",
  "lua-wasm-bindings",
);
