-- table.sort with and without a comparator
local t = {}
local x = 42
for i = 1, 100000 do x = (x * 1103515245 + 12345) % 2147483648; t[i] = x end
local u = {table.unpack(t, 1, 50000)}
table.sort(t)
table.sort(u, function(a, b) return a > b end)
for i = 2, #t do assert(t[i - 1] <= t[i]) end
