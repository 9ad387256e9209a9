local mt = {__eq = function(a, b) return a.v == b.v end}
local a = setmetatable({v = 1}, mt)
local b = setmetatable({v = 1}, mt)
local c = setmetatable({v = 2}, {__eq = mt.__eq})
print(a == b, a ~= b, a == c, rawequal(a, b))
print(a == 1, a == "x", a == a)
local d = setmetatable({v = 1}, {__eq = function() return "truthy" end})
print(d == a, a == d)
