-- "l" and "L" on unusual lines: CR LF, NULs, empty lines, a missing last newline, long lines
local name = os.tmpname()
local f = assert(io.open(name, "wb"))
f:write("a\r\n", "\n", "\0mid\0\n", "\n\n", string.rep("y", 9000), "\n", "last")
f:close()
f = assert(io.open(name, "rb"))
print(string.format("%q", f:read("l")))
print(string.format("%q", f:read("L")))
print(string.format("%q", f:read("l")))
print(string.format("%q", f:read("L")), string.format("%q", f:read("l")))
print(#f:read("L"))
print(f:read("L"))
print(f:read("L"), f:read("l"))
f:close()
for l in io.lines(name, "L") do io.write(string.format("%q ", l:sub(1, 5))) end
print()
local count = 0
for l in io.lines(name) do count = count + 1 end
print(count)
f = assert(io.open(name, "wb")); f:close()
f = assert(io.open(name, "rb"))
print(f:read("l"), f:read("L"), f:read("a"), f:read("a"), f:read(0))
f:close()
os.remove(name)
