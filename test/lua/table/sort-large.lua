local t = {}
for i = 1, 1000 do t[i] = (i * 7919) % 1009 end
table.sort(t)
local ok = true
for i = 2, #t do if t[i - 1] > t[i] then ok = false end end
print(ok, t[1], t[500], t[1000])
for i = 1, 500 do t[i] = 500 - i end
for i = 501, 1000 do t[i] = i end
table.sort(t, function(a, b) return a > b end)
print(t[1], t[2], t[999], t[1000])
local s = {}
for i = 1, 300 do s[i] = string.format("%05d", (i * 37) % 301) end
table.sort(s)
print(s[1], s[150], s[300])
local sorted = {}
for i = 1, 2000 do sorted[i] = i end
table.sort(sorted)
print(sorted[1], sorted[2000])
local same = {}
for i = 1, 500 do same[i] = 7 end
table.sort(same)
print(same[1], same[500])
