local function f(a, b, c) return a, b, c end
print(f(1))
print(f(1, 2, 3, 4, 5))
local function g(a, ...) return a, select("#", ...) end
print(g())
print(g(1, 2, 3))
local function h(...) local a, b = ...; return b, a end
print(h(1, 2, 3))
