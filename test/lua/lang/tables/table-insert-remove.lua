local t = {1, 2, 3}
table.insert(t, 4)
table.insert(t, 1, 0)
print(table.concat(t, ","))
print(table.remove(t), table.remove(t, 1), table.concat(t, ","))
print(table.remove({}), #t)
print(pcall(table.insert, t, 10, 5))
print(pcall(table.insert, t, 1, 2, 3))
print(pcall(table.insert, nil, 1))
