local mt = {}
local t = setmetatable({}, mt)
print(pcall(function() return t + 1 end))
mt.__add = function() return "late" end
print(t + 1)
local inst = setmetatable({}, {__index = {__add = function() return "no" end}})
print(pcall(function() return inst + 1 end))
