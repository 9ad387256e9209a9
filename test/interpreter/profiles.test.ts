// The two library profiles: the official build (LUA_COMPAT_5_2) and strict Lua 5.3.
import { expect } from "chai";
import { Runtime } from "../../interpreter/eval/runtime";
import { openLibs } from "../../interpreter/lib/index";
import type { LuaValue } from "../../interpreter/runtime/value";

function run(compat: boolean, source: string): LuaValue[] {
  const L = new Runtime();
  openLibs(L, { compat });
  return L.call(L.load(source, "=profile"), []);
}

const PROBE = `
  local withIpairs = setmetatable({1, 2}, {__ipairs = function() return function() end end})
  local n = 0
  for _ in ipairs(withIpairs) do n = n + 1 end
  return type(bit32), type(math.pow), type(math.ldexp), type(math.frexp), type(math.cosh), type(math.atan2), n`;

describe("library profiles", () => {
  it("the default (LUA_COMPAT_5_2) has bit32, the compat math functions and __ipairs", () => {
    expect(run(true, PROBE)).to.deep.equal(["table", "function", "function", "function", "function", "function", 0]);
  });
  it("the strict 5.3 profile has none of them: ipairs ignores __ipairs", () => {
    expect(run(false, PROBE)).to.deep.equal(["nil", "nil", "nil", "nil", "nil", "nil", 2]);
  });
});
