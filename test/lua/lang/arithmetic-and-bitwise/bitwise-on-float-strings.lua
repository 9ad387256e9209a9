print("1.0" | 0, "0x7fffffffffffffff" & -1, "  4  " << 1)
print(pcall(function() return "1.5" | 0 end))
print(pcall(function() return "1e100" | 0 end))
print(pcall(function() return {} | 0 end))
