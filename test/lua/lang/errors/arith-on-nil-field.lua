local cfg = {}
print(pcall(function() return cfg.width * 2 end))
print(pcall(function() return -cfg.height end))
print(pcall(function() return cfg.n // 1 end))
print(pcall(function() return #cfg.list end))
print(pcall(function() return cfg.x & 1 end))
print(pcall(function() cfg.a.b = 1 end))
