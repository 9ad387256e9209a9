local function show(t, n) local o = {} for i = 1, n do o[i] = tostring(t[i]) end return table.concat(o, ",") end
local a = {1, 2, 3, 4, 5}
table.move(a, 1, 3, 3) print(show(a, 5))
a = {1, 2, 3, 4, 5}
table.move(a, 2, 5, 1) print(show(a, 5))
local b = table.move({1, 2, 3}, 1, 3, 2, {"x"}) print(show(b, 4))
print(table.move({1, 2}, 1, 0, 5)[5])
local c = {}
print(table.move({1, 2, 3}, 1, 3, 1, c) == c, show(c, 3))
local d = {1, 2, 3}
print(table.move(d, 1, 3, 1) == d)
print(show(table.move({1, 2, 3}, -1, 1, 1), 3))
local e = table.move({10, 20, 30}, 1, 3, -1, {}) print(e[-1], e[0], e[1])
