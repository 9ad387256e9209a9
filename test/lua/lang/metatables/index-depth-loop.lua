local t = {}
setmetatable(t, {__index = t})
print(pcall(function() return t.x end))
local a, b = {}, {}
setmetatable(a, {__newindex = b})
setmetatable(b, {__newindex = a})
print(pcall(function() a.x = 1 end))
