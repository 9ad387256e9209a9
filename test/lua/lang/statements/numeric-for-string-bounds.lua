print(pcall(function() local s = 0; for i = "1", 3 do s = s + i end; return s end))
print(pcall(function() for i = 1, "3" do end return "ok" end))
print(pcall(function() for i = 1, 3, "1" do end return "ok" end))
