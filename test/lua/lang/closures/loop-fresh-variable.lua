local fs = {}
for i = 1, 3 do fs[i] = function() return i end end
print(fs[1](), fs[2](), fs[3]())
local gs = {}
for k, v in pairs({10, 20, 30}) do gs[k] = function() return v end end
print(gs[1](), gs[2](), gs[3]())
local hs = {}
local j = 1
while j <= 3 do local jj = j; hs[j] = function() return jj end; j = j + 1 end
print(hs[1](), hs[2](), hs[3]())
