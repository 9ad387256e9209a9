local d = string.dump(function() return 1 end)
print(load(d:sub(1, 10)))
print(load("\27Lua garbage"))
print(load("\27", "c", "b"))
