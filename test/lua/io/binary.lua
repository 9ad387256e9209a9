-- every byte value round-trips
local name = os.tmpname()
local bytes = {}
for i = 0, 255 do bytes[#bytes + 1] = string.char(i) end
local s = table.concat(bytes)
local f = assert(io.open(name, "wb"))
f:write(s, s)
f:close()
f = assert(io.open(name, "rb"))
local r = f:read("a")
print(#r, r == s .. s)
f:seek("set")
local lines = 0
for l in f:lines() do lines = lines + 1 end
print(lines)
f:close()
os.remove(name)
