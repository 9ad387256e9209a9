-- an uncaught error from the io library ends the program
local name = os.tmpname()
local f = io.open(name, "w")
print(io.type(f))
f:close()
os.remove(name)
f:write("x")
