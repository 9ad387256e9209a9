-- call/return events of metamethods and of Lua functions called by native ones, with their names
local out = {}
local function hook(e)
  local info = debug.getinfo(2, "nS")
  if info.what ~= "main" then
    out[#out + 1] = e .. " " .. info.what .. " " .. tostring(info.name) .. " " .. info.namewhat
  end
end

local mt = {
  __add = function (a, b) return 1 end,
  __eq = function (a, b) return true end,
  __call = function (self, x) return x end,
  __tostring = function () return "T" end,
  __len = function () return 2 end,
  __concat = function () return "c" end,
}
local a, b = setmetatable({}, mt), setmetatable({}, mt)
debug.sethook(hook, "cr")
local r1 = a + b
local r2 = a == b
local r3 = a(5)
local r4 = tostring(a)
local r5 = #a
local r6 = a .. "x"
local r7 = table.concat({1, 2}, ",")
table.sort({3, 1, 2}, function (x, y) return x < y end)
local r8 = string.gsub("ab", "%w", function (c) return c:upper() end)
debug.sethook()
for _, line in ipairs(out) do print(line) end
print(r1, r2, r3, r4, r5, r6, r7, r8)
