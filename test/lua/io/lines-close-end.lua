-- io.lines(name) closes its file at the end; file:lines and io.lines() do not
local name = os.tmpname()
local f = assert(io.open(name, "w")); f:write("1\n2\n3"); f:close()
local it = io.lines(name)
print(it(), it(), it(), it())
print(pcall(it))
local out = {}
for l in io.lines(name, "n") do out[#out + 1] = l end
print(table.concat(out, ","))
f = assert(io.open(name))
for l in f:lines() do end
print(io.type(f), f:read("a"), f:seek("set", 0), f:read("l"))
f:close()
io.input(name)
for l in io.lines() do end
print(io.type(io.input()), io.read("a"))
io.input():close()
io.input(io.stdin)
local lines = io.lines(name, "L")
print(lines())
for l in lines do io.write("<", l, ">") end
print()
print(pcall(lines))
f = assert(io.open(name, "w")); f:close()
print(io.lines(name)())
os.remove(name)
