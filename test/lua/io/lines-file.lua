-- file:lines and io.lines with and without formats
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("alpha\nbeta\n\ngamma\n10 20 30\nlast")
f:close()
for l in io.lines(name) do print(#l, l) end
for l in io.lines(name, "L") do io.write("[", l, "]") end
print()
for a, b in io.lines(name, 3, 2) do print(a, b) end
f = assert(io.open(name))
for l in f:lines() do if l == "gamma" then break end end
for a, b, c in f:lines("n", "n", "n") do print(a, b, c) end
print(f:read("a"))
print(io.type(f))
f:close()
local it = io.lines(name)
while it() do end
print(pcall(it))
f = assert(io.open(name))
local it2 = f:lines()
f:close()
print(pcall(it2))
print(pcall(io.lines, name, "x"), type(io.lines(name, "x")))
os.remove(name)
