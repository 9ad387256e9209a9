-- a file handle that becomes garbage is closed (and flushed) by its __gc
local name = os.tmpname()
do
  local f = assert(io.open(name, "w"))
  f:write("written by a handle left to the collector\n")
end
collectgarbage()
local f = assert(io.open(name))
print(f:read("a"))
f:close()
-- a handle kept in a weak table is closed by the time the table loses it
local weak = setmetatable({}, {__mode = "v"})
weak[1] = io.open(name, "a")
weak[1]:write("appended\n")
collectgarbage()
print(weak[1])
for l in io.lines(name) do print(l) end
-- __gc on a closed file does nothing; tostring of a closed handle
local g = io.open(name)
g:close()
print(tostring(g), io.type(g))
getmetatable(g).__gc(g)
-- the default output file is held by the registry, not garbage
io.output(name)
collectgarbage()
io.write("through io.output\n")
io.output():close()
io.output(io.stdout)
for l in io.lines(name) do print(l) end
print(os.remove(name))
