-- string building, formatting and patterns
local parts = {}
for i = 1, 50000 do parts[#parts + 1] = string.format("%d:%s", i, ("x"):rep(i % 5)) end
local s = table.concat(parts, ",")
local count = 0
for a, b in s:gmatch("(%d+):(x*)") do count = count + #b end
local r = s:gsub("x+", "y")
assert(count > 0 and #r > 0)
