local t = {}
table.insert(t, "a") table.insert(t, "b") table.insert(t, 1, "c") table.insert(t, 2, "d") table.insert(t, #t + 1, "e")
print(#t, table.concat(t, ","))
table.insert(t, 1.0, "f")
print(table.concat(t, ","))
table.insert(t, "3", "g")
print(table.concat(t, ","))
local u = {1, 2, 3}
table.insert(u, 2, nil)
print(#u, u[1], u[2], u[3], u[4])
