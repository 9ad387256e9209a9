-- coroutine switches
local gen = coroutine.wrap(function() for i = 1, 300000 do coroutine.yield(i) end end)
local s = 0
for i = 1, 300000 do s = s + gen() % 10 end
assert(s == 1350000)
