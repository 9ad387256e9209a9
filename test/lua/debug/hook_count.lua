-- count events
local a = 0
debug.sethook(function(e) a = a + 1 end, "", 1)
a = 0; for i = 1, 1000 do end
local n1 = a
debug.sethook(function(e) a = a + 1 end, "", 4)
a = 0; for i = 1, 1000 do end
local n4 = a
debug.sethook(function(e) a = a + 1 end, "", 4000)
a = 0; for i = 1, 1000 do end
local n4000 = a
debug.sethook()
print(1000 < n1 and n1 < 1012, 248 < n4 and n4 < 255, n4000)
local ev
debug.sethook(function(e, l) ev = ev or (e .. " " .. tostring(l)) end, "", 1)
local x = 1
debug.sethook()
print(ev)
