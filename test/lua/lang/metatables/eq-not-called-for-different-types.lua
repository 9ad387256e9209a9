local called = 0
local mt = {__eq = function() called = called + 1; return true end}
local t = setmetatable({}, mt)
print(t == 1, t == "t", t == nil, called)
local u = setmetatable({}, mt)
print(t == u, called, t ~= u, called)
print(rawequal(t, u))
