// fengari (npm): a JavaScript port of PUC Lua 5.3 with 32-bit integers.
import { nodeEngine } from "./node-engine";

export const fengari = nodeEngine("fengari", "fengari (npm; JS port of Lua 5.3, 32-bit integers)", "fengari");
