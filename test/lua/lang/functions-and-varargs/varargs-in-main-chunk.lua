print(select("#", ...))
local a = ...
print(a)
local f = load("return select('#', ...), ...")
print(f(1, 2, 3))
print(load("local a, b = ... return b")(10, 20))
