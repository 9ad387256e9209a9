local x
print(pcall(function() local y; return "a" .. y end))
print(pcall(function() return "a" .. x end))
print(pcall(function() return undefinedglobal .. "b" end))
local t = {}
print(pcall(function() return t.field .. "c" end))
