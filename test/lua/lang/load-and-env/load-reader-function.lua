local parts = {"return ", "1 ", "+ ", "41"}
local i = 0
local f = load(function() i = i + 1; return parts[i] end)
print(f())
local calls = 0
print(load(function() calls = calls + 1; if calls == 1 then return "return 'one'" end return "" end)())
print(type(load(function() return nil end)))
local empty = load(function() return "" end)
print(type(empty), select("#", empty()))
