-- checktab: a non-table passes when its metatable has the needed fields
local s = "abc"
print(pcall(table.concat, s))
print(pcall(table.insert, s, "x"))
print(table.unpack(s))
local mt = getmetatable("")
mt.__len = function() return 2 end
mt.__newindex = function() end
print(pcall(table.concat, "zz"))
print(pcall(table.insert, "zz", "x"))
mt.__len, mt.__newindex = nil, nil
print(pcall(table.move, {1}, 1, 1, 1, "s"))
