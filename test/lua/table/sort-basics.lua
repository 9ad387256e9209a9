local function show(t) local o = {} for i = 1, #t do o[i] = tostring(t[i]) end return table.concat(o, " ") end
local t = {5, 3, 8, 1, 9, 2, 7, 4, 6, 0}
table.sort(t) print(show(t))
table.sort(t, function(a, b) return a > b end) print(show(t))
t = {"banana", "apple", "Cherry", "date", "apple"}
table.sort(t) print(show(t))
t = {3.5, 1, -2, 2^53, -0.5, 1.0, math.maxinteger, math.mininteger}
table.sort(t) print(show(t))
t = {"ccc", "a", "bb", "dddd"}
table.sort(t, function(a, b) return #a < #b end) print(show(t))
t = {} table.sort(t) print(#t)
t = {1} table.sort(t, 42) print(show(t))
t = {2, 1} table.sort(t, nil) print(show(t))
