print(pcall(function() error(setmetatable({}, {__tostring = function() return "X" end})) end))
print(select(2, pcall(function() error(12) end)))
print(math.type(select(2, pcall(function() error(12) end))))
print(pcall(function() error() end))
