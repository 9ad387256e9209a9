// wasmoon (npm): PUC Lua 5.4 compiled to WebAssembly.
import { nodeEngine } from "./node-engine";

export const wasmoon = nodeEngine("wasmoon", "wasmoon (npm; PUC Lua 5.4 in wasm)", "wasmoon");
