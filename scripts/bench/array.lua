-- table array part: fill, read, length
local t = {}
for i = 1, 300000 do t[i] = i * 2 end
local s = 0
for r = 1, 5 do for i = 1, #t do s = s + t[i] end end
assert(s == 5 * 300000 * 300001)
