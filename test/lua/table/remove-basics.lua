local t = {1, 2, 3, 4, 5}
print(table.remove(t), #t)
print(table.remove(t, 1), #t, table.concat(t, ","))
print(table.remove(t, 2), #t, table.concat(t, ","))
print(table.remove(t, #t + 1), #t)
print(table.remove({}), table.remove({}, 0), table.remove({}, 1))
local z = {[0] = "zero"}
print(table.remove(z, 0), z[0])
local q = {n = 1}
print(table.remove(q), q.n)
print(select("#", table.remove({})))
