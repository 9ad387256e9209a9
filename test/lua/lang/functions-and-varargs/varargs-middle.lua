local function f(...) return ... end
print(f(1, 2), f(3, 4))
print((f(1, 2)))
local t = {f(1, 2), f(3, 4), 5}
print(table.concat(t, ","))
local function g(...) return 0, ..., 9 end
print(g(1, 2, 3))
print(select("#", g()))
