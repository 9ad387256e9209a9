-- every byte value through files and pipes, unchanged
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
all = table.concat(all)
local name = os.tmpname()
local f = assert(io.open(name, "wb")); f:write(all, all); f:close()
f = assert(io.open(name, "rb"))
local s = f:read("a")
print(#s, s == all .. all)
f:seek("set", 10)
print(f:read(3):byte(1, -1))
f:seek("set", 255)
print(f:read("l"):byte(1, -1))
print(#f:read("L"))
f:close()
local n = 0
for l in io.lines(name, "L") do n = n + #l end
print(n)
local p = io.popen("cat " .. name)
print(p:read("a") == all .. all)
p:close()
p = io.popen("od -An -tu1 | tr -s ' \\n' ' '", "w")
p:write("\0\1\127\128\255")
io.stdout:flush()
p:close()
print()
os.remove(name)
