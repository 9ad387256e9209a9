print(pcall(function() return "x" .. nil end))
print(pcall(function() return "x" .. print end))
print(pcall(function() return setmetatable({}, {__tostring = function() return "T" end}) .. "x" end))
print(tostring(setmetatable({}, {__tostring = function() return "T" end})) .. "x")
