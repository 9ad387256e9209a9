local t = {}
t.x = function() return table.concat({{}}) end
print(pcall(t.x))
table.sort({3, 2, 1}, "nope")
