local t = {sub = {}}
local up
print(pcall(function() return t.missing + 1 end))
print(pcall(function() return t.sub.deeper.x end))
print(pcall(function() return up + 1 end))
print(pcall(function() up() end))
print(pcall(function() t.fn() end))
print(pcall(function() return up.x end))
