-- creating and calling closures
local function counter() local c = 0; return function() c = c + 1; return c end end
local total = 0
for i = 1, 30000 do local f = counter(); for j = 1, 20 do total = total + f() end end
assert(total == 30000 * 210)
