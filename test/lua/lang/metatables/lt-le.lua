local mt = {}
mt.__lt = function(a, b) return a.v < b.v end
mt.__le = function(a, b) return a.v <= b.v end
local x = setmetatable({v = 1}, mt)
local y = setmetatable({v = 2}, mt)
print(x < y, x > y, x <= y, x >= y, y <= y)
print(pcall(function() return x < 1 end))
local z = setmetatable({v = 3}, {__lt = function() return 1 end})
print(z < z, z > z)
