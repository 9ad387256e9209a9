-- file:lines and io.lines with formats: numbers, counts, several formats per step
local name = os.tmpname()
local f = assert(io.open(name, "wb"))
f:write("1 2 3\n4 5 6\n7 8 9\n")
f:close()
for a, b, c in io.lines(name, "n", "n", "n") do print(a, b, c) end
for c in io.lines(name, 4) do io.write("[", c, "]") end
print()
for l, n in io.lines(name, "L", "n") do io.write(string.format("%q %s|", l, tostring(n))) end
print()
f = assert(io.open(name, "rb"))
for a, rest in f:lines(1, "l") do print(a, rest) end
print(io.type(f))
print(f:seek("set", 2))
for x in f:lines("a") do print(#x); if #x == 0 then break end end
f:close()
for a in io.lines(name, "a") do print(#a) break end
f = assert(io.open(name, "rb"))
local it = f:lines("n")
print(it(), it(), it())
f:close()
print(select("#", pcall(it)), (pcall(it)))
print(type(select(2, pcall(io.lines, name, "x"))))
local ok, err = pcall(function() for l in io.lines(name, "x") do end end)
print(ok, err)
os.remove(name)
