local s = "abc"
print(pcall(function() return s:rep({}) end))
print(pcall(function() return s:sub("a") end))
print(pcall(function() return s.rep() end))
print(pcall(function() return string.char(300) end))
print(pcall(function() return ("x"):format() end))
