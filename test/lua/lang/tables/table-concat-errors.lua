print(table.concat({1, 2, 3}, ", ", 2, 3))
print(table.concat({"a", "b"}, "", 3))
print(pcall(table.concat, {1, nil, 3}, ",", 1, 3))
print(pcall(table.concat, {true}))
