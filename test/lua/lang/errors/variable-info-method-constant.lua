local obj = {}
print(pcall(function() obj:nomethod() end))
print(pcall(function() return ("abc"):nomethod() end))
print(pcall(function() local a = {}; return a.b.c end))
print(pcall(function() return ("x") + 1 end))
print(pcall(function() return 1 + {} end))
print(pcall(function() local t = {}; t[1]() end))
print(pcall(function() local t = {}; local k = "kk"; t[k]() end))
