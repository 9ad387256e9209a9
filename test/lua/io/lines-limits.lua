-- io.lines: missing files, too many formats, closing at the end, the default input
local name = os.tmpname()
local f = assert(io.open(name, "wb")); f:write("one\ntwo\n"); f:close()
print(pcall(io.lines, "/no/such/file"))
print(select(2, pcall(io.lines, name .. ".missing")):gsub(name, "NAME"))
local formats = {}
for i = 1, 250 do formats[i] = "l" end
print((pcall(io.lines, name, table.unpack(formats))), select("#", pcall(io.lines, name, table.unpack(formats))))
formats[251] = "l"
print((pcall(io.lines, name, table.unpack(formats))), select("#", pcall(io.lines, name, table.unpack(formats))))
f = assert(io.open(name, "rb"))
print(pcall(f.lines, f, table.unpack(formats)))
formats[251] = nil
print(select("#", f:lines(table.unpack(formats))()))
f:close()
io.input(name)
for l in io.lines() do print("default", l) end
print(io.type(io.input()))
print(io.read("a"))
io.input():close()
print(pcall(io.lines))
print(pcall(io.read))
io.input(io.stdin)
local it = io.lines(name)
print(it(), it(), it())
print(pcall(it))
print(pcall(io.lines, 42))
print(pcall(io.lines, {}))
os.remove(name)
