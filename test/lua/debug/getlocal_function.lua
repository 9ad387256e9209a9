-- getlocal on a function: parameter names only
local function foo(a, b, ...) local d, e end
print(debug.getlocal(foo, 1))
print(debug.getlocal(foo, 2))
print(debug.getlocal(foo, 3))
print(debug.getlocal(foo, 0))
print(debug.getlocal(foo, -1))
print(debug.getlocal(print, 1))
print(select("#", debug.getlocal(foo, 1)))
local co = coroutine.create(foo)
print(debug.getlocal(co, foo, 2))
local t = {}
function t:m(x) end
print(debug.getlocal(t.m, 1), debug.getlocal(t.m, 2))
