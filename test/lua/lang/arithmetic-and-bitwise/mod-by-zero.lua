print(pcall(function() return 1 % 0 end))
local z = 0
print(pcall(function() return 10 % z end))
print(1 % 0.0 ~= 1 % 0.0, 1.0 % 0 ~= 1.0 % 0)
print(pcall(function() local a, b = 5, 0; return a % b end))
