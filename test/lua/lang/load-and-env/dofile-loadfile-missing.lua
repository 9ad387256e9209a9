print(loadfile("does-not-exist.lua"))
print(pcall(dofile, "does-not-exist.lua"))
print(select("#", loadfile("does-not-exist.lua")))
