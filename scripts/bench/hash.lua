-- table hash part: string keys built and looked up
local t, n = {}, 0
for i = 1, 100000 do t["k" .. i] = i end
for r = 1, 3 do for i = 1, 100000 do n = n + t["k" .. i] % 10 end end
assert(n == 3 * 450000)
