-- next rejects keys that are not in the table, but accepts array keys cleared during a traversal
print(pcall(next, {10, 20}, 3))
print(pcall(next, {}, 10000))
print(pcall(next, {x = 1}, "y"))
local t = {1, 2, 3, 4}
local seen = 0
for k in pairs(t) do t[k] = nil; seen = seen + 1 end
print(seen, next(t))
