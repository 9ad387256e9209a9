-- an explicit nil env gives the chunk a nil _ENV; an absent one gives the globals
local name = os.tmpname()
local f = assert(io.open(name, "w")); f:write("return _ENV"); f:close()
print(loadfile(name, "t", nil)(), loadfile(name, "t")() == _G, loadfile(name)() == _G)
print(load("return _ENV", "c", "t", nil)(), load("return _ENV", "c", "t")() == _G)
print(pcall(load("return x", "=c", "t", nil)))
os.remove(name)
