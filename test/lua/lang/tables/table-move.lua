local t = {1, 2, 3, 4, 5}
table.move(t, 2, 4, 1)
print(table.concat(t, ","))
local u = table.move({1, 2, 3}, 1, 3, 2, {})
print(u[1], u[2], u[3], u[4])
local v = {1, 2, 3}
table.move(v, 1, 3, 3)
print(table.concat(v, ","))
