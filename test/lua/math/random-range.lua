math.randomseed(123)
local counts = {0, 0, 0, 0, 0, 0}
for i = 1, 6000 do local r = math.random(6) counts[r] = counts[r] + 1 end
print(table.concat(counts, " "))
local lo, hi = math.huge, -math.huge
for i = 1, 1000 do local r = math.random(-3, 3) lo = math.min(lo, r) hi = math.max(hi, r) end
print(lo, hi)
local sum = 0
for i = 1, 1000 do sum = sum + math.random() end
print(string.format("%.10f", sum))
