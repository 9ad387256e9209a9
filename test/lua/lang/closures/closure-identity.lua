local fs = {}
for i = 1, 2 do fs[i] = function() return i end end
print(fs[1] == fs[2], fs[1] == fs[1], type(fs[1]), fs[1](), fs[2]())
local function mk(x) return function() return x end end
local a, b = mk(1), mk(2)
print(a == b, a == a, rawequal(a, a), a() == b())
local t = {[a] = "A", [b] = "B"}
print(t[a], t[b])
