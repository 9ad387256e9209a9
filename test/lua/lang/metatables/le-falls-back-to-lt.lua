local mt = {__lt = function(a, b) print("lt", a.v, b.v); return a.v < b.v end}
local a = setmetatable({v = 1}, mt)
local b = setmetatable({v = 2}, mt)
print(a <= b)
print(b <= a)
print(a >= b)
