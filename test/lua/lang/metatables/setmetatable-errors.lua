print(pcall(setmetatable, 1, {}))
print(pcall(setmetatable, {}, 1))
print(pcall(setmetatable, {}))
print(pcall(setmetatable))
local t = {}
print(setmetatable(t, nil) == t, getmetatable(t))
print(getmetatable(1), getmetatable(nil), getmetatable(print))
