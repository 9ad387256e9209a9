-- numeric loops with integer and float arithmetic
local s, x = 0, 0.0
for i = 1, 3000000 do s = s + i % 7; x = x + i * 0.5 end
assert(s > 0 and x > 0)
