-- an invalid format is reported by the iterator
local name = os.tmpname()
local f = assert(io.open(name, "w")); f:write("x\n"); f:close()
local ok, err = pcall(function() for l in io.lines(name, "z") do end end)
print(ok, err)
local args = {}
for i = 1, 251 do args[i] = "l" end
print(pcall(io.lines, name, table.unpack(args)))
os.remove(name)
for l in io.lines("no-such-file") do end
