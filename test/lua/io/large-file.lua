-- data larger than the buffers
local name = os.tmpname()
local f = assert(io.open(name, "wb"))
local chunk = string.rep("x", 999) .. "\n"
for i = 1, 200 do f:write(chunk) end
f:close()
f = assert(io.open(name, "rb"))
local n, total = 0, 0
for l in f:lines("L") do n = n + 1; total = total + #l end
print(n, total)
f:seek("set", 4090)
print(#f:read(20))
f:seek("set")
local all = f:read("a")
print(#all, all == string.rep(chunk, 200))
f:close()
f = assert(io.open(name, "ab"))
f:write(string.rep("y", 10000))
f:close()
f = assert(io.open(name, "rb"))
print(f:seek("end"))
f:close()
os.remove(name)
