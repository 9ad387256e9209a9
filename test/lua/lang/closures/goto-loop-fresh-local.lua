local fs = {}
local n = 1
::top::
local v = n
fs[n] = function() return v end
n = n + 1
if n <= 3 then goto top end
print(fs[1](), fs[2](), fs[3]())
