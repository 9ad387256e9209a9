local t = {10, 20, 30}
print(next(t))
print(next(t, 1))
print(next(t, 3))
print(next({}))
print(pcall(next, t, "nokey"))
print(pcall(next, nil))
print(type(next), rawequal(next, pairs({})))
