local t = {1, 2, 3, nil, 5, nil}
local n = #t
print(n == 3 or n == 5)
local u = {n = 1, 1, 2}
print(#u)
local v = {nil, nil, 3}
print(#v == 0 or #v == 3)
