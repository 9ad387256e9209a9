print(pcall(function() return 1 // 0 end))
local z = 0
print(pcall(function() return z // z end))
print(1 // 0.0, -1 // 0.0, 1.0 // 0, 0/0 ~= 0/0)
print(1 / 0, -1 / 0, 1 / -0.0, 0 / 0 ~= 0 / 0)
