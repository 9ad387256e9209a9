-- call and return events, for Lua and native functions, with what getinfo says about them
local out = {}
local function hook(e)
  local info = debug.getinfo(2, "nSl")
  out[#out + 1] = string.format("%s %s %s %s %s %d", e, info.what, info.short_src,
    tostring(info.name), info.namewhat, info.currentline)
end

local function add(a, b) return a + b end
local t = setmetatable({}, {__index = function (_, k) return k * 2 end})

debug.sethook(hook, "cr")
local x = add(1, 2)
local s = string.rep("a", 2)
local y = t[21]
local u = ("x"):upper()
local ok = pcall(error, "boom")
local n = select("#", 1, 2, 3)
debug.sethook()

for _, line in ipairs(out) do print(line) end
print(x, s, y, u, ok, n)
